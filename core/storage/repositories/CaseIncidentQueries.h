#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace proxima {

class Workspace;

/// One incident linked to a case, with what the patterns need (no free text).
struct LinkedIncident
{
    qint64 id = 0;
    QDate date;
    std::optional<QTime> time;
    QString category;
    qint64 areaId = 0;
};

/// Incidents of one category among those linked to a case, or concerns of one category.
struct CategoryTotal
{
    QString category;
    int count = 0;
    bool operator==(const CategoryTotal&) const = default;
};

/// Read-only look-ups of what a case's evidence is: the incidents matching the case's rule
/// (case_incident_rules: area, categories, period) together with the hand-picked ones (case_incidents), and
/// the concerns attached to the case. A case without a rule row has only its hand-picked incidents; a rule
/// row matches on the constraints it sets (an empty category list means every category).
class CaseIncidentQueries
{
public:
    explicit CaseIncidentQueries(Workspace& ws) : m_ws(ws) {}

    /// Number of distinct incidents linked to the case.
    Result<int> countIncidents(qint64 caseId) const;
    /// The linked incidents occurring between from and to (inclusive; an invalid date leaves that end open),
    /// by date and time.
    Result<QList<LinkedIncident>> incidents(qint64 caseId, QDate from = {}, QDate to = {}) const;
    /// Number of concerns attached to the case.
    Result<int> countConcerns(qint64 caseId) const;
    /// Concerns of the case per category, most frequent first, then by name.
    Result<QList<CategoryTotal>> concernsByCategory(qint64 caseId) const;
    /// SQL condition on incidents alias i selecting the case's incidents, with its bindings (the one definition of
    /// a case's incidents, which IncidentQueries also uses).
    Result<QPair<QString, QVariantList>> linkCondition(qint64 caseId) const;

private:

    Workspace& m_ws;
};

} // namespace proxima
