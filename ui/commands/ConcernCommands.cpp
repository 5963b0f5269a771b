#include "ui/commands/ConcernCommands.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QCoreApplication>

namespace proxima {

namespace {

// Moving a concern bumps its revision; recorded, so that undoing an earlier edit of it is no false conflict.
void recordRevisions(WorkspaceSession& session, const QHash<qint64, int>& revisions)
{
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        session.setWrittenRevision(QStringLiteral("concern"), it.key(), it.value());
}

} // namespace

MoveConcernsCommand::MoveConcernsCommand(WorkspaceSession& session, QList<qint64> concernIds, qint64 targetCaseId,
                                         QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_ids(std::move(concernIds)), m_target(targetCaseId)
{
    setText(targetCaseId > 0
                ? QCoreApplication::translate("Commands", "Move %n concern(s) to a case", nullptr, int(m_ids.size()))
                : QCoreApplication::translate("Commands", "Take %n concern(s) out of their case", nullptr,
                                              int(m_ids.size())));
}

bool MoveConcernsCommand::moveAll(bool forward)
{
    Workspace& ws = m_session.workspace();
    ConcernRepository concerns(ws);
    QHash<qint64, int> revisions;
    const Status written = ws.write([&]() -> Status {
        for (qint64 id : std::as_const(m_ids)) {
            Result<Concern> stored = concerns.find(id);
            if (!stored)
                return stored.error();
            if (forward)
                m_origin.insert(id, stored->caseId);
            const qint64 to = forward ? m_target : m_origin.value(id);
            Result<Concern> moved = concerns.moveToCase(id, to, stored->revision);
            if (!moved)
                return moved.error();
            revisions.insert(id, moved->revision);
        }
        return Status{};
    });
    if (!written) {
        setObsolete(true);
        m_session.reportError(written.error());
        return false;
    }
    recordRevisions(m_session, revisions);
    m_session.notifyChanged(ChangeKind::Concern);
    return true;
}

void MoveConcernsCommand::redo()
{
    moveAll(true);
}

void MoveConcernsCommand::undo()
{
    moveAll(false);
}

SplitCaseCommand::SplitCaseCommand(WorkspaceSession& session, ProblemCase newCase, QList<qint64> concernIds,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_case(std::move(newCase)), m_ids(std::move(concernIds))
{
    setText(QCoreApplication::translate("Commands", "Split into case \"%1\"").arg(m_case.title));
}

void SplitCaseCommand::fail(const Error& error)
{
    setObsolete(true);
    m_session.reportError(error);
}

void SplitCaseCommand::redo()
{
    ConcernRepository concerns(m_session.workspace());
    m_origin.clear();
    for (qint64 id : std::as_const(m_ids)) {
        if (Result<Concern> stored = concerns.find(id))
            m_origin.insert(id, stored->caseId);
    }
    Result<ProblemCase> created = concerns.splitIntoNewCase(m_case, m_ids);
    if (!created)
        return fail(created.error());
    m_case = created.value();
    m_session.setWrittenRevision(QStringLiteral("case"), m_case.id, m_case.revision);
    QHash<qint64, int> revisions;
    for (qint64 id : std::as_const(m_ids)) {
        if (Result<Concern> moved = concerns.find(id))
            revisions.insert(id, moved->revision);
    }
    recordRevisions(m_session, revisions);
    m_session.notifyChanged(ChangeKind::Case);
    m_session.notifyChanged(ChangeKind::Concern);
}

void SplitCaseCommand::undo()
{
    Workspace& ws = m_session.workspace();
    ConcernRepository concerns(ws);
    QHash<qint64, int> revisions;
    const Status written = ws.write([&]() -> Status {
        for (qint64 id : std::as_const(m_ids)) {
            Result<Concern> stored = concerns.find(id);
            if (!stored)
                return stored.error();
            Result<Concern> moved = concerns.moveToCase(id, m_origin.value(id), stored->revision);
            if (!moved)
                return moved.error();
            revisions.insert(id, moved->revision);
        }
        Result<ProblemCase> current = CaseRepository(ws).find(m_case.id);
        if (!current)
            return current.error();
        return CaseRepository(ws).remove(m_case.id, current->revision);
    });
    if (!written)
        return fail(written.error());
    recordRevisions(m_session, revisions);
    m_case.revision = 0; // restored as new on redo, with the same id
    m_session.notifyChanged(ChangeKind::Case);
    m_session.notifyChanged(ChangeKind::Concern);
}

} // namespace proxima
