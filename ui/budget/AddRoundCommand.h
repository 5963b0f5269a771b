#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/model/BudgetRound.h"

#include <QUndoCommand>

namespace proxima {

/// Adds a round (a new empty round, or one read from a .pb file); undo deletes it.
class AddRoundCommand : public QUndoCommand
{
public:
    AddRoundCommand(WorkspaceSession& session, BudgetRound round, const QString& text);
    void redo() override;
    void undo() override;
    /// Id of the stored round (after redo). A refused round makes the command obsolete and the stack deletes it:
    /// ask only when WorkspaceSession::push returned true.
    qint64 roundId() const { return m_stored.id; }

private:
    WorkspaceSession& m_session;
    BudgetRound m_round;
    BudgetRound m_stored;
};

} // namespace proxima
