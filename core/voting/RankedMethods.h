#pragma once

#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"
#include "core/voting/TieBreaker.h"

#include <optional>

namespace proxima::voting {

// Each function counts valid ballots (see validateElection in Tally.h) and returns the method's own ranking in
// rawTiers and ranking (no tie-break applied, except IRV which needs one for eliminations). tally() in Tally.h
// validates, applies the tie-break rule and is the normal entry point.

/// d[i][j] = weighted number of ballots ranking i strictly above j, under the unranked rule.
std::vector<std::vector<qint64>> pairwiseMatrix(int candidateCount, const std::vector<RankedBallot>& ballots,
                                                UnrankedRule unranked);
/// The candidate beating every other one head to head (d[c][j] > d[j][c] for all j != c), if any.
std::optional<int> condorcetWinner(const std::vector<std::vector<qint64>>& pairwise);
/// Same, counting the pairwise matrix from ballots first.
std::optional<int> condorcetWinner(int candidateCount, const std::vector<RankedBallot>& ballots,
                                   UnrankedRule unranked = UnrankedRule::BelowRanked);

/// Plurality: first preferences; a tie at the top splits the ballot equally.
TallyResult tallyPlurality(int candidateCount, const std::vector<RankedBallot>& ballots,
                           const PluralityOptions& options);
/// Borda: one point per candidate ranked strictly below, per ballot.
TallyResult tallyBorda(int candidateCount, const std::vector<RankedBallot>& ballots, const BordaOptions& options);
/// Schulze with winning votes or margins; ranking in tiers by repeatedly taking the unbeaten candidates.
TallyResult tallySchulze(int candidateCount, const std::vector<RankedBallot>& ballots, const SchulzeOptions& options);
/// Instant-runoff; eliminations tied after the backwards rule are settled by tieBreaker (or made together).
TallyResult tallyIrv(int candidateCount, const std::vector<RankedBallot>& ballots, const IrvOptions& options,
                     const TieBreaker& tieBreaker = TieBreaker());
/// Copeland: 1 per pairwise win, 1/2 per pairwise tie.
TallyResult tallyCopeland(int candidateCount, const std::vector<RankedBallot>& ballots, const CopelandOptions& options);

} // namespace proxima::voting
