#include "ui/app/WorkspaceSession.h"

#include "core/storage/ChangeWatcher.h"

namespace proxima {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    // 500 ms polling keeps another member's change visible well within the promised two seconds.
    m_watcher = std::make_unique<ChangeWatcher>(*m_workspace, 500);
    connect(m_watcher.get(), &ChangeWatcher::externalChange, this, &WorkspaceSession::externalChange);
}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::push(QUndoCommand* command)
{
    // QUndoStack deletes a command that is obsolete after its first redo and leaves the index where it was.
    const int before = m_undoStack.index();
    m_undoStack.push(command);
    return m_undoStack.index() == before + 1;
}

Status WorkspaceSession::write(const QList<ChangeKind>& kinds,
                               const std::function<Result<QList<WrittenRevision>>(Workspace&)>& work)
{
    QList<WrittenRevision> written;
    const Status stored = m_workspace->write([&]() -> Status {
        Result<QList<WrittenRevision>> done = work(*m_workspace);
        if (!done)
            return done.error();
        written = std::move(done).value();
        return {};
    });
    if (!stored) {
        reportError(stored.error());
        return stored;
    }
    for (const WrittenRevision& w : written)
        setWrittenRevision(w.entity, w.id, w.revision);
    for (ChangeKind kind : kinds)
        emit changed(kind);
    return {};
}

void WorkspaceSession::notifyChanged(ChangeKind kind)
{
    emit changed(kind);
}

void WorkspaceSession::reportError(const Error& error)
{
    emit errorOccurred(error);
}

} // namespace proxima
