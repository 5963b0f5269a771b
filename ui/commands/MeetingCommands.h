#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/model/ResponseAction.h"

#include <QUndoCommand>

namespace proxima {

/// Creates an action agreed at a meeting (on the case of an agenda item) and records where it was agreed.
/// Undo deletes the action again; redo restores it with the same id.
class AgreeActionCommand : public QUndoCommand
{
public:
    AgreeActionCommand(WorkspaceSession& session, qint64 meetingId, qint64 itemId, ResponseAction action,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The id the action received (after the first redo; 0 when it failed).
    qint64 actionId() const { return m_action.id; }

private:
    WorkspaceSession& m_session;
    qint64 m_meetingId;
    qint64 m_itemId;
    ResponseAction m_action;
};

} // namespace proxima
