#pragma once

#include "core/voting/Ballot.h"
#include "core/voting/Tally.h"

#include <QString>

#include <catch2/catch.hpp>

namespace proxima::test {

/// "A>B=C>D" -> tiers {{0},{1,2},{3}} (letters A.. are candidates 0..).
inline voting::RankedBallot ranked(const char* spec, qint64 weight = 1, const char* channel = "laptop")
{
    voting::RankedBallot b;
    b.weight = weight;
    b.channel = QString::fromUtf8(channel);
    b.tiers.push_back({});
    for (const char* p = spec; *p; ++p) {
        if (*p == '>')
            b.tiers.push_back({});
        else if (*p != '=')
            b.tiers.back().push_back(*p - 'A');
    }
    if (b.tiers.size() == 1 && b.tiers.front().empty())
        b.tiers.clear();
    return b;
}

/// Tiers written as letters, e.g. "E>A>C>B>D" or "A=B>C".
inline std::vector<std::vector<int>> tiers(const char* spec)
{
    return ranked(spec).tiers;
}

/// The 45-voter worked example of the Schulze method (Wikipedia "Schulze method", Schulze 2011).
inline voting::Election wikipedia45()
{
    voting::Election e;
    e.candidateCount = 5;
    e.ranked = {ranked("A>C>B>E>D", 5), ranked("A>D>E>C>B", 5), ranked("B>E>D>A>C", 8), ranked("C>A>B>E>D", 3),
                ranked("C>A>E>B>D", 7), ranked("C>B>A>D>E", 2), ranked("D>C>E>B>A", 7), ranked("E>B>A>D>C", 8)};
    return e;
}

/// Tallies or fails the test.
inline voting::TallyResult mustTally(const voting::Election& e, const voting::TallyOptions& o)
{
    auto r = voting::tally(e, o);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

inline voting::TallyOptions withMethod(voting::Method m)
{
    voting::TallyOptions o;
    o.method = m;
    return o;
}

} // namespace proxima::test
