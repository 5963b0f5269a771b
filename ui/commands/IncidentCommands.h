#pragma once

#include "ui/app/WorkspaceSession.h"
#include "core/model/CaseIncidentRule.h"

#include <QList>
#include <QUndoCommand>

namespace proxima {

/// Replaces a case's incident rule; undo puts the previous rule back.
class SetIncidentRuleCommand : public QUndoCommand
{
public:
    /// before: the rule as loaded (its revision is the one the save is based on); after: the new rule.
    SetIncidentRuleCommand(WorkspaceSession& session, CaseIncidentRule before, CaseIncidentRule after,
                           QUndoCommand* parent = nullptr);
    void redo() override { apply(m_after, false); }
    void undo() override { apply(m_before, true); }

private:
    void apply(CaseIncidentRule target, bool undoing);

    WorkspaceSession& m_session;
    CaseIncidentRule m_before;
    CaseIncidentRule m_after;
    int m_revision;
};

/// Hand-picks incidents for a case (or removes them: pick = false); undo does the opposite, for the incidents this
/// command changed only (picking one that was picked already, then undoing, leaves it picked).
class PickIncidentsCommand : public QUndoCommand
{
public:
    PickIncidentsCommand(WorkspaceSession& session, qint64 caseId, QList<qint64> incidentIds, bool pick,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override { apply(m_changed, !m_pick); }

private:
    void apply(const QList<qint64>& ids, bool pick);

    WorkspaceSession& m_session;
    qint64 m_caseId;
    QList<qint64> m_ids;
    QList<qint64> m_changed;   // the incidents whose state the first redo changed
    bool m_pick;
    bool m_done = false;
};

} // namespace proxima
