#include "ui/commands/IncidentCommands.h"

#include "core/storage/repositories/IncidentCaseRules.h"

#include <QCoreApplication>
#include <QSet>

namespace proxima {

SetIncidentRuleCommand::SetIncidentRuleCommand(WorkspaceSession& session, CaseIncidentRule before,
                                               CaseIncidentRule after, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_revision(m_before.revision)
{
    setText(QCoreApplication::translate("Commands", "Change the incident selection of case %1").arg(m_after.caseId));
}

void SetIncidentRuleCommand::apply(CaseIncidentRule target, bool undoing)
{
    IncidentCaseRules repository(m_session.workspace());
    if (undoing && m_before.revision == 0) {
        // Undoing the first rule of a case: there was none, so remove it rather than store an empty one.
        if (Status s = repository.removeRule(target.caseId, m_revision); !s) {
            setObsolete(true);
            m_session.reportError(s.error());
            return;
        }
        m_revision = 0;
        m_session.notifyChanged(ChangeKind::CaseIncidents);
        return;
    }
    target.revision = m_revision;
    auto saved = repository.setRule(target);
    if (!saved) {
        setObsolete(true);
        m_session.reportError(saved.error());
        return;
    }
    m_revision = saved->revision;
    m_session.notifyChanged(ChangeKind::CaseIncidents);
}

PickIncidentsCommand::PickIncidentsCommand(WorkspaceSession& session, qint64 caseId, QList<qint64> incidentIds,
                                           bool pick, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_caseId(caseId), m_ids(std::move(incidentIds)), m_pick(pick)
{
    setText(pick ? QCoreApplication::translate("Commands", "Pick %n incident(s) for a case", nullptr, int(m_ids.size()))
                 : QCoreApplication::translate("Commands", "Remove %n picked incident(s)", nullptr, int(m_ids.size())));
}

void PickIncidentsCommand::redo()
{
    if (!m_done) {
        // What the first execution changes is what undo must give back: not the incidents already in that state.
        auto picked = IncidentCaseRules(m_session.workspace()).handPicked(m_caseId);
        if (!picked) {
            setObsolete(true);
            m_session.reportError(picked.error());
            return;
        }
        const QSet<qint64> before(picked->cbegin(), picked->cend());
        m_changed.clear();
        for (qint64 id : std::as_const(m_ids)) {
            if (before.contains(id) != m_pick && !m_changed.contains(id))
                m_changed << id;
        }
        m_done = true;
    }
    apply(m_changed, m_pick);
}

void PickIncidentsCommand::apply(const QList<qint64>& ids, bool pick)
{
    if (ids.isEmpty())
        return;
    if (Status s = IncidentCaseRules(m_session.workspace()).setHandPicked(m_caseId, ids, pick); !s) {
        setObsolete(true);
        m_session.reportError(s.error());
        return;
    }
    m_session.notifyChanged(ChangeKind::CaseIncidents);
}

} // namespace proxima
