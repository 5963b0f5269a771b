#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/budgeting/BudgetRules.h"

#include <QString>

#include <gmpxx.h>

#include <vector>

namespace proxima::budgeting {

/// The flexible-amounts step, applied by runBudgetRule after any rule's selection when some project has a minimum
/// or a maximum (BudgetInstance::hasBounds):
/// (a) each unfunded project that does not fit at its nominal cost but fits at its minimum in every resource (a
///     resource without a minimum counts at its cost) and whose constraints allow it (not excluded, no funded
///     incompatible partner, every project it depends on funded) is funded at its minimum; candidates are taken
///     in order of most support, then the rule's tie-break order, each one using up what it receives;
/// (b) then each resource's leftover capacity tops up the funded projects whose maximum is above their amount,
///     in selection order (the rule's, then step a's), each up to its maximum.
/// result.amounts records what every funded project receives per resource (Nominal, Minimum or ToppedUp); without
/// any bound it holds the nominal costs and nothing else changes.
void applyFlexibleAmounts(const BudgetInstance& instance, BudgetResult& result, const BudgetOptions& options = {});

/// What a result gives a project per resource: its recorded amounts, its cost when funded without a record, or
/// zeros when it is not funded.
std::vector<mpq_class> fundedAmount(const BudgetInstance& instance, const BudgetResult& result, int project);

/// The recorded amounts of a funded project, or nullptr.
const FundedAmount* findFundedAmount(const BudgetResult& result, int project);

/// The flexible-amounts step in words for the committee (shown with the results when bounds exist).
QString flexibleAmountsNote();

} // namespace proxima::budgeting
