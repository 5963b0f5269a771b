#include "ui/commands/MeetingCommands.h"

#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/MeetingActionRepository.h"

#include <QCoreApplication>

namespace proxima {

AgreeActionCommand::AgreeActionCommand(WorkspaceSession& session, qint64 meetingId, qint64 itemId,
                                       ResponseAction action, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_meetingId(meetingId), m_itemId(itemId), m_action(std::move(action))
{
    setText(QCoreApplication::translate("Commands", "Agree action \"%1\"").arg(m_action.title));
}

void AgreeActionCommand::redo()
{
    Workspace& ws = m_session.workspace();
    Result<ResponseAction> added = Error{};
    // One transaction, so another member never sees the action without its link.
    const Status written = ws.write([&]() -> Status {
        added = ActionRepository(ws).add(m_action);
        if (!added)
            return added.error();
        return MeetingActionRepository(ws).link({m_meetingId, added->id, m_itemId});
    });
    if (!written) {
        setObsolete(true);
        m_session.reportError(written.error());
        return;
    }
    m_action = added.value();
    m_session.setWrittenRevision(QStringLiteral("action"), m_action.id, m_action.revision);
    m_session.notifyChanged(ChangeKind::Action);
    m_session.notifyChanged(ChangeKind::Meeting);
}

void AgreeActionCommand::undo()
{
    // Deleting the action deletes its link too (ON DELETE CASCADE).
    // Saved against the revision this instance last wrote, so a later edit of the action that was undone again is
    // not mistaken for another member's change.
    const int revision = qMax(m_action.revision, m_session.writtenRevision(QStringLiteral("action"), m_action.id));
    if (Status s = ActionRepository(m_session.workspace()).remove(m_action.id, revision); !s) {
        setObsolete(true);
        m_session.reportError(s.error());
        return;
    }
    m_session.notifyChanged(ChangeKind::Action);
    m_session.notifyChanged(ChangeKind::Meeting);
}

} // namespace proxima
