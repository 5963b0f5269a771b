#include "ui/budget/BudgetCommands.h"

#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>

namespace proxima {

SaveRoundCommand::SaveRoundCommand(WorkspaceSession& session, BudgetRound before, BudgetRound after,
                                   const QString& text)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_revision(m_after.revision)
{
    setText(text);
}

void SaveRoundCommand::redo() { apply(m_after); }

void SaveRoundCommand::undo() { apply(m_before); }

void SaveRoundCommand::apply(BudgetRound target)
{
    // Consecutive edits of one round each bump its revision: undoing the earlier one must start from the revision
    // the later one's undo wrote, as record edits do.
    const QString entity = QStringLiteral("budget_round");
    target.revision = qMax(m_revision, m_session.writtenRevision(entity, target.id));
    auto saved = BudgetRepository(m_session.workspace()).save(target);
    if (!saved) {
        setObsolete(true);
        m_session.reportError(saved.error());
        return;
    }
    m_revision = saved->revision;
    m_session.setWrittenRevision(entity, target.id, m_revision);
    m_session.notifyChanged(ChangeKind::BudgetRound);
}

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
