#include "VotingTestSupport.h"

#include "core/voting/RankedMethods.h"

#include <algorithm>
#include <random>

using namespace proxima::voting;
using proxima::test::mustTally;
using proxima::test::ranked;
using proxima::test::withMethod;

namespace {
constexpr Method kAll[] = {Method::Plurality, Method::Borda, Method::Schulze,  Method::Irv,
                           Method::Copeland,  Method::Dots,  Method::Approval, Method::Score};

// Random profiles with few candidates and few distinct voters so ties and cycles happen often.
Election randomProfile(std::mt19937_64& g, int candidates, int ballots, bool incomplete)
{
    Election e;
    e.candidateCount = candidates;
    std::vector<int> order(static_cast<size_t>(candidates));
    for (int b = 0; b < ballots; ++b) {
        for (int i = 0; i < candidates; ++i)
            order[static_cast<size_t>(i)] = i;
        for (int i = candidates - 1; i > 0; --i)
            std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(g() % static_cast<quint64>(i + 1))]);
        const int length = incomplete ? 1 + int(g() % static_cast<quint64>(candidates)) : candidates;
        RankedBallot ballot;
        ballot.weight = 1 + qint64(g() % 3);
        ballot.channel = (g() % 2) ? QStringLiteral("paper") : QStringLiteral("laptop");
        for (int i = 0; i < length; ++i) {
            if (i > 0 && g() % 5 == 0)
                ballot.tiers.back().push_back(order[static_cast<size_t>(i)]); // a tie
            else
                ballot.tiers.push_back({order[static_cast<size_t>(i)]});
        }
        e.ranked.push_back(ballot);
    }
    return e;
}

Tiers relabelBack(const Tiers& tiers, const std::vector<int>& newOf)
{
    std::vector<int> oldOf(newOf.size());
    for (size_t i = 0; i < newOf.size(); ++i)
        oldOf[static_cast<size_t>(newOf[i])] = static_cast<int>(i);
    Tiers out;
    for (const auto& tier : tiers) {
        std::vector<int> t;
        for (int c : tier)
            t.push_back(oldOf[static_cast<size_t>(c)]);
        std::sort(t.begin(), t.end());
        out.push_back(t);
    }
    return out;
}
} // namespace

TEST_CASE("A Condorcet winner wins under Schulze and Copeland on random profiles", "[voting][property]")
{
    std::mt19937_64 g(20240601);
    int withWinner = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const bool incomplete = trial % 2 == 1;
        const Election e = randomProfile(g, 3 + trial % 4, 1 + trial % 9, incomplete);
        const auto cw = condorcetWinner(e.candidateCount, e.ranked);
        if (!cw)
            continue;
        ++withWinner;
        CHECK(mustTally(e, withMethod(Method::Schulze)).winners == std::vector<int>{*cw});
        CHECK(mustTally(e, withMethod(Method::Copeland)).winners == std::vector<int>{*cw});
        TallyOptions margins = withMethod(Method::Schulze);
        margins.schulze.strength = SchulzeStrength::Margins;
        CHECK(mustTally(e, margins).winners == std::vector<int>{*cw});
    }
    CHECK(withWinner > 100);
}

TEST_CASE("Relabelling candidates and shuffling ballots change nothing", "[voting][property]")
{
    std::mt19937_64 g(77);
    for (int trial = 0; trial < 60; ++trial) {
        const Election e = randomProfile(g, 4 + trial % 3, 2 + trial % 11, trial % 3 == 0);
        const int n = e.candidateCount;
        std::vector<int> newOf(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            newOf[static_cast<size_t>(i)] = (i + 1 + trial) % n;
        Election relabelled = e;
        for (auto& b : relabelled.ranked) {
            for (auto& tier : b.tiers) {
                for (int& c : tier)
                    c = newOf[static_cast<size_t>(c)];
            }
        }
        Election shuffled = e;
        std::reverse(shuffled.ranked.begin(), shuffled.ranked.end());
        std::swap(shuffled.ranked.front(), shuffled.ranked[shuffled.ranked.size() / 2]);
        for (Method m : kAll) {
            INFO(methodKey(m).toStdString() << " trial " << trial);
            const TallyResult base = mustTally(e, withMethod(m));
            const TallyResult moved = mustTally(relabelled, withMethod(m));
            CHECK(relabelBack(moved.rawTiers, newOf) == base.rawTiers);
            const TallyResult again = mustTally(shuffled, withMethod(m));
            CHECK(again.rawTiers == base.rawTiers);
            CHECK(again.scores == base.scores);
            CHECK(again.channels.size() == base.channels.size());
        }
    }
}

TEST_CASE("No ballots: every candidate shares first place", "[voting][edge]")
{
    Election e;
    e.candidateCount = 4;
    for (Method m : kAll) {
        INFO(methodKey(m).toStdString());
        const TallyResult r = mustTally(e, withMethod(m));
        CHECK(r.ranking == Tiers{{0, 1, 2, 3}});
        CHECK(r.winners == std::vector<int>{0, 1, 2, 3});
        CHECK(r.ballotsCounted == 0);
    }
    Election none;
    for (Method m : kAll)
        CHECK(mustTally(none, withMethod(m)).ranking.empty());
}

TEST_CASE("A single voter's ranking is the result", "[voting][edge]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("B>C>A")};
    for (Method m : {Method::Borda, Method::Schulze, Method::Copeland, Method::Score})
        CHECK(mustTally(e, withMethod(m)).ranking == Tiers{{1}, {2}, {0}});
    // Plurality and IRV only see the first choice: the others share second place.
    CHECK(mustTally(e, withMethod(Method::Plurality)).ranking == Tiers{{1}, {0, 2}});
    const TallyResult irv = mustTally(e, withMethod(Method::Irv));
    CHECK(irv.ranking == Tiers{{1}, {0, 2}});
    REQUIRE(irv.rounds.size() == 1);
    CHECK(irv.rounds[0].elected == std::vector<int>{1});
}

TEST_CASE("Invalid ballots are rejected with the ballot named", "[voting][edge]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B"), ranked("A>D")};
    CHECK(tally(e, withMethod(Method::Borda)).error().toString() == QStringLiteral("ballot 2: unknown candidate 3"));
    e.ranked = {ranked("A>B>A")};
    CHECK(tally(e, withMethod(Method::Borda)).error().toString() ==
          QStringLiteral("ballot 1: candidate 0 ranked twice"));
    e.ranked = {ranked("A", 0)};
    CHECK(tally(e, withMethod(Method::Irv)).error().toString() == QStringLiteral("ballot 1: weight must be positive"));
}
