#pragma once

#include "core/budgeting/BudgetInstance.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace proxima::budgeting {

/// How ties between projects are broken.
enum class TieBreakOrder { ProjectId, LowestCost, MostVotes, Lottery };

/// Parses "id", "cost", "votes", "lottery".
std::optional<TieBreakOrder> parseTieBreakOrder(const QString& text);
/// The command-line word of an order.
QString tieBreakOrderName(TieBreakOrder order);

/// A strict priority over projects: rank(a) < rank(b) means a wins a tie against b.
/// ProjectId: ids compared as text (as pabutools). LowestCost: total cost (summed over resources as shares of
/// their capacity), then id. MostVotes: support, then id. Lottery: a seeded shuffle (Fisher-Yates over the
/// projects sorted by id, each draw an unbiased integer from std::mt19937_64 by rejection), reproducible anywhere.
class TieBreaker
{
public:
    TieBreaker(const BudgetInstance& instance, TieBreakOrder order, std::uint64_t seed = 0);

    /// Position of a project in the priority (0 = wins every tie).
    int rank(int project) const { return m_rank[static_cast<size_t>(project)]; }
    /// Projects in priority order.
    const std::vector<int>& order() const { return m_order; }

private:
    std::vector<int> m_order;
    std::vector<int> m_rank;
};

/// Sum over resources of cost divided by capacity (a resource with zero capacity counts its cost as is).
mpq_class normalisedCost(const BudgetInstance& instance, int project);

} // namespace proxima::budgeting
