#include "core/voting/TieBreaker.h"

#include <algorithm>
#include <random>

namespace proxima::voting {

namespace {

// Unbiased draw in [0, bound): reject the lowest (2^64 mod bound) raw values so every residue is equally likely.
// Written out because std::uniform_int_distribution differs between standard libraries.
quint64 drawBelow(std::mt19937_64& engine, quint64 bound)
{
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = engine();
        if (r >= threshold)
            return r % bound;
    }
}

bool usesMethod(TieBreakRule rule)
{
    return rule == TieBreakRule::SecondMethod || rule == TieBreakRule::MethodThenLottery;
}

bool usesLottery(TieBreakRule rule)
{
    return rule == TieBreakRule::Lottery || rule == TieBreakRule::MethodThenLottery;
}

} // namespace

std::vector<int> lotteryPermutation(quint64 seed, int candidateCount)
{
    std::vector<int> order(static_cast<size_t>(std::max(0, candidateCount)));
    for (int i = 0; i < candidateCount; ++i)
        order[static_cast<size_t>(i)] = i;
    std::mt19937_64 engine(seed);
    for (int i = candidateCount - 1; i > 0; --i) {
        const auto j = static_cast<size_t>(drawBelow(engine, static_cast<quint64>(i) + 1));
        std::swap(order[static_cast<size_t>(i)], order[j]);
    }
    return order;
}

TieBreaker::TieBreaker(const TieBreak& rule, int candidateCount, const Tiers& secondaryTiers) : m_rule(rule)
{
    const auto n = static_cast<size_t>(std::max(0, candidateCount));
    if (usesMethod(rule.rule)) {
        m_secondaryPlace.assign(n, static_cast<int>(secondaryTiers.size()));
        for (size_t t = 0; t < secondaryTiers.size(); ++t) {
            for (int c : secondaryTiers[t])
                m_secondaryPlace[static_cast<size_t>(c)] = static_cast<int>(t);
        }
    }
    if (usesLottery(rule.rule)) {
        const std::vector<int> order = lotteryPermutation(rule.seed, candidateCount);
        m_lotteryPosition.assign(n, 0);
        for (size_t p = 0; p < order.size(); ++p)
            m_lotteryPosition[static_cast<size_t>(order[p])] = static_cast<int>(p);
    }
}

Tiers TieBreaker::split(std::vector<int> tied, std::vector<TieBreakDecision>* log, int irvRound) const
{
    std::sort(tied.begin(), tied.end());
    Tiers groups{tied};
    if (tied.size() < 2)
        return groups;
    auto record = [&](const std::vector<int>& above, const std::vector<int>& below, TieBreakRule how) {
        if (!log)
            return;
        TieBreakDecision d;
        d.above = above;
        d.below = below;
        d.how = how;
        d.secondary = m_rule.secondary;
        d.seed = m_rule.seed;
        d.irvRound = irvRound;
        log->push_back(d);
    };
    if (usesMethod(m_rule.rule) && !m_secondaryPlace.empty()) {
        std::stable_sort(tied.begin(), tied.end(), [&](int a, int b) {
            return m_secondaryPlace[static_cast<size_t>(a)] < m_secondaryPlace[static_cast<size_t>(b)];
        });
        groups.clear();
        for (int c : tied) {
            if (groups.empty() || m_secondaryPlace[static_cast<size_t>(groups.back().front())] !=
                                      m_secondaryPlace[static_cast<size_t>(c)])
                groups.push_back({});
            groups.back().push_back(c);
        }
        for (size_t g = 1; g < groups.size(); ++g)
            record(groups[g - 1], groups[g], TieBreakRule::SecondMethod);
    }
    if (usesLottery(m_rule.rule) && !m_lotteryPosition.empty()) {
        Tiers refined;
        for (std::vector<int> group : groups) {
            std::sort(group.begin(), group.end(), [&](int a, int b) {
                return m_lotteryPosition[static_cast<size_t>(a)] < m_lotteryPosition[static_cast<size_t>(b)];
            });
            for (size_t i = 0; i < group.size(); ++i) {
                if (i > 0)
                    record({group[i - 1]}, {group[i]}, TieBreakRule::Lottery);
                refined.push_back({group[i]});
            }
        }
        groups = refined;
    }
    return groups;
}

void TieBreaker::apply(TallyResult& result) const
{
    result.tieBreak = m_rule;
    result.ranking.clear();
    for (const auto& tier : result.rawTiers) {
        for (auto& group : split(tier, &result.decisions))
            result.ranking.push_back(std::move(group));
    }
    result.winners = result.ranking.empty() ? std::vector<int>{} : result.ranking.front();
}

} // namespace proxima::voting
