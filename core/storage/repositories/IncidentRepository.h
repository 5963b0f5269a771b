#pragma once

#include "core/common/Result.h"
#include "core/io/IncidentCsvParser.h"
#include "core/model/CaseIncidentRule.h"
#include "core/model/StoredIncident.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QStringList>

#include <functional>

namespace proxima {

class Workspace;

/// Counts of one import, as recorded in incident_imports.
struct IncidentImportSummary
{
    qint64 importId = 0;       ///< 0 when nothing was recorded (cancelled, or refused because of rejected rows)
    int rowsRead = 0;
    int imported = 0;
    int alreadyPresent = 0;    ///< same fingerprint as a stored incident (or an earlier row of the same file)
    int rejected = 0;
    bool cancelled = false;
    /// Area names given by the file that no area of the workspace has (compared without case), with how many valid
    /// rows named each; those rows are stored without an area.
    QMap<QString, int> unknownAreas;
};

/// "Gare (12), Nord (3)": unknown area names with their row counts, for messages.
QString describeUnknownAreas(const QMap<QString, int>& unknownAreas);

/// What importing a file produced: the counts and the parse details (rejected rows, headers, detected format).
struct IncidentFileImport
{
    IncidentImportSummary summary;
    io::IncidentParseResult parse;   ///< incidents is empty: valid rows went straight to the database
};

/// Gives the area of an incident (0 = none), e.g. from its position. Without one, imports match the area the
/// source names (Incident::area) to the workspace's areas by name.
using IncidentAreaOf = std::function<qint64(const io::Incident&)>;

/// Stores imported incidents and answers the questions the Scan and Analyse stages ask about them.
class IncidentRepository
{
public:
    explicit IncidentRepository(Workspace& ws) : m_ws(ws) {}

    /// Stores parsed incidents in one transaction (duplicates by fingerprint are skipped) and records the import.
    Result<IncidentImportSummary> importIncidents(const QList<io::Incident>& incidents, const QString& fileName,
                                                  int rowsRead, int rejected, const IncidentAreaOf& areaOf = {});
    /// Parses a CSV device and stores its valid rows, all in one transaction. With rejected rows and !skipInvalid,
    /// or when progress cancels, nothing is stored (the summary then has importId 0). progress gets (done, total) on
    /// a scale of its own, not in bytes: reading the file fills the first 30 %, storing the rows and rebuilding the
    /// indexes the rest, and done never goes back.
    Result<IncidentFileImport> importFile(QIODevice* device, const io::IncidentColumnMapping& mapping,
                                          io::IncidentParseOptions options, bool skipInvalid,
                                          const io::IncidentProgress& progress = {}, const IncidentAreaOf& areaOf = {});
    /// Same for a file path.
    Result<IncidentFileImport> importFile(const QString& path, const io::IncidentColumnMapping& mapping,
                                          io::IncidentParseOptions options, bool skipInvalid,
                                          const io::IncidentProgress& progress = {}, const IncidentAreaOf& areaOf = {});

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
    /// The imports recorded so far, newest first.
    Result<QList<QPair<QString, IncidentImportSummary>>> imports() const;

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
    /// The incidents of a case: those its rule selects (none without a stored rule) plus the hand-picked ones,
    /// by date.
    Result<QList<StoredIncident>> forCase(qint64 caseId) const;
    /// How many incidents forCase() gives.
    Result<qint64> countForCase(qint64 caseId) const;

private:
    Workspace& m_ws;
};

} // namespace proxima
