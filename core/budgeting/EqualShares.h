#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/budgeting/BudgetRules.h"

namespace proxima::budgeting {

/// Method of Equal Shares with cost utilities (Peters & Skowron; pabutools' definition). Needs ballots.
BudgetResult equalShares(const BudgetInstance& instance, const BudgetOptions& options = {});

/// MES rerun with the per-ballot share raised by options.shareIncrement until an outcome is exhaustive or the
/// next one overspends; with greedyCompletion, the result is then filled greedily by support (mes-add1u).
BudgetResult equalSharesAdd1(const BudgetInstance& instance, bool greedyCompletion, const BudgetOptions& options = {});

/// The UI text that explains how equal shares treats the resources of this instance.
QString equalSharesResourceNote(const BudgetInstance& instance);

} // namespace proxima::budgeting
