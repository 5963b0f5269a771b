#pragma once

#include "core/common/Error.h"
#include "core/model/ProblemCase.h"

#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Saves a case whose stage changed and records the move (StageRepository::move), with the override reason when
/// the checklist was not met. Undo puts the previous version back and deletes the transition row, so the stage
/// history only shows moves that stand (the change log keeps both the move and its undo); redo records it again
/// with the same id.
class StageMoveCommand : public QUndoCommand
{
public:
    /// before: the case as loaded; after: the edited case (other fields may change too), based on after.revision.
    StageMoveCommand(WorkspaceSession& session, ProblemCase before, ProblemCase after, QString reason,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    /// The transition row of the last redo (0 when none was recorded).
    qint64 transitionId() const { return m_transitionId; }

private:
    void fail(const Error& error);

    WorkspaceSession& m_session;
    ProblemCase m_before;
    ProblemCase m_after;
    QString m_reason;
    int m_revision;
    qint64 m_transitionId = 0;
};

} // namespace proxima
