#include "core/voting/RankedMethods.h"
#include "core/voting/RankingSupport.h"

#include <algorithm>

namespace proxima::voting {

namespace {
qint64 totalWeight(const std::vector<RankedBallot>& ballots)
{
    qint64 sum = 0;
    for (const auto& b : ballots)
        sum += b.weight;
    return sum;
}
} // namespace

TallyResult tallySchulze(int candidateCount, const std::vector<RankedBallot>& ballots, const SchulzeOptions& options)
{
    const auto n = static_cast<size_t>(candidateCount);
    TallyResult r;
    r.method = Method::Schulze;
    r.candidateCount = candidateCount;
    r.ballotsCounted = totalWeight(ballots);
    r.pairwise = pairwiseMatrix(candidateCount, ballots, options.unranked);
    const auto& d = r.pairwise;

    auto& p = r.strongestPaths;
    p.assign(n, std::vector<qint64>(n, 0));
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i != j && d[i][j] > d[j][i])
                p[i][j] = options.strength == SchulzeStrength::Margins ? d[i][j] - d[j][i] : d[i][j];
        }
    }
    // Widest paths (Floyd-Warshall with min/max).
    for (size_t k = 0; k < n; ++k) {
        for (size_t i = 0; i < n; ++i) {
            if (i == k)
                continue;
            for (size_t j = 0; j < n; ++j) {
                if (j != i && j != k)
                    p[i][j] = std::max(p[i][j], std::min(p[i][k], p[k][j]));
            }
        }
    }

    r.scores.assign(n, mpq_class(0));
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i != j && p[i][j] > p[j][i])
                r.scores[i] += 1;
        }
    }
    r.scoreLabel = QStringLiteral("candidates beaten");

    // Tiers: the candidates no remaining candidate beats, then the same on what is left. Never orders a tie.
    std::vector<bool> placed(n, false);
    size_t remaining = n;
    while (remaining > 0) {
        std::vector<int> tier;
        for (size_t i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            bool beaten = false;
            for (size_t j = 0; j < n && !beaten; ++j)
                beaten = !placed[j] && j != i && p[j][i] > p[i][j];
            if (!beaten)
                tier.push_back(static_cast<int>(i));
        }
        for (int c : tier)
            placed[static_cast<size_t>(c)] = true;
        remaining -= tier.size();
        r.rawTiers.push_back(tier);
    }
    r.ranking = r.rawTiers;
    r.winners = r.ranking.empty() ? std::vector<int>{} : r.ranking.front();
    return r;
}

} // namespace proxima::voting
