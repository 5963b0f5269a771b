#pragma once

#include "core/common/Result.h"
#include "core/model/CaseIncidentRule.h"

#include <QList>

namespace proxima {

class Workspace;

/// Which incidents a case looks at: its rule (area, categories, period; case_incident_rules) and the incidents
/// picked for it by hand (case_incidents). Reads and writes those rows; the incidents they select are read through
/// IncidentQueries::forCase() and CaseIncidentQueries.
class IncidentCaseRules
{
public:
    explicit IncidentCaseRules(Workspace& ws) : m_ws(ws) {}

    /// The rule of a case (an empty rule with revision 0 when none is stored).
    Result<CaseIncidentRule> rule(qint64 caseId) const;
    /// Stores a case's rule; Conflict when the stored revision differs from rule.revision.
    Result<CaseIncidentRule> setRule(const CaseIncidentRule& rule);
    /// Deletes a case's rule (the case then looks only at hand-picked incidents); Conflict on a stale revision.
    Status removeRule(qint64 caseId, int expectedRevision);
    /// The incidents picked by hand for a case, by id.
    Result<QList<qint64>> handPicked(qint64 caseId) const;
    /// Adds (pick) or removes (!pick) hand-picked incidents of a case.
    Status setHandPicked(qint64 caseId, const QList<qint64>& incidentIds, bool pick);

private:
    Workspace& m_ws;
};

} // namespace proxima
