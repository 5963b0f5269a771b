#include "VotingTestSupport.h"

#include "core/voting/RankedMethods.h"

#include <algorithm>
#include <numeric>
#include <random>

using namespace proxima::voting;
using proxima::test::mustTally;
using proxima::test::wikipedia45;
using proxima::test::ranked;
using proxima::test::tiers;
using proxima::test::withMethod;

TEST_CASE("Schulze on the 45-voter example: matrices and ranking E>A>C>B>D", "[voting][schulze]")
{
    const TallyResult r = mustTally(wikipedia45(), withMethod(Method::Schulze));
    const std::vector<std::vector<qint64>> d = {
        {0, 20, 26, 30, 22}, {25, 0, 16, 33, 18}, {19, 29, 0, 17, 24}, {15, 12, 28, 0, 14}, {23, 27, 21, 31, 0}};
    const std::vector<std::vector<qint64>> p = {
        {0, 28, 28, 30, 24}, {25, 0, 28, 33, 24}, {25, 29, 0, 29, 24}, {25, 28, 28, 0, 24}, {25, 28, 28, 31, 0}};
    CHECK(r.pairwise == d);
    CHECK(r.strongestPaths == p);
    CHECK(r.pairwise[0][1] == 20);
    CHECK(r.strongestPaths[0][1] == 28);
    CHECK(r.rawTiers == tiers("E>A>C>B>D"));
    CHECK(r.ranking == tiers("E>A>C>B>D"));
    CHECK(r.winners == std::vector<int>{4});
    CHECK(r.ballotsCounted == 45);
    CHECK_FALSE(condorcetWinner(r.pairwise).has_value());
    CHECK(r.decisions.empty());
}

TEST_CASE("Schulze with margins on the 45-voter example", "[voting][schulze]")
{
    TallyOptions o = withMethod(Method::Schulze);
    o.schulze.strength = SchulzeStrength::Margins;
    const TallyResult r = mustTally(wikipedia45(), o);
    // Margin links: A>C 7, A>D 15, B>A 5, B>D 21, C>B 13, C>E 3, D>C 11, E>A 1, E>B 9, E>D 17 (from d above).
    CHECK(r.strongestPaths[4][0] == 5); // E->D->C->B->A: min(17, 11, 13, 5)
    CHECK(r.strongestPaths[0][4] == 3); // A->C->E: min(7, 3)
    CHECK(r.ranking == tiers("E>A>C>B>D"));
}

TEST_CASE("Schulze reports tied winners as a tier", "[voting][schulze]")
{
    Election e;
    e.candidateCount = 4; // a perfect cycle over A, B, C; D last everywhere
    e.ranked = {ranked("A>B>C>D"), ranked("B>C>A>D"), ranked("C>A>B>D")};
    const TallyResult r = mustTally(e, withMethod(Method::Schulze));
    CHECK(r.ranking == tiers("A=B=C>D"));
    CHECK(r.winners == std::vector<int>{0, 1, 2});
    CHECK(r.strongestPaths[0][1] == 2);
    CHECK(r.strongestPaths[1][0] == 2);
}

TEST_CASE("Condorcet winner helper", "[voting][schulze]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A>B>C", 40), ranked("C>B>A", 35), ranked("B>A>C", 25)};
    CHECK(condorcetWinner(3, e.ranked) == std::optional<int>(1));
    CHECK_FALSE(condorcetWinner(3, {}).has_value());
}

TEST_CASE("Incomplete ballots: Debian rule versus uncompared", "[voting][schulze]")
{
    Election e;
    e.candidateCount = 3;
    e.ranked = {ranked("A", 2), ranked("B>C", 1), ranked("C=B>A", 1)};
    const auto below = pairwiseMatrix(3, e.ranked, UnrankedRule::BelowRanked);
    CHECK(below == std::vector<std::vector<qint64>>{{0, 2, 2}, {2, 0, 1}, {2, 0, 0}});
    const auto uncompared = pairwiseMatrix(3, e.ranked, UnrankedRule::Uncompared);
    CHECK(uncompared == std::vector<std::vector<qint64>>{{0, 0, 0}, {1, 0, 1}, {1, 0, 0}});
}

namespace {

// The textbook widest-path computation on 64-bit strengths, to check the ranked version against.
std::vector<std::vector<qint64>> referencePaths(const std::vector<std::vector<qint64>>& d, bool margins)
{
    const size_t n = d.size();
    std::vector<std::vector<qint64>> p(n, std::vector<qint64>(n, 0));
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            if (i != j && d[i][j] > d[j][i])
                p[i][j] = margins ? d[i][j] - d[j][i] : d[i][j];
    for (size_t k = 0; k < n; ++k)
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                if (i != k && j != i && j != k)
                    p[i][j] = std::max(p[i][j], std::min(p[i][k], p[k][j]));
    return p;
}

} // namespace

TEST_CASE("Schulze on ranks of strengths gives the textbook strongest paths", "[voting][schulze]")
{
    std::mt19937 random(23);
    for (int round = 0; round < 60; ++round) {
        const int n = 2 + static_cast<int>(random() % 12);
        Election election;
        election.candidateCount = n;
        const int voters = 1 + static_cast<int>(random() % 9);
        for (int v = 0; v < voters; ++v) {
            std::vector<int> order(static_cast<size_t>(n));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), random);
            RankedBallot ballot;
            // Some candidates share a tier, some stay unranked, and weights reach far beyond 32 bits.
            for (int c : order) {
                if (random() % 5 == 0)
                    continue;
                if (!ballot.tiers.empty() && random() % 3 == 0)
                    ballot.tiers.back().push_back(c);
                else
                    ballot.tiers.push_back({c});
            }
            ballot.weight = (random() % 2 == 0) ? 1 + static_cast<qint64>(random() % 7)
                                                : (qint64(1) << 40) + static_cast<qint64>(random());
            election.ranked.push_back(ballot);
        }
        for (SchulzeStrength strength : {SchulzeStrength::WinningVotes, SchulzeStrength::Margins}) {
            TallyOptions options = withMethod(Method::Schulze);
            options.schulze.strength = strength;
            const TallyResult r = mustTally(election, options);
            CHECK(r.strongestPaths == referencePaths(r.pairwise, strength == SchulzeStrength::Margins));
        }
    }
}

TEST_CASE("Schulze and Copeland refuse more candidates than a pairwise matrix can hold", "[voting][hostile]")
{
    Election election;
    election.candidateCount = MaxPairwiseCandidates + 1;
    election.ranked.push_back({{{0}, {1}}, 1, QStringLiteral("import")});
    for (Method method : {Method::Schulze, Method::Copeland}) {
        const proxima::Result<TallyResult> r = tally(election, withMethod(method));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("at most 5000")));
    }
    CHECK(tally(election, withMethod(Method::Borda)).ok());
}
