#include "ui/commands/StageMoveCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/StageRepository.h"

#include <QCoreApplication>

namespace proxima {

StageMoveCommand::StageMoveCommand(WorkspaceSession& session, ProblemCase before, ProblemCase after, QString reason,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_reason(std::move(reason)), m_revision(m_after.revision)
{
    setText(QCoreApplication::translate("Commands", "Move case \"%1\" to %2")
                .arg(m_after.title, stageLabel(m_after.stage)));
}

void StageMoveCommand::fail(const Error& error)
{
    setObsolete(true);
    m_session.reportError(error);
}

void StageMoveCommand::redo()
{
    ProblemCase target = m_after;
    // Against the revision this instance last wrote, and recorded below, so that undoing an edit of the case made
    // before this move does not take the move for another member's change.
    target.revision = qMax(m_revision, m_session.writtenRevision(QStringLiteral("case"), target.id));
    auto moved = StageRepository(m_session.workspace()).move(target, m_reason, OnConflict::Report, m_transitionId);
    if (!moved)
        return fail(moved.error());
    m_revision = moved->stored.revision;
    m_transitionId = moved->transition.id;
    m_session.setWrittenRevision(QStringLiteral("case"), target.id, m_revision);
    m_session.notifyChanged(ChangeKind::Stage);
    m_session.notifyChanged(ChangeKind::Case);
}

void StageMoveCommand::undo()
{
    ProblemCase previous = m_before;
    previous.revision = qMax(m_revision, m_session.writtenRevision(QStringLiteral("case"), previous.id));
    auto restored = StageRepository(m_session.workspace()).undoMove(previous, m_transitionId);
    if (!restored)
        return fail(restored.error());
    m_revision = restored->revision;
    m_session.setWrittenRevision(QStringLiteral("case"), previous.id, m_revision);
    m_session.notifyChanged(ChangeKind::Stage);
    m_session.notifyChanged(ChangeKind::Case);
}

} // namespace proxima
