#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/budget/AllocationAcceptance.h"
#include "core/model/BudgetRound.h"

#include <QUndoCommand>

namespace proxima {

/// Saves a budgeting round's pools, proposals and constraints; undo saves the previous state back.
class SaveRoundCommand : public QUndoCommand
{
public:
    /// before: the round as loaded; after: the edited round (same revision).
    SaveRoundCommand(WorkspaceSession& session, BudgetRound before, BudgetRound after, const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(BudgetRound target);
    WorkspaceSession& m_session;
    BudgetRound m_before;
    BudgetRound m_after;
    int m_revision;
};

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

namespace proxima {

/// Adds a round (a new empty round, or one read from a .pb file); undo deletes it.
class AddRoundCommand : public QUndoCommand
{
public:
    AddRoundCommand(WorkspaceSession& session, BudgetRound round, const QString& text);
    void redo() override;
    void undo() override;
    /// Id of the stored round (after redo).
    qint64 roundId() const { return m_stored.id; }

private:
    WorkspaceSession& m_session;
    BudgetRound m_round;
    BudgetRound m_stored;
};

} // namespace proxima
