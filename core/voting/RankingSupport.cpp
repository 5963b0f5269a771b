#include "core/voting/RankingSupport.h"

#include <algorithm>
#include <numeric>

namespace proxima::voting {

Tiers tiersFromScores(const std::vector<mpq_class>& scores)
{
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(b)]; });
    Tiers tiers;
    for (int c : order) {
        if (tiers.empty() || scores[static_cast<size_t>(tiers.back().front())] != scores[static_cast<size_t>(c)])
            tiers.push_back({});
        tiers.back().push_back(c);
    }
    return tiers;
}

ShareAccumulator::ShareAccumulator(int candidateCount)
    : m_count(candidateCount), m_buckets(static_cast<size_t>(std::max(0, candidateCount)))
{
}

void ShareAccumulator::add(int candidate, qint64 weight, int parts)
{
    m_buckets[static_cast<size_t>(candidate)][parts] += weight;
}

mpq_class ShareAccumulator::total(int candidate) const
{
    mpq_class sum = 0;
    for (const auto& [parts, weight] : m_buckets[static_cast<size_t>(candidate)]) {
        mpq_class share(static_cast<long>(weight), static_cast<unsigned long>(parts));
        share.canonicalize();
        sum += share;
    }
    return sum;
}

std::vector<mpq_class> ShareAccumulator::totals() const
{
    std::vector<mpq_class> result;
    result.reserve(static_cast<size_t>(m_count));
    for (int c = 0; c < m_count; ++c)
        result.push_back(total(c));
    return result;
}

ShareAccumulator& ChannelTotals::forBallot(const QString& channel, qint64 weight)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        it = m_channels.emplace(channel, std::make_pair(ShareAccumulator(m_count), qint64(0))).first;
    it->second.second += weight;
    return it->second.first;
}

std::vector<ChannelSubtotal> ChannelTotals::finish() const
{
    std::vector<ChannelSubtotal> result;
    for (const auto& [name, entry] : m_channels)
        result.push_back(ChannelSubtotal{name, entry.first.totals(), entry.second});
    return result;
}

void ballotPositions(const RankedBallot& ballot, std::vector<int>& positions)
{
    std::fill(positions.begin(), positions.end(), -1);
    for (size_t t = 0; t < ballot.tiers.size(); ++t) {
        for (int c : ballot.tiers[t])
            positions[static_cast<size_t>(c)] = static_cast<int>(t);
    }
}

} // namespace proxima::voting
