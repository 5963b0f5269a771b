#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/storage/DeletedRows.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QUndoCommand>

namespace proxima {

/// The key a record is stored under: its id, or the case id for records kept one per case (an assessment).
template <typename Record> qint64 recordKey(const Record& record)
{
    if constexpr (requires { record.id; })
        return record.id;
    else
        return record.caseId;
}

// Undo commands for records kept by a repository with add/update/remove and revision numbers.
// Traits name the record type, its repository, its entity key and how to describe it. Every write goes through
// the repository, so a change another member made meanwhile is reported instead of overwritten: the command then
// becomes obsolete and leaves the stack.

/// Adds a record; undo removes it again.
template <typename Traits> class AddRecordCommand : public QUndoCommand
{
public:
    using Record = typename Traits::Record;
    AddRecordCommand(WorkspaceSession& session, Record record, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_session(session), m_record(std::move(record))
    {
        setText(QCoreApplication::translate("Commands", "Add %1").arg(Traits::describe(m_record)));
    }
    void redo() override
    {
        auto added = typename Traits::Repository(m_session.workspace()).add(m_record);
        if (!added)
            return fail(added.error());
        m_record = added.value();
        m_session.setWrittenRevision(Traits::entity(), m_record.id, m_record.revision);
        m_session.notifyChanged(Traits::kind);
    }
    void undo() override
    {
        const int revision = qMax(m_record.revision, m_session.writtenRevision(Traits::entity(), m_record.id));
        if (Status s = typename Traits::Repository(m_session.workspace()).remove(m_record.id, revision); !s)
            return fail(s.error());
        m_session.notifyChanged(Traits::kind);
    }
    /// The id the record received (after the first redo).
    qint64 recordId() const { return m_record.id; }

private:
    void fail(const Error& error)
    {
        setObsolete(true);
        m_session.reportError(error);
    }
    WorkspaceSession& m_session;
    Record m_record;
};

/// Replaces a record's editable fields; undo puts the previous values back.
template <typename Traits> class EditRecordCommand : public QUndoCommand
{
public:
    using Record = typename Traits::Record;
    /// before: the record as loaded; after: the edited record, whose revision is the one the save is based on.
    EditRecordCommand(WorkspaceSession& session, Record before, Record after, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
          m_revision(m_after.revision)
    {
        setText(QCoreApplication::translate("Commands", "Edit %1").arg(Traits::describe(m_after)));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(Record target)
    {
        target.revision = qMax(m_revision, m_session.writtenRevision(Traits::entity(), recordKey(target)));
        auto saved = typename Traits::Repository(m_session.workspace()).update(target);
        if (!saved) {
            setObsolete(true);
            m_session.reportError(saved.error());
            return;
        }
        m_revision = saved->revision;
        m_session.setWrittenRevision(Traits::entity(), recordKey(saved.value()), m_revision);
        m_session.notifyChanged(Traits::kind);
    }
    WorkspaceSession& m_session;
    Record m_before;
    Record m_after;
    int m_revision;
};

/// Removes a record; undo restores it with the same id, together with everything the delete took with it (the
/// rows that depended on it and the references it cleared; see DeletedRows).
template <typename Traits> class RemoveRecordCommand : public QUndoCommand
{
public:
    using Record = typename Traits::Record;
    RemoveRecordCommand(WorkspaceSession& session, Record record, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_session(session), m_record(std::move(record))
    {
        setText(QCoreApplication::translate("Commands", "Delete %1").arg(Traits::describe(m_record)));
    }
    void redo() override
    {
        Workspace& ws = m_session.workspace();
        const int revision = qMax(m_record.revision, m_session.writtenRevision(Traits::entity(), m_record.id));
        const Status removed = ws.write([&]() -> Status {
            auto captured = DeletedRows::capture(ws, Traits::table(), m_record.id);
            if (!captured)
                return captured.error();
            m_deleted = std::move(captured).value();
            return typename Traits::Repository(ws).remove(m_record.id, revision);
        });
        if (!removed) {
            setObsolete(true);
            m_session.reportError(removed.error());
            return;
        }
        m_session.notifyChanged(Traits::kind);
        if (m_deleted.reachesOthers())
            m_session.notifyManyChanged();
    }
    void undo() override
    {
        Workspace& ws = m_session.workspace();
        const Status restored = ws.write([&]() -> Status {
            if (Status s = m_deleted.restore(ws); !s)
                return s;
            return ws.logChange(Traits::entity(), m_record.id, QStringLiteral("restore"),
                                QCoreApplication::translate("Commands", "Undo: delete %1")
                                    .arg(Traits::describe(m_record)));
        });
        if (!restored) {
            setObsolete(true);
            m_session.reportError(restored.error());
            return;
        }
        if (const QVariant stored = m_deleted.value(QStringLiteral("revision")); stored.isValid())
            m_record.revision = stored.toInt();
        m_session.setWrittenRevision(Traits::entity(), m_record.id, m_record.revision);
        m_session.notifyChanged(Traits::kind);
        if (m_deleted.reachesOthers())
            m_session.notifyManyChanged();
    }

private:
    WorkspaceSession& m_session;
    Record m_record;
    DeletedRows m_deleted;
};

} // namespace proxima
