#include "ui/budget/AcceptAllocationCommand.h"

#include <QCoreApplication>

namespace proxima {

AcceptAllocationCommand::AcceptAllocationCommand(WorkspaceSession& session, BudgetRound round, QString rule,
                                                 QList<qint64> funded, FundedAmounts amounts)
    : m_session(session), m_round(std::move(round)), m_rule(std::move(rule)), m_funded(std::move(funded)),
      m_amounts(std::move(amounts))
{
    setText(QCoreApplication::translate("Commands", "Accept the %1 allocation of %2").arg(m_rule, m_round.name));
}

void AcceptAllocationCommand::redo()
{
    if (!m_applied) {
        auto accepted = AllocationAcceptance::accept(m_session.workspace(), m_round, m_rule, m_funded, m_amounts);
        if (!accepted)
            return fail(accepted.error());
        m_accepted = *accepted;
        m_applied = true;
    } else if (Status s = AllocationAcceptance::redo(m_session.workspace(), m_accepted); !s) {
        return fail(s.error());
    }
    m_session.notifyChanged(ChangeKind::Action);
    m_session.notifyChanged(ChangeKind::BudgetAllocation);
}

void AcceptAllocationCommand::undo()
{
    if (Status s = AllocationAcceptance::undo(m_session.workspace(), m_accepted); !s)
        return fail(s.error());
    m_session.notifyChanged(ChangeKind::Action);
    m_session.notifyChanged(ChangeKind::BudgetAllocation);
}

void AcceptAllocationCommand::fail(const Error& error)
{
    setObsolete(true);
    m_session.reportError(error);
}

} // namespace proxima
