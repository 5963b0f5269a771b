#include "ui/budget/AddRoundCommand.h"

#include "core/storage/repositories/BudgetRepository.h"

namespace proxima {

AddRoundCommand::AddRoundCommand(WorkspaceSession& session, BudgetRound round, const QString& text)
    : m_session(session), m_round(std::move(round))
{
    setText(text);
}

void AddRoundCommand::redo()
{
    auto added = BudgetRepository(m_session.workspace()).add(m_round);
    if (!added) {
        setObsolete(true);
        m_session.reportError(added.error());
        return;
    }
    m_stored = *added;
    m_session.notifyChanged(ChangeKind::BudgetRound);
}

void AddRoundCommand::undo()
{
    auto current = BudgetRepository(m_session.workspace()).load(m_stored.id, false);
    Status s = current ? BudgetRepository(m_session.workspace()).remove(m_stored.id, current->revision)
                       : Status{current.error()};
    if (!s) {
        setObsolete(true);
        m_session.reportError(s.error());
        return;
    }
    m_session.notifyChanged(ChangeKind::BudgetRound);
}

} // namespace proxima
