#include "VotingTestSupport.h"

#include "core/voting/RankedMethods.h"

using namespace proxima::voting;
using proxima::test::mustTally;
using proxima::test::wikipedia45;
using proxima::test::ranked;
using proxima::test::tiers;
using proxima::test::withMethod;

namespace {

// B is the Condorcet winner (60:40 over A, 65:35 over C) but has the fewest first preferences.
Election centerSqueeze()
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B>C", 40), ranked("C>B>A", 35), ranked("B>A>C", 25)};
    return e;
}

std::vector<mpq_class> ints(std::initializer_list<long> values)
{
    std::vector<mpq_class> out;
    for (long v : values)
        out.emplace_back(v);
    return out;
}
} // namespace

TEST_CASE("Plurality on the 45-voter example: C with 12", "[voting][plurality]")
{
    const TallyResult r = mustTally(wikipedia45(), withMethod(Method::Plurality));
    CHECK(r.scores == ints({10, 8, 12, 7, 8}));
    CHECK(r.ranking == tiers("C>A>B=E>D"));
    CHECK(r.winners == std::vector<int>{2});
}

TEST_CASE("IRV on the 45-voter example: C wins whichever of B and E goes first", "[voting][irv]")
{
    const TallyResult r = mustTally(wikipedia45(), withMethod(Method::Irv));
    CHECK(r.winners == std::vector<int>{2});
    REQUIRE(r.rounds.size() == 4);
    CHECK(r.rounds[0].counts == ints({10, 8, 12, 7, 8}));
    CHECK(r.rounds[0].eliminated == std::vector<int>{3});
    CHECK(r.rounds[1].counts == ints({10, 8, 19, 0, 8}));
    // B and E tie at 8 now and in round 1; no rule: both orders are counted and both elect C.
    CHECK(r.rounds[1].reason == EliminationReason::EveryOrderTried);
    CHECK(r.rounds[1].tiedForLast == std::vector<int>{1, 4});
    CHECK(r.rounds[1].eliminated == std::vector<int>{1});
    CHECK(r.rounds[2].counts == ints({10, 0, 19, 0, 16}));
    CHECK(r.rounds[2].eliminated == std::vector<int>{0});
    CHECK(r.rounds[3].counts == ints({0, 0, 24, 0, 21}));
    CHECK(r.rounds[3].elected == std::vector<int>{2});
    CHECK(r.rounds[3].exhausted == 0);
    // B out first gives C>E>A>B>D, E out first C>B>A>E>D: only the places both agree on are kept.
    CHECK(r.ranking == tiers("C>A=B=E>D"));
    TallyOptions lottery = withMethod(Method::Irv);
    lottery.tieBreak.rule = TieBreakRule::Lottery;
    lottery.tieBreak.seed = 1;
    const TallyResult drawn = mustTally(wikipedia45(), lottery);
    CHECK(drawn.winners == std::vector<int>{2});
    REQUIRE(drawn.decisions.size() == 1);
    CHECK(drawn.rounds[1].reason == EliminationReason::TieBreak);
}

TEST_CASE("A Condorcet winner who loses under IRV and plurality", "[voting][irv][condorcet]")
{
    const Election e = centerSqueeze();
    CHECK(condorcetWinner(3, e.ranked) == std::optional<int>(1));
    CHECK(mustTally(e, withMethod(Method::Schulze)).winners == std::vector<int>{1});
    CHECK(mustTally(e, withMethod(Method::Copeland)).winners == std::vector<int>{1});
    const TallyResult irv = mustTally(e, withMethod(Method::Irv));
    CHECK(irv.winners == std::vector<int>{0});
    REQUIRE(irv.rounds.size() == 2);
    CHECK(irv.rounds[0].eliminated == std::vector<int>{1});
    CHECK(irv.rounds[1].counts == ints({65, 0, 35}));
    CHECK(irv.ranking == tiers("A>C>B"));
    CHECK(mustTally(e, withMethod(Method::Plurality)).winners == std::vector<int>{0});
    const TallyResult borda = mustTally(e, withMethod(Method::Borda));
    CHECK(borda.scores == ints({105, 125, 70}));
    CHECK(borda.ranking == tiers("B>A>C"));
}

