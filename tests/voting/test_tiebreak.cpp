#include "VotingTestSupport.h"

#include "core/voting/TieBreaker.h"

#include <random>

using namespace proxima::voting;
using proxima::test::mustTally;
using proxima::test::ranked;
using proxima::test::tiers;
using proxima::test::withMethod;

namespace {
// Schulze ties A and B (1:1); Borda separates them (A 3, B 2).
Election schulzeTie()
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>C>B"), ranked("B>A>C")};
    return e;
}

// The documented lottery, written independently from the raw engine output to pin it down.
std::vector<int> documentedShuffle(quint64 seed, int n)
{
    std::vector<int> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[static_cast<size_t>(i)] = i;
    std::mt19937_64 g(seed);
    for (int i = n - 1; i > 0; --i) {
        const quint64 bound = static_cast<quint64>(i) + 1;
        const quint64 reject = (~bound + 1) % bound;
        quint64 x = g();
        while (x < reject)
            x = g();
        std::swap(v[static_cast<size_t>(i)], v[static_cast<size_t>(x % bound)]);
    }
    return v;
}
} // namespace

TEST_CASE("No tie-break: the tie stays a tier", "[voting][tiebreak]")
{
    const TallyResult r = mustTally(schulzeTie(), withMethod(Method::Schulze));
    CHECK(r.rawTiers == tiers("A=B>C"));
    CHECK(r.ranking == tiers("A=B>C"));
    CHECK(r.winners == std::vector<int>{0, 1});
    CHECK(r.decisions.empty());
}

TEST_CASE("Borda breaks a Schulze tie and says so", "[voting][tiebreak]")
{
    TallyOptions o = withMethod(Method::Schulze);
    o.tieBreak.rule = TieBreakRule::SecondMethod;
    o.tieBreak.secondary = Method::Borda;
    const TallyResult r = mustTally(schulzeTie(), o);
    CHECK(r.rawTiers == tiers("A=B>C"));
    CHECK(r.ranking == tiers("A>B>C"));
    CHECK(r.winners == std::vector<int>{0});
    REQUIRE(r.decisions.size() == 1);
    CHECK(describeDecision(r.decisions[0], {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) ==
          QStringLiteral("A placed above B by Borda count"));
}

TEST_CASE("A second method that is tied too leaves the tie", "[voting][tiebreak]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B>C"), ranked("B>C>A"), ranked("C>A>B")};
    TallyOptions o = withMethod(Method::Schulze);
    o.tieBreak.rule = TieBreakRule::SecondMethod;
    const TallyResult r = mustTally(e, o);
    CHECK(r.ranking == tiers("A=B=C"));
    CHECK(r.decisions.empty());
}

TEST_CASE("Lottery follows the documented shuffle and is reproducible from its seed", "[voting][tiebreak]")
{
    for (quint64 seed : {quint64(0), quint64(1234), quint64(987654321987654321ULL)}) {
        for (int n : {1, 2, 5, 50})
            CHECK(lotteryPermutation(seed, n) == documentedShuffle(seed, n));
    }
    Election e;
    e.candidateCount = 4;
    e.ranked = {ranked("A>B>C>D"), ranked("B>C>A>D"), ranked("C>A>B>D")};
    TallyOptions o = withMethod(Method::Copeland);
    o.tieBreak.rule = TieBreakRule::Lottery;
    o.tieBreak.seed = 1234;
    const TallyResult r = mustTally(e, o);
    const std::vector<int> order = lotteryPermutation(1234, 4);
    std::vector<int> expected;
    for (int c : order) {
        if (c != 3)
            expected.push_back(c);
    }
    REQUIRE(r.ranking.size() == 4);
    CHECK(r.ranking[0].front() == expected[0]);
    CHECK(r.ranking[1].front() == expected[1]);
    CHECK(r.ranking[2].front() == expected[2]);
    CHECK(r.ranking[3] == std::vector<int>{3});
    CHECK(r.rawTiers == tiers("A=B=C>D"));
    REQUIRE(r.decisions.size() == 2);
    const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    CHECK(describeDecision(r.decisions[0], names) ==
          QStringLiteral("%1 placed above %2 by lottery, seed 1234").arg(names[expected[0]], names[expected[1]]));
    CHECK(mustTally(e, o).ranking == r.ranking);
}

TEST_CASE("Method then lottery: the lottery only orders what the method leaves tied", "[voting][tiebreak]")
{
    Election e;
    e.candidateCount = 4; // Copeland: A, B, C tied; Borda: A 6, B 6, C 6 -> lottery needed for all three
    e.ranked = {ranked("A>B>C>D"), ranked("B>C>A>D"), ranked("C>A>B>D")};
    TallyOptions o = withMethod(Method::Copeland);
    o.tieBreak.rule = TieBreakRule::MethodThenLottery;
    o.tieBreak.seed = 7;
    const TallyResult r = mustTally(e, o);
    CHECK(r.ranking.size() == 4);
    for (const auto& d : r.decisions)
        CHECK(d.how == TieBreakRule::Lottery);
}

TEST_CASE("IRV elimination ties: lottery decides and is logged with the round", "[voting][tiebreak][irv]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A", 4), ranked("B>A", 2), ranked("C", 3), ranked("B", 1)};
    TallyOptions o = withMethod(Method::Irv);
    o.tieBreak.rule = TieBreakRule::Lottery;
    o.tieBreak.seed = 1234;
    const TallyResult r = mustTally(e, o);
    const std::vector<int> order = lotteryPermutation(1234, 3);
    // B and C are tied; the one later in the lottery order goes.
    const int posB = int(std::find(order.begin(), order.end(), 1) - order.begin());
    const int posC = int(std::find(order.begin(), order.end(), 2) - order.begin());
    const int out = posB > posC ? 1 : 2;
    REQUIRE(!r.rounds.empty());
    CHECK(r.rounds[0].reason == EliminationReason::TieBreak);
    CHECK(r.rounds[0].eliminated == std::vector<int>{out});
    REQUIRE(r.decisions.size() == 1);
    CHECK(r.decisions[0].irvRound == 1);
    CHECK(r.decisions[0].below == std::vector<int>{out});
    CHECK(r.winners == std::vector<int>{0});
}

TEST_CASE("IRV elimination ties: earlier rounds decide before any rule", "[voting][tiebreak][irv]")
{
    Election t;
    t.candidateCount = 3;
    t.ranked = {ranked("A", 4), ranked("B>A", 1), ranked("C", 5), ranked("B", 2)};
    // Round 1: A 4, B 3, C 5 of 12 -> B out. Round 2: A 5, C 5 of 10, tied; round 1 had A 4 < C 5: A goes.
    const TallyResult back = mustTally(t, withMethod(Method::Irv));
    REQUIRE(back.rounds.size() == 3);
    CHECK(back.rounds[1].reason == EliminationReason::EarlierRounds);
    CHECK(back.rounds[1].eliminated == std::vector<int>{0});
    CHECK(back.winners == std::vector<int>{2});
    CHECK(back.ranking == tiers("C>A>B"));
}
