#pragma once

#include "core/voting/TallyResult.h"

namespace proxima::voting {

/// The documented lottery: candidates 0..n-1 shuffled by Fisher-Yates (last position first) with
/// std::mt19937_64(seed) and unbiased rejection sampling; earlier in the returned order = placed higher.
std::vector<int> lotteryPermutation(quint64 seed, int candidateCount);

/// Applies a tie-break rule to sets of tied candidates and records what it decided.
class TieBreaker
{
public:
    /// No tie-break: every tie stays.
    TieBreaker() = default;
    /// secondaryTiers: the raw ranking of the second method (needed for SecondMethod / MethodThenLottery).
    TieBreaker(const TieBreak& rule, int candidateCount, const Tiers& secondaryTiers = {});

    const TieBreak& rule() const { return m_rule; }

    /// Orders tied candidates into groups, best first; what stays tied shares a group. Appends one decision
    /// per split to log (irvRound marks an IRV elimination).
    Tiers split(std::vector<int> tied, std::vector<TieBreakDecision>* log, int irvRound = 0) const;

    /// Fills result.ranking and result.winners from result.rawTiers, logging into result.decisions.
    void apply(TallyResult& result) const;

private:
    TieBreak m_rule;
    std::vector<int> m_secondaryPlace;  ///< tier index of each candidate in the second method's ranking
    std::vector<int> m_lotteryPosition; ///< position of each candidate in the lottery order
};

} // namespace proxima::voting
