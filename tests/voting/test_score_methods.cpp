#include "VotingTestSupport.h"

#include "core/voting/ScoreMethods.h"

using namespace proxima::voting;
using proxima::test::mustTally;
using proxima::test::ranked;
using proxima::test::tiers;
using proxima::test::withMethod;

namespace {
std::vector<mpq_class> ints(std::initializer_list<long> values)
{
    std::vector<mpq_class> out;
    for (long v : values)
        out.emplace_back(v);
    return out;
}
ScoreBallot sb(std::vector<qint64> values, qint64 weight = 1, const char* channel = "laptop")
{
    return ScoreBallot{std::move(values), weight, QString::fromUtf8(channel)};
}
} // namespace

TEST_CASE("Dot voting totals with per-channel subtotals", "[voting][dots]")
{
    Election e;
    e.candidateCount = 3;
    e.scored = {sb({2, 2, 1}), sb({0, 2, 2}, 3, "stickers"), sb({1, 0, 0}, 2, "paper")};
    TallyOptions o = withMethod(Method::Dots);
    const TallyResult r = mustTally(e, o);
    CHECK(r.scores == ints({4, 8, 7}));
    CHECK(r.ranking == tiers("B>C>A"));
    CHECK(r.ballotsCounted == 6);
    REQUIRE(r.channels.size() == 3);
    CHECK(r.channels[0].channel == QStringLiteral("laptop"));
    CHECK(r.channels[1].channel == QStringLiteral("paper"));
    CHECK(r.channels[1].totals == ints({2, 0, 0}));
    CHECK(r.channels[2].channel == QStringLiteral("stickers"));
    CHECK(r.channels[2].totals == ints({0, 6, 6}));
}

TEST_CASE("Dot voting rejects too many dots, naming the ballot", "[voting][dots]")
{
    Election e;
    e.candidateCount = 3;
    e.scored = {sb({1, 1, 1}), sb({3, 0, 0})};
    auto r = tally(e, withMethod(Method::Dots));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().toString() == QStringLiteral("ballot 2: 3 dots on one item, at most 2 allowed"));
    e.scored = {sb({2, 2, 2})};
    auto spent = tally(e, withMethod(Method::Dots));
    REQUIRE_FALSE(spent.ok());
    CHECK(spent.error().toString() == QStringLiteral("ballot 1: 6 dots used, only 5 per voter"));
}

TEST_CASE("Approval: choose up to N", "[voting][approval]")
{
    Election e;
    e.candidateCount = 4;
    e.scored = {sb({1, 1, 0, 0}), sb({0, 1, 1, 0}, 2), sb({1})};
    TallyOptions o = withMethod(Method::Approval);
    o.approval.maxApprovals = 2;
    const TallyResult r = mustTally(e, o);
    CHECK(r.scores == ints({2, 3, 2, 0}));
    CHECK(r.ranking == tiers("B>A=C>D"));
    e.scored.push_back(sb({1, 1, 1, 0}));
    auto tooMany = tally(e, o);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().toString() == QStringLiteral("ballot 4: 3 items approved, at most 2 allowed"));
    e.scored.back() = sb({2, 0, 0, 0});
    CHECK(tally(e, o).error().toString() == QStringLiteral("ballot 4: approval values are 0 or 1, not 2"));
}

TEST_CASE("Score 0-5", "[voting][score]")
{
    Election e;
    e.candidateCount = 3;
    e.scored = {sb({5, 3, 0}), sb({0, 4, 5}), sb({1, 1, 1}, 2, "paper")};
    const TallyResult r = mustTally(e, withMethod(Method::Score));
    CHECK(r.scores == ints({7, 9, 7}));
    CHECK(r.ranking == tiers("B>A=C"));
    e.scored.push_back(sb({6, 0, 0}));
    CHECK(tally(e, withMethod(Method::Score)).error().toString() ==
          QStringLiteral("ballot 4: score 6 above the maximum 5"));
}

TEST_CASE("Score-type methods on ranked ballots use the documented conversions", "[voting][conversion]")
{
    const RankedBallot b = ranked("B=C>A>D", 3);
    CHECK(approvalFromRanking(5, b, 0).values == std::vector<qint64>{0, 1, 1, 0, 0});
    CHECK(approvalFromRanking(5, b, 3).values == std::vector<qint64>{1, 1, 1, 0, 0});
    CHECK(approvalFromRanking(5, b, 1).values == std::vector<qint64>{0, 0, 0, 0, 0});
    CHECK(scoreFromRanking(5, b, 5).values == std::vector<qint64>{3, 5, 5, 2, 0});
    CHECK(dotsFromRanking(5, b, DotsOptions{5, 2}).values == std::vector<qint64>{1, 2, 2, 0, 0});
    CHECK(dotsFromRanking(5, ranked("A=B=C>D"), DotsOptions{5, 2}).values == std::vector<qint64>{1, 1, 1, 1, 0});
    CHECK(approvalFromRanking(5, b, 0).weight == 3);

    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B>C", 2), ranked("C>A")};
    TallyOptions o = withMethod(Method::Score);
    CHECK(mustTally(e, o).scores == ints({14, 8, 11}));
}
