#pragma once

#include "core/common/Result.h"
#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"

namespace proxima::voting {

/// Dot voting: totals of dots; rejects a ballot spending more than dotsPerVoter or more than maxPerItem on one item.
Result<TallyResult> tallyDots(int candidateCount, const std::vector<ScoreBallot>& ballots, const DotsOptions& options);
/// Approval: number of approvals; values must be 0 or 1, at most maxApprovals ones (0 = no limit).
Result<TallyResult> tallyApproval(int candidateCount, const std::vector<ScoreBallot>& ballots,
                                  const ApprovalOptions& options);
/// Score: total of the 0..maxScore scores (blank = 0).
Result<TallyResult> tallyScore(int candidateCount, const std::vector<ScoreBallot>& ballots,
                               const ScoreOptions& options);

/// Approval ballot from a ranking: the top tier, or (topN > 0) whole tiers from the top while at most topN.
ScoreBallot approvalFromRanking(int candidateCount, const RankedBallot& ballot, int topN);
/// Score ballot from a ranking: maxScore minus the number of candidates ranked strictly above, at least 0;
/// unranked candidates score 0.
ScoreBallot scoreFromRanking(int candidateCount, const RankedBallot& ballot, int maxScore);
/// Dots from a ranking: going down the tiers, each candidate of a tier gets min(maxPerItem, dots left / tier size,
/// what the tier above got); dots that cannot be shared equally inside a tie stay unused.
ScoreBallot dotsFromRanking(int candidateCount, const RankedBallot& ballot, const DotsOptions& options);

} // namespace proxima::voting
