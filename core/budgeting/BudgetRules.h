#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/budgeting/TieBreak.h"
#include "core/common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace proxima::budgeting {

/// The budgeting rules Proxima offers.
enum class BudgetRule { Greedy, GreedyRatio, EqualShares, EqualSharesAdd1, EqualSharesAdd1Utilitarian, Exact };

/// Parses "greedy", "greedy-ratio", "mes", "mes-add1", "mes-add1u", "exact".
std::optional<BudgetRule> parseBudgetRule(const QString& text);
/// The command-line word of a rule.
QString budgetRuleName(BudgetRule rule);

/// Settings shared by the rules.
struct BudgetOptions
{
    TieBreakOrder tieBreak = TieBreakOrder::ProjectId;
    std::uint64_t seed = 0;                    ///< lottery tie-breaking
    double timeLimitSeconds = 10;              ///< exact
    qint64 nodeLimit = 50'000'000;             ///< exact
    std::optional<mpq_class> shareIncrement;   ///< mes-add1: default 1 currency unit (several resources: 1/100 share)
};

/// Runs a rule. Errors: the rule cannot apply (equal shares without ballots, exact with unrepresentable costs).
Result<BudgetResult> runBudgetRule(const BudgetInstance& instance, BudgetRule rule, const BudgetOptions& options = {});

/// Greedy by support (ratio=false) or by support per unit of cost (ratio=true), skipping what no longer fits.
BudgetResult greedyRule(const BudgetInstance& instance, bool ratio, const BudgetOptions& options = {});

/// Continues an outcome greedily by support over the projects not yet funded (the "u" of mes-add1u).
void greedyFill(const BudgetInstance& instance, BudgetResult& result, const BudgetOptions& options = {});

} // namespace proxima::budgeting
