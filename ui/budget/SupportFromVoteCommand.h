#pragma once

#include "core/model/BudgetRound.h"

#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Replaces a round's support by the ballots of a closed voting session; undo puts the previous support back.
class SupportFromVoteCommand : public QUndoCommand
{
public:
    SupportFromVoteCommand(WorkspaceSession& session, qint64 roundId, qint64 sessionId);
    void redo() override;
    void undo() override;
    /// How many ballots were taken over by the last redo.
    int ballots() const { return m_ballots; }

private:
    WorkspaceSession& m_session;
    qint64 m_roundId;
    qint64 m_sessionId;
    SupportBallotKind m_previousKind = SupportBallotKind::Approval;
    QList<BudgetBallot> m_previous;
    int m_ballots = 0;
};

} // namespace proxima
