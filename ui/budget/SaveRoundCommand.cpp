#include "ui/budget/SaveRoundCommand.h"

#include "core/storage/repositories/BudgetRepository.h"

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

} // namespace proxima
