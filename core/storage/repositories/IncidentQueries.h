#pragma once

#include "core/common/Result.h"
#include "core/model/StoredIncident.h"
#include "core/storage/repositories/IncidentImportSummary.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace proxima {

class Workspace;

/// Reads stored incidents for the Scan and Analyse pages and the map: filtered counts and pages, one incident, the
/// categories, the recorded imports and the incidents of a case. Never writes (IncidentBulkInsert stores incidents,
/// IncidentCaseRules a case's selection).
class IncidentQueries
{
public:
    explicit IncidentQueries(Workspace& ws) : m_ws(ws) {}

    /// Number of incidents matching the filter.
    Result<qint64> count(const IncidentFilter& filter = {}) const;
    /// Up to limit incidents from position offset in the given order.
    Result<QList<StoredIncident>> page(qint64 offset, int limit, const IncidentFilter& filter = {},
                                       IncidentOrder order = IncidentOrder::DateAscending) const;
    /// Up to limit incidents that follow `last` in the given order (keyset paging: cost independent of position).
    Result<QList<StoredIncident>> pageAfter(const StoredIncident& last, int limit, const IncidentFilter& filter = {},
                                            IncidentOrder order = IncidentOrder::DateAscending) const;
    /// One incident; NotFound when absent.
    Result<StoredIncident> find(qint64 id) const;
    /// The distinct categories, sorted.
    Result<QStringList> categories() const;
    /// The imports recorded so far (file name and counts), newest first.
    Result<QList<QPair<QString, IncidentImportSummary>>> imports() const;
    /// The incidents of a case: those its rule selects (none without a stored rule) plus the hand-picked ones,
    /// by date.
    Result<QList<StoredIncident>> forCase(qint64 caseId) const;
    /// How many incidents forCase() gives.
    Result<qint64> countForCase(qint64 caseId) const;

private:
    Workspace& m_ws;
};

} // namespace proxima
