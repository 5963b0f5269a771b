#pragma once

#include "ui/app/WorkspaceSession.h"
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

} // namespace proxima
