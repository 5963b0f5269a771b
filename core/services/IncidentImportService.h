#pragma once

#include "core/common/Result.h"
#include "core/io/IncidentCsvParser.h"
#include "core/storage/repositories/IncidentImportSummary.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class QIODevice;

namespace proxima {

class Workspace;

/// What importing a file produced: the counts and the parse details (rejected rows, headers, detected format).
struct IncidentFileImport
{
    IncidentImportSummary summary;
    io::IncidentParseResult parse; ///< incidents is empty: valid rows went straight to the database
};

/// Gives the area of an incident (0 = none), e.g. from its position. Without one, imports match the area the
/// source names (Incident::area) to the workspace's areas by name.
using IncidentAreaOf = std::function<qint64(const io::Incident&)>;

/// "Gare (12), Nord (3)": unknown area names with their row counts, for messages.
QString describeUnknownAreas(const QMap<QString, int>& unknownAreas);

/// Imports incidents into a workspace: parses and validates a CSV export, files each row under an area, and stores
/// the valid rows through IncidentBulkInsert, all or nothing, in one transaction. The one import path of the app,
/// proxima-cli, the demo and the tests.
class IncidentImportService
{
public:
    explicit IncidentImportService(Workspace& ws) : m_ws(ws) {}

    /// Stores incidents parsed elsewhere, in one transaction (duplicates by fingerprint are skipped), and records
    /// the import; a row without a valid date fails the whole import.
    Result<IncidentImportSummary> importIncidents(const QList<io::Incident>& incidents, const QString& fileName,
                                                  int rowsRead, int rejected, const IncidentAreaOf& areaOf = {});
    /// Parses a CSV device and stores its valid rows, all in one transaction. With rejected rows and !skipInvalid,
    /// or when progress cancels, nothing is stored (the summary then has importId 0). progress gets (done, total) on
    /// a scale of its own, not in bytes: reading the file fills the first 30 %, storing the rows and rebuilding the
    /// indexes the rest, and done never goes back. Refused inside another write: a refusal is undone by rolling
    /// back the import's own transaction, which a write nested in another does not have.
    Result<IncidentFileImport> importFile(QIODevice* device, const io::IncidentColumnMapping& mapping,
                                          io::IncidentParseOptions options, bool skipInvalid,
                                          const io::IncidentProgress& progress = {}, const IncidentAreaOf& areaOf = {});
    /// Same for a file path.
    Result<IncidentFileImport> importFile(const QString& path, const io::IncidentColumnMapping& mapping,
                                          io::IncidentParseOptions options, bool skipInvalid,
                                          const io::IncidentProgress& progress = {}, const IncidentAreaOf& areaOf = {});

    /// Why a row was rejected, without its line: "column 'date': '31/02/2024' is not a valid date; column ...".
    static QString describeReasons(const io::RejectedRow& row);

private:
    Workspace& m_ws;
};

} // namespace proxima
