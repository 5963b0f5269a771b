#include "ui/budget/SupportFromVoteCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/budget/VotingSupport.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>

namespace proxima {

SupportFromVoteCommand::SupportFromVoteCommand(WorkspaceSession& session, qint64 roundId, qint64 sessionId)
    : m_session(session), m_roundId(roundId), m_sessionId(sessionId)
{
    setText(QCoreApplication::translate("Commands", "Support from voting session %1").arg(sessionId));
}

void SupportFromVoteCommand::redo()
{
    BudgetRepository repository(m_session.workspace());
    Result<BudgetRound> round = repository.load(m_roundId, true);
    if (!round) {
        setObsolete(true);
        m_session.reportError(round.error());
        return;
    }
    m_previousKind = round->ballotKind;
    m_previous = round->ballots;
    Result<int> applied = VotingSupport::apply(m_session.workspace(), m_roundId, m_sessionId);
    if (!applied) {
        setObsolete(true);
        m_session.reportError(applied.error());
        return;
    }
    m_ballots = applied.value();
    m_session.notifyChanged(ChangeKind::BudgetSupport);
}

void SupportFromVoteCommand::undo()
{
    if (Status s = BudgetRepository(m_session.workspace()).replaceBallots(m_roundId, m_previousKind, m_previous); !s) {
        setObsolete(true);
        m_session.reportError(s.error());
        return;
    }
    m_session.notifyChanged(ChangeKind::BudgetSupport);
}

} // namespace proxima