TEST_CASE("Borda on incomplete and tied ballots, both unranked rules", "[voting][borda]")
{
    Election e;
    e.candidateCount = 4;
    e.ranked = {ranked("A>B"), ranked("C=D>A", 2), ranked("B>A>C>D")};
    const TallyResult debian = mustTally(e, withMethod(Method::Borda));
    CHECK(debian.scores == ints({7, 5, 5, 4}));
    CHECK(debian.ranking == tiers("A>B=C>D"));
    TallyOptions o = withMethod(Method::Borda);
    o.borda.unranked = UnrankedRule::Uncompared;
    const TallyResult uncompared = mustTally(e, o);
    CHECK(uncompared.scores == ints({3, 3, 3, 2}));
    CHECK(uncompared.ranking == tiers("A=B=C>D"));
}

TEST_CASE("Classic Borda on complete ballots with channel subtotals", "[voting][borda]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B>C", 2, "paper"), ranked("C>B>A", 1, "laptop"), ranked("B>C>A", 1, "paper")};
    const TallyResult r = mustTally(e, withMethod(Method::Borda));
    CHECK(r.scores == ints({4, 5, 3}));
    CHECK(r.ranking == tiers("B>A>C"));
    REQUIRE(r.channels.size() == 2);
    CHECK(r.channels[0].channel == QStringLiteral("laptop"));
    CHECK(r.channels[0].totals == ints({0, 1, 2}));
    CHECK(r.channels[0].ballots == 1);
    CHECK(r.channels[1].channel == QStringLiteral("paper"));
    CHECK(r.channels[1].totals == ints({4, 4, 1}));
    CHECK(r.channels[1].ballots == 3);
}

TEST_CASE("Copeland: wins, ties and half points", "[voting][copeland]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>C>B"), ranked("B>A>C")}; // A-B 1:1, A-C 2:0, B-C 1:1
    const TallyResult r = mustTally(e, withMethod(Method::Copeland));
    CHECK(r.wins == std::vector<int>{1, 0, 0});
    CHECK(r.ties == std::vector<int>{1, 2, 1});
    CHECK(r.losses == std::vector<int>{0, 0, 1});
    CHECK(r.scores == std::vector<mpq_class>{mpq_class(3, 2), mpq_class(1), mpq_class(1, 2)});
    CHECK(r.ranking == tiers("A>B>C"));
    CHECK(formatRational(r.scores[0]) == QStringLiteral("3/2"));
}

TEST_CASE("A tied first preference is split exactly", "[voting][plurality][irv]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A=B>C"), ranked("C"), ranked("A")};
    const TallyResult p = mustTally(e, withMethod(Method::Plurality));
    CHECK(p.scores == std::vector<mpq_class>{mpq_class(3, 2), mpq_class(1, 2), mpq_class(1)});
    CHECK(p.ranking == tiers("A>C>B"));
    const TallyResult irv = mustTally(e, withMethod(Method::Irv));
    // Round 1: A 3/2, B 1/2, C 1 of 3 in play: no majority, B out. Round 2: A 2 > 3/2.
    REQUIRE(irv.rounds.size() == 2);
    CHECK(irv.rounds[0].counts == p.scores);
    CHECK(irv.rounds[1].counts == ints({2, 0, 1}));
    CHECK(irv.winners == std::vector<int>{0});
}

TEST_CASE("IRV counts exhausted ballots and needs a majority of those still in play", "[voting][irv]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A", 4), ranked("B>A", 2), ranked("C", 3), ranked("B", 1)};
    const TallyResult r = mustTally(e, withMethod(Method::Irv));
    REQUIRE(r.rounds.size() == 2);
    CHECK(r.rounds[0].counts == ints({4, 3, 3}));
    // B and C tie at 3 with no earlier round and no rule; together (6) they outweigh A, so both orders are
    // counted: B out -> A 6 of 9 in play; C out -> B 3, A 4 of 7 in play... A always wins.
    CHECK(r.rounds[0].reason == EliminationReason::EveryOrderTried);
    CHECK(r.rounds[1].exhausted == 1);
    CHECK(r.rounds[1].inPlay == 9);
    CHECK(r.winners == std::vector<int>{0});
}
