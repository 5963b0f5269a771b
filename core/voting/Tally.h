#pragma once

#include "core/common/Result.h"
#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"

namespace proxima::voting {

/// Checks ballots: candidate indices in range, no candidate twice on a ranked ballot, no empty tier,
/// positive weights. The Error's field names the ballot ("ballot 3").
Status validateElection(const Election& election);

/// Score ballots for a score-type method made from ranked ballots (see ScoreMethods.h for the conversions).
std::vector<ScoreBallot> scoreBallotsFromRanked(const Election& election, const TallyOptions& options);

/// Schulze and Copeland compare every pair of candidates; beyond this many they refuse (memory grows as n²).
inline constexpr int MaxPairwiseCandidates = 5000;

/// The normal entry point: validates, counts with options.method, applies options.tieBreak.
/// Score-type methods use election.scored, or ranked ballots converted when no score ballots were given.
Result<TallyResult> tally(const Election& election, const TallyOptions& options);

} // namespace proxima::voting
