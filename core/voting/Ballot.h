#pragma once

#include <QString>

#include <QtGlobal>
#include <vector>

namespace proxima::voting {

/// One ranked ballot: tiers of candidate indices tied at that place, best first. May leave candidates out.
struct RankedBallot
{
    std::vector<std::vector<int>> tiers; ///< tiers[0] holds the voter's first choice(s)
    qint64 weight = 1;                   ///< how many identical ballots this entry stands for (> 0)
    QString channel;                     ///< how it was entered: "laptop", "paper", "stickers", "import"...
};

/// One ballot giving a number per candidate: dots, approval (0/1) or a score.
struct ScoreBallot
{
    std::vector<qint64> values; ///< values[c] for candidate c; missing trailing entries count as 0
    qint64 weight = 1;          ///< multiplicity (> 0)
    QString channel;            ///< entry channel label
};

/// Everything a tally needs: how many candidates and the ballots, by family.
struct Election
{
    int candidateCount = 0;
    std::vector<RankedBallot> ranked; ///< used by plurality, Borda, Schulze, IRV, Copeland
    std::vector<ScoreBallot> scored;  ///< used by dots, approval and score (when empty, derived from ranked)
};

} // namespace proxima::voting
