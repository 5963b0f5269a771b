#pragma once

#include "core/common/Result.h"
#include "core/storage/ChangeKind.h"
#include "core/storage/Workspace.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace proxima {

class ChangeWatcher;

/// A record revision that a write stored, so that the session counts it as its own.
struct WrittenRevision
{
    QString entity; ///< change-log entity ("case", "action", ...)
    qint64 id = 0;
    int revision = 0;
};

/// An open workspace in the app: the file, its undo stack and the watcher that notices other members' changes.
/// Pages and models hold a reference to the session and listen to its signals.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    Workspace& workspace() { return *m_workspace; }
    /// The undo history, to read and to watch. Commands go on it only through push(), so that none is used after
    /// the stack deleted it.
    const QUndoStack* undoStack() const { return &m_undoStack; }

    /// Pushes an undo command (which runs it). Returns false when it failed: the command reported why, became
    /// obsolete and the stack has already deleted it, so the caller must not touch it then. Inside a macro the
    /// command joins the macro's step instead of making its own.
    bool push(QUndoCommand* command);
    /// Runs a write that is not an undo command (a ballot cast, a vote closed, an import) as one transaction,
    /// records the revisions it reports as this instance's own and announces the kinds it changed. On failure the
    /// error is reported and returned, and nothing is announced.
    Status write(const QList<ChangeKind>& kinds,
                 const std::function<Result<QList<WrittenRevision>>(Workspace&)>& work);
    void undo() { m_undoStack.undo(); }
    void redo() { m_undoStack.redo(); }
    /// Groups the commands pushed until endMacro() into one undo step.
    void beginMacro(const QString& text);
    /// Closes the macro; a macro none of whose commands succeeded leaves no empty step behind.
    void endMacro();

    /// Tells every view that records of this kind changed in this instance.
    void notifyChanged(ChangeKind kind);
    /// Many kinds of records changed at once in this instance (an undone delete brought back a case with its
    /// analysis, actions and measures): every view reloads, but nobody is told another member saved something.
    void notifyManyChanged() { emit manyChanged(); }
    /// Reports an error from a command or a save; the main window shows it.
    void reportError(const Error& error);

    /// The revision this instance last wrote for a record (0 = none). Undo commands save against it, so that undoing
    /// an older edit of a record that later commands of this instance changed and undid again is not mistaken for
    /// another member's change.
    int writtenRevision(const QString& entity, qint64 id) const { return m_written.value({entity, id}); }
    /// Records the revision a command of this instance wrote.
    void setWrittenRevision(const QString& entity, qint64 id, int revision)
    {
        m_written.insert({entity, id}, revision);
    }

signals:
    /// Records of a kind were changed by this instance (an edit, an undo).
    void changed(proxima::ChangeKind kind);
    /// Records of many kinds may have changed, by this instance (notifyManyChanged) or by another member (then
    /// externalChange follows): reload everything shown.
    void manyChanged();
    /// Another member (another app instance, proxima-cli) committed to the file. Views reload on manyChanged; this
    /// one is for telling the user.
    void externalChange();
    /// Something went wrong that the user must know.
    void errorOccurred(const proxima::Error& error);

private:
    /// The macro that push() currently adds to (the innermost open one), or nullptr outside macros.
    const QUndoCommand* openMacro() const;

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack m_undoStack;
    std::unique_ptr<ChangeWatcher> m_watcher;
    QHash<QPair<QString, qint64>, int> m_written;
    int m_macroDepth = 0;
};

} // namespace proxima
