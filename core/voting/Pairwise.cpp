#include "core/voting/RankedMethods.h"
#include "core/voting/RankingSupport.h"

namespace proxima::voting {

std::vector<std::vector<qint64>> pairwiseMatrix(int candidateCount, const std::vector<RankedBallot>& ballots,
                                                UnrankedRule unranked)
{
    const auto n = static_cast<size_t>(candidateCount);
    std::vector<std::vector<qint64>> d(n, std::vector<qint64>(n, 0));
    std::vector<int> pos(n, -1);
    // Unranked candidates take the position after the last tier under Debian's rule, so one comparison covers
    // both cases; under "uncompared" any pair with an unranked member is skipped.
    for (const RankedBallot& ballot : ballots) {
        ballotPositions(ballot, pos);
        const int below = static_cast<int>(ballot.tiers.size());
        for (size_t i = 0; i < n; ++i) {
            int pi = pos[i];
            if (pi < 0) {
                if (unranked == UnrankedRule::Uncompared)
                    continue;
                pi = below;
            }
            qint64* row = d[i].data();
            for (size_t j = 0; j < n; ++j) {
                int pj = pos[j];
                if (pj < 0) {
                    if (unranked == UnrankedRule::Uncompared)
                        continue;
                    pj = below;
                }
                if (pi < pj)
                    row[j] += ballot.weight;
            }
        }
    }
    return d;
}

std::optional<int> condorcetWinner(const std::vector<std::vector<qint64>>& pairwise)
{
    const size_t n = pairwise.size();
    for (size_t c = 0; c < n; ++c) {
        bool beatsAll = true;
        for (size_t j = 0; j < n && beatsAll; ++j)
            beatsAll = j == c || pairwise[c][j] > pairwise[j][c];
        if (beatsAll)
            return static_cast<int>(c);
    }
    return std::nullopt;
}

std::optional<int> condorcetWinner(int candidateCount, const std::vector<RankedBallot>& ballots, UnrankedRule unranked)
{
    return condorcetWinner(pairwiseMatrix(candidateCount, ballots, unranked));
}

} // namespace proxima::voting
