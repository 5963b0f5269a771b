#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/budget/AllocationAcceptance.h"
#include "core/model/BudgetRound.h"

#include <QUndoCommand>

namespace proxima {

/// Accepts one rule's allocation: the funded proposals' actions get their resources and status, the allocation
/// is recorded; undo restores the actions and deletes the record. One step on the undo stack.
class AcceptAllocationCommand : public QUndoCommand
{
public:
    AcceptAllocationCommand(WorkspaceSession& session, BudgetRound round, QString rule, QList<qint64> funded,
                            FundedAmounts amounts = {});
    void redo() override;
    void undo() override;
    /// The acceptance as applied (after the first redo).
    const AcceptedAllocation& accepted() const { return m_accepted; }

private:
    void fail(const Error& error);
    WorkspaceSession& m_session;
    BudgetRound m_round;
    QString m_rule;
    QList<qint64> m_funded;
    FundedAmounts m_amounts;
    AcceptedAllocation m_accepted;
    bool m_applied = false;
};

} // namespace proxima
