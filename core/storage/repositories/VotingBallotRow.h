#pragma once

#include "core/voting/TallyResult.h"

#include <QString>

#include <vector>

namespace proxima {

/// One stored row of a session's ballots, decoded: a ranking, numbers per candidate, or counted totals.
struct VotingBallotRow
{
    enum class Kind { Ranked, Values, Counts };

    Kind kind = Kind::Ranked;
    voting::Tiers ranking;       ///< Ranked: places of candidate positions, best first
    std::vector<qint64> values;  ///< Values: one number per candidate; Counts: the counted total per candidate
    qint64 weight = 1;           ///< Ranked/Values: identical ballots; Counts: the voters the totals come from
    QString channel;             ///< laptop, paper, stickers or import
};

} // namespace proxima
