#include "budgeting/BudgetRules.h"

#include "budgeting/EqualShares.h"
#include "budgeting/ExactRule.h"

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
    switch (rule) {
    case BudgetRule::Greedy: return greedyRule(instance, false, options);
    case BudgetRule::GreedyRatio: return greedyRule(instance, true, options);
    case BudgetRule::EqualShares: return proxima::budgeting::equalShares(instance, options);
    case BudgetRule::EqualSharesAdd1: return equalSharesAdd1(instance, false, options);
    case BudgetRule::EqualSharesAdd1Utilitarian: return equalSharesAdd1(instance, true, options);
    case BudgetRule::Exact: return exactRule(instance, options);
    }
    return Error{QCoreApplication::translate("Budgeting", "unknown rule"), {}, 0, {}};
}

} // namespace proxima::budgeting
