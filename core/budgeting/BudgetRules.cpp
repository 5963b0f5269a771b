#include "core/budgeting/BudgetRules.h"

#include "core/budgeting/EqualShares.h"
#include "core/budgeting/ExactRule.h"
#include "core/budgeting/FlexibleAmounts.h"

#include <QCoreApplication>

namespace proxima::budgeting {

std::optional<BudgetRule> parseBudgetRule(const QString& text)
{
    for (BudgetRule rule : {BudgetRule::Greedy, BudgetRule::GreedyRatio, BudgetRule::EqualShares,
                            BudgetRule::EqualSharesAdd1, BudgetRule::EqualSharesAdd1Utilitarian, BudgetRule::Exact}) {
        if (budgetRuleName(rule) == text)
            return rule;
    }
    return std::nullopt;
}

QString budgetRuleName(BudgetRule rule)
{
    switch (rule) {
    case BudgetRule::Greedy: return QStringLiteral("greedy");
    case BudgetRule::GreedyRatio: return QStringLiteral("greedy-ratio");
    case BudgetRule::EqualShares: return QStringLiteral("mes");
    case BudgetRule::EqualSharesAdd1: return QStringLiteral("mes-add1");
    case BudgetRule::EqualSharesAdd1Utilitarian: return QStringLiteral("mes-add1u");
    case BudgetRule::Exact: return QStringLiteral("exact");
    }
    return {};
}

Result<BudgetResult> runBudgetRule(const BudgetInstance& instance, BudgetRule rule, const BudgetOptions& options)
{
    if (instance.resources.empty())
        return Error{QCoreApplication::translate("Budgeting", "there is no resource to allocate"), {}, 0, {}};
    const bool equalShares = rule == BudgetRule::EqualShares || rule == BudgetRule::EqualSharesAdd1
        || rule == BudgetRule::EqualSharesAdd1Utilitarian;
    if (equalShares && instance.ballots.empty())
        return Error{QCoreApplication::translate("Budgeting", "equal shares needs individual ballots, not totals"),
                     {}, 0, budgetRuleName(rule)};
    Result<BudgetResult> result = Error{QCoreApplication::translate("Budgeting", "unknown rule"), {}, 0, {}};
    switch (rule) {
    case BudgetRule::Greedy: result = greedyRule(instance, false, options); break;
    case BudgetRule::GreedyRatio: result = greedyRule(instance, true, options); break;
    case BudgetRule::EqualShares: result = proxima::budgeting::equalShares(instance, options); break;
    case BudgetRule::EqualSharesAdd1: result = equalSharesAdd1(instance, false, options); break;
    case BudgetRule::EqualSharesAdd1Utilitarian: result = equalSharesAdd1(instance, true, options); break;
    case BudgetRule::Exact: result = exactRule(instance, options); break;
    }
    if (result)
        applyFlexibleAmounts(instance, result.value(), options);
    return result;
}

} // namespace proxima::budgeting
