#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/budgeting/BudgetRules.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace proxima {

/// One rule's outcome on a what-if instance (or why it could not run).
struct RuleOutcome
{
    budgeting::BudgetRule rule = budgeting::BudgetRule::Greedy;
    std::optional<budgeting::BudgetResult> result;
    QString error;
};

/// Every rule's outcome on one instance.
struct BudgetOutcomes
{
    budgeting::BudgetInstance instance;
    QList<RuleOutcome> rules;

    /// All six rules, in the order the page shows them.
    static QList<budgeting::BudgetRule> allRules();
    /// Runs every rule (blocking; the what-if runner calls it off the GUI thread). A set cancel flag stops the run
    /// between two rules: the outcomes then hold only the rules that ran.
    static BudgetOutcomes compute(budgeting::BudgetInstance instance, const std::atomic_bool* cancel = nullptr);
};

} // namespace proxima
