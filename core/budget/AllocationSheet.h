#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/model/BudgetRound.h"
#include "core/reports/ReportDocument.h"

#include <QDate>

namespace proxima {

/// The printable allocation sheet of one rule's outcome: pools used and left, funded proposals in order with
/// their cost and why, unfunded proposals and why not, the equal-shares note. Rendered by ui/documents.
class AllocationSheet
{
public:
    /// The document for a round, its instance (as run, with any what-if capacities) and a rule's result.
    static reports::ReportDocument build(const BudgetRound& round, const budgeting::BudgetInstance& instance,
                                         const budgeting::BudgetResult& result, const QString& workspaceName,
                                         const QDate& generatedOn);
};

} // namespace proxima
