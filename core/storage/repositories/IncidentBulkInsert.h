#pragma once

#include "common/Result.h"
#include "io/Incident.h"

#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace proxima {

class Workspace;

/// Inserts incidents through one prepared statement on the raw SQLite handle (INSERT OR IGNORE on the
/// fingerprint). Use inside Workspace::write(): it neither begins nor commits.
class IncidentBulkInsert
{
public:
    explicit IncidentBulkInsert(Workspace& ws);
    ~IncidentBulkInsert();
    IncidentBulkInsert(const IncidentBulkInsert&) = delete;
    IncidentBulkInsert& operator=(const IncidentBulkInsert&) = delete;

    /// Prepares the statement and records the import (file name, time, actor); call once first. For a large
    /// import (expectedRows well above the rows stored) the secondary indexes are dropped and rebuilt by finish(),
    /// which is faster than keeping them up to date row by row; a rollback brings them back unchanged.
    Status start(const QString& fileName, qint64 expectedRows = 0);
    /// Inserts one incident; true in *inserted when it was new (false: same fingerprint already stored).
    Status insert(const io::Incident& incident, qint64 areaId, bool* inserted);
    /// Writes the counts into the import record and logs the import.
    Status finish(int rowsRead, int imported, int alreadyPresent, int rejected);

    qint64 importId() const { return m_importId; }

private:
    Error sqliteError(const char* context) const;

    Workspace& m_ws;
    sqlite3* m_db;
    sqlite3_stmt* m_insert = nullptr;
    qint64 m_importId = 0;
    QString m_fileName;
    int m_previousCacheKiB = 0;
    QStringList m_droppedIndexes;   // CREATE INDEX statements to run again in finish()
};

} // namespace proxima
