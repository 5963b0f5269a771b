#include "ui/app/WorkspaceSession.h"

#include "core/storage/ChangeWatcher.h"

namespace proxima {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    // 500 ms polling keeps another member's change visible well within the promised two seconds.
    m_watcher = std::make_unique<ChangeWatcher>(*m_workspace, 500);
    // Only the watcher says "another member": it sees commits of other connections, never this session's own.
    connect(m_watcher.get(), &ChangeWatcher::externalChange, this, [this] {
        emit manyChanged();
        emit externalChange();
    });
}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::push(QUndoCommand* command)
{
    // QUndoStack deletes a command that is obsolete after its first redo: it then neither moves the index nor joins
    // the open macro. That is the only trace a failure leaves once the command is gone.
    if (const QUndoCommand* macro = openMacro()) {
        const int before = macro->childCount();
        m_undoStack.push(command);
        return macro->childCount() == before + 1;
    }
    const int before = m_undoStack.index();
    m_undoStack.push(command);
    return m_undoStack.index() == before + 1;
}

const QUndoCommand* WorkspaceSession::openMacro() const
{
    if (m_macroDepth == 0 || m_undoStack.count() == 0)
        return nullptr;
    // The outermost open macro is the stack's last command; each nested one is the last child of its parent.
    const QUndoCommand* macro = m_undoStack.command(m_undoStack.count() - 1);
    for (int depth = 1; macro && depth < m_macroDepth; ++depth)
        macro = macro->child(macro->childCount() - 1);
    return macro;
}

void WorkspaceSession::beginMacro(const QString& text)
{
    m_undoStack.beginMacro(text);
    ++m_macroDepth;
}

void WorkspaceSession::endMacro()
{
    if (m_macroDepth == 0)
        return;
    const QUndoCommand* macro = openMacro();
    m_undoStack.endMacro();
    --m_macroDepth;
    if (m_macroDepth == 0 && macro && macro->childCount() == 0) {
        // Every command of the macro failed: an "Undo" that does nothing would only mislead. The stack drops an
        // obsolete command on undo without running it, and the session owns the stack, hence the const_cast.
        const_cast<QUndoCommand*>(macro)->setObsolete(true);
        m_undoStack.undo();
    }
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
