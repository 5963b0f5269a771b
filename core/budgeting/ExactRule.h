#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/budgeting/BudgetRules.h"
#include "core/common/Result.h"

namespace proxima::budgeting {

/// Maximises total support under every resource capacity and every constraint, by branch and bound (bound: the
/// smallest fractional knapsack over the resources). Reports whether optimality is proven, or the gap left when
/// options.timeLimitSeconds or options.nodeLimit stops the search. Error when must-fund projects cannot all be
/// funded or costs cannot be scaled to whole units.
Result<BudgetResult> exactRule(const BudgetInstance& instance, const BudgetOptions& options = {});

} // namespace proxima::budgeting
