#pragma once

#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"

#include <map>

namespace proxima::voting {

/// Ranks candidates by score, highest first; equal scores share a tier (indices ascending inside a tier).
Tiers tiersFromScores(const std::vector<mpq_class>& scores);

/// Exact sums of weight/k shares without a rational addition per ballot: integer buckets per divisor k.
class ShareAccumulator
{
public:
    explicit ShareAccumulator(int candidateCount = 0);
    /// Adds weight/parts to candidate.
    void add(int candidate, qint64 weight, int parts);
    /// Exact total of candidate.
    mpq_class total(int candidate) const;
    /// Exact totals of every candidate.
    std::vector<mpq_class> totals() const;

private:
    int m_count = 0;
    std::vector<std::map<int, qint64>> m_buckets; ///< per candidate: divisor -> summed weight
};

/// Collects per-channel subtotals; channels come out sorted by name so ballot order never matters.
class ChannelTotals
{
public:
    explicit ChannelTotals(int candidateCount) : m_count(candidateCount) {}
    /// The accumulator of a channel, created on first use; also counts the ballot's weight.
    ShareAccumulator& forBallot(const QString& channel, qint64 weight);
    /// Finished subtotals.
    std::vector<ChannelSubtotal> finish() const;

private:
    int m_count;
    std::map<QString, std::pair<ShareAccumulator, qint64>> m_channels;
};

/// Position (tier index) of every candidate on a ballot, -1 when unranked.
void ballotPositions(const RankedBallot& ballot, std::vector<int>& positions);

} // namespace proxima::voting
