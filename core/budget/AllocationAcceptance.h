#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetResult.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"
#include "core/model/ResponseAction.h"

#include <QHash>
#include <QList>

namespace proxima {

class Workspace;

/// What accepting an allocation changes: the funded proposals' actions before and after, and the record.
struct AcceptedAllocation
{
    BudgetAllocation allocation;        ///< as stored (id set once applied)
    QList<ResponseAction> before;       ///< the actions as they were
    QList<ResponseAction> after;        ///< the actions as accepted (revision as stored once applied)
};

/// What each funded proposal receives: proposal id -> pool id -> amount. A proposal or pool missing here receives
/// its cost.
using FundedAmounts = QHash<qint64, QHash<qint64, double>>;

/// Accepting an allocation: each funded proposal's actions receive the proposal's funded amount (its cost, or
/// what the flexible-amounts step gave it: minimum or topped up) in the police hours,
/// volunteer hours and euros pools (a bundle splits each cost in proportion to what its actions asked for, or
/// equally when they asked nothing), and planned actions move to "in progress" (funded work starts in the
/// period; actions already in progress, done or dropped keep their status). Custom pools have no action field
/// and are only recorded in the allocation. Unfunded proposals' actions are untouched.
class AllocationAcceptance
{
public:
    /// The new values of the funded proposals' actions (pure; actions not in the list are skipped).
    static QList<ResponseAction> plan(const BudgetRound& round, const QList<qint64>& fundedProposalIds,
                                      const QList<ResponseAction>& actions, const FundedAmounts& amounts = {});
    /// Applies an allocation in one transaction: actions updated, allocation recorded.
    static Result<AcceptedAllocation> accept(Workspace& ws, const BudgetRound& round, const QString& rule,
                                             const QList<qint64>& fundedProposalIds,
                                             const FundedAmounts& amounts = {});
    /// The amounts a rule's result gives the round's proposals (instance built from round by RoundInstance).
    static FundedAmounts amountsOf(const BudgetRound& round, const budgeting::BudgetInstance& instance,
                                   const budgeting::BudgetResult& result);
    /// Re-applies an acceptance that was undone (same allocation id, same action values); updates the stored
    /// revisions in accepted. Conflict when an action was changed since the undo.
    static Status redo(Workspace& ws, AcceptedAllocation& accepted);
    /// Undoes an acceptance: the actions get their old values back, the record is deleted; updates the stored
    /// revisions in accepted. Conflict when an action was changed since the acceptance.
    static Status undo(Workspace& ws, AcceptedAllocation& accepted);
};

} // namespace proxima
