#include "core/budgeting/TieBreak.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace proxima::budgeting {

std::optional<TieBreakOrder> parseTieBreakOrder(const QString& text)
{
    if (text == QLatin1String("id"))
        return TieBreakOrder::ProjectId;
    if (text == QLatin1String("cost"))
        return TieBreakOrder::LowestCost;
    if (text == QLatin1String("votes"))
        return TieBreakOrder::MostVotes;
    if (text == QLatin1String("lottery"))
        return TieBreakOrder::Lottery;
    return std::nullopt;
}

QString tieBreakOrderName(TieBreakOrder order)
{
    switch (order) {
    case TieBreakOrder::ProjectId: return QStringLiteral("id");
    case TieBreakOrder::LowestCost: return QStringLiteral("cost");
    case TieBreakOrder::MostVotes: return QStringLiteral("votes");
    case TieBreakOrder::Lottery: return QStringLiteral("lottery");
    }
    return {};
}

mpq_class normalisedCost(const BudgetInstance& instance, int project)
{
    const auto& costs = instance.projects[static_cast<size_t>(project)].cost;
    if (instance.resources.size() == 1)
        return costs.empty() ? mpq_class(0) : costs[0];
    mpq_class total = 0;
    for (size_t r = 0; r < instance.resources.size() && r < costs.size(); ++r) {
        const mpq_class& capacity = instance.resources[r].capacity;
        total += capacity > 0 ? mpq_class(costs[r] / capacity) : costs[r];
    }
    return total;
}

namespace {

// Unbiased integer in [0, bound) by rejection, so the draw does not depend on the standard library.
std::uint64_t drawBelow(std::mt19937_64& engine, std::uint64_t bound)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t value = engine();
    while (value >= limit)
        value = engine();
    return value % bound;
}

} // namespace

TieBreaker::TieBreaker(const BudgetInstance& instance, TieBreakOrder order, std::uint64_t seed)
{
    const int count = static_cast<int>(instance.projects.size());
    m_order.resize(static_cast<size_t>(count));
    std::iota(m_order.begin(), m_order.end(), 0);
    auto idLess = [&](int a, int b) {
        const QString& ia = instance.projects[static_cast<size_t>(a)].id;
        const QString& ib = instance.projects[static_cast<size_t>(b)].id;
        return ia != ib ? ia < ib : a < b;
    };
    std::sort(m_order.begin(), m_order.end(), idLess);
    if (order == TieBreakOrder::LowestCost) {
        std::vector<mpq_class> cost;
        for (int p = 0; p < count; ++p)
            cost.push_back(normalisedCost(instance, p));
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return cost[static_cast<size_t>(a)] < cost[static_cast<size_t>(b)];
        });
    } else if (order == TieBreakOrder::MostVotes) {
        const std::vector<qint64> support = instance.support();
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return support[static_cast<size_t>(a)] > support[static_cast<size_t>(b)];
        });
    } else if (order == TieBreakOrder::Lottery) {
        std::mt19937_64 engine(seed);
        for (size_t i = m_order.size(); i > 1; --i) {
            const auto j = static_cast<size_t>(drawBelow(engine, i));
            std::swap(m_order[i - 1], m_order[j]);
        }
    }
    m_rank.assign(static_cast<size_t>(count), 0);
    for (int position = 0; position < count; ++position)
        m_rank[static_cast<size_t>(m_order[static_cast<size_t>(position)])] = position;
}

} // namespace proxima::budgeting
