#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/model/ProblemCase.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

namespace proxima {

/// Moves concerns into a case (0 = out of any case); undo puts each back where it was.
class MoveConcernsCommand : public QUndoCommand
{
public:
    MoveConcernsCommand(WorkspaceSession& session, QList<qint64> concernIds, qint64 targetCaseId,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool moveAll(bool forward);

    WorkspaceSession& m_session;
    QList<qint64> m_ids;
    qint64 m_target;
    QHash<qint64, qint64> m_origin;   // concern id -> case it came from
};

/// Creates a case from some concerns of another; undo moves them back and deletes the new case.
class SplitCaseCommand : public QUndoCommand
{
public:
    SplitCaseCommand(WorkspaceSession& session, ProblemCase newCase, QList<qint64> concernIds,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The id of the case created (after the first redo; kept across undo/redo).
    qint64 newCaseId() const { return m_case.id; }

private:
    void fail(const Error& error);

    WorkspaceSession& m_session;
    ProblemCase m_case;
    QList<qint64> m_ids;
    QHash<qint64, qint64> m_origin;
};

} // namespace proxima
