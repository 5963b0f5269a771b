#include "ui/budget/BudgetOutcome.h"

namespace proxima {

using namespace budgeting;

QList<BudgetRule> BudgetOutcomes::allRules()
{
    return {BudgetRule::Greedy, BudgetRule::GreedyRatio, BudgetRule::EqualShares, BudgetRule::EqualSharesAdd1,
            BudgetRule::EqualSharesAdd1Utilitarian, BudgetRule::Exact};
}

BudgetOutcomes BudgetOutcomes::compute(BudgetInstance instance, const std::atomic_bool* cancel)
{
    BudgetOutcomes outcomes;
    outcomes.instance = std::move(instance);
    BudgetOptions options;
    options.timeLimitSeconds = 2;   // a what-if must stay responsive; the sheet says when exact is not proven
    for (BudgetRule rule : allRules()) {
        if (cancel && cancel->load())
            break;
        RuleOutcome outcome;
        outcome.rule = rule;
        Result<BudgetResult> result = runBudgetRule(outcomes.instance, rule, options);
        if (result)
            outcome.result = std::move(result.value());
        else
            outcome.error = result.error().message;
        outcomes.rules.append(std::move(outcome));
    }
    return outcomes;
}

} // namespace proxima
