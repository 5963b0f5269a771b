#include "storage/repositories/IncidentBulkInsert.h"

#include "storage/SqlSupport.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace proxima {
namespace {

// A larger page cache keeps the fingerprint index in memory while a big file goes in (random keys).
constexpr int ImportCacheKiB = 64 * 1024;
// From this many rows on, rebuilding the secondary indexes after the inserts beats maintaining them.
constexpr qint64 BulkIndexRows = 50000;

void digits(char* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    // UTF-16 straight from the QString: no intermediate UTF-8 copy; the text outlives the step.
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

int bindReal(sqlite3_stmt* statement, int index, const std::optional<double>& value)
{
    return value ? sqlite3_bind_double(statement, index, *value) : sqlite3_bind_null(statement, index);
}

} // namespace

IncidentBulkInsert::IncidentBulkInsert(Workspace& ws) : m_ws(ws), m_db(ws.handle()) {}

IncidentBulkInsert::~IncidentBulkInsert()
{
    sqlite3_finalize(m_insert);
    if (m_previousCacheKiB != 0) {
        QSqlQuery q(m_ws.database());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheKiB));
    }
}

Error IncidentBulkInsert::sqliteError(const char* context) const
{
    Error error;
    error.message = QCoreApplication::translate("Workspace", "%1 failed: %2")
                        .arg(QString::fromLatin1(context), QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int code = sqlite3_errcode(m_db) & 0xff;
    error.code = (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? ErrorCode::Busy : ErrorCode::Internal;
    return error;
}

Status IncidentBulkInsert::start(const QString& fileName, qint64 expectedRows)
{
    if (!m_db)
        return Error{QCoreApplication::translate("Workspace", "the workspace has no open database"), {}, 0, {}};
    m_fileName = fileName;
    QSqlQuery cache(m_ws.database());
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
        m_previousCacheKiB = cache.value(0).toInt();
        if (m_previousCacheKiB == 0)
            m_previousCacheKiB = -2000; // SQLite's default
        cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
    }
    if (expectedRows >= BulkIndexRows) {
        QSqlQuery stored(m_ws.database());
        if (Status s = sql::exec(stored, QStringLiteral("SELECT COUNT(*) FROM incidents")); !s)
            return s;
        const qint64 present = stored.next() ? stored.value(0).toLongLong() : 0;
        stored.finish();   // a statement still reading would make DROP INDEX fail with "table is locked"
        if (expectedRows > present) {
            QSqlQuery indexes(m_ws.database());
            if (Status s = sql::exec(indexes, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                             "AND tbl_name = 'incidents' AND sql IS NOT NULL"));
                !s)
                return s;
            QStringList names;
            while (indexes.next()) {
                names << indexes.value(0).toString();
                m_droppedIndexes << indexes.value(1).toString();
            }
            indexes.finish();
            for (const QString& name : std::as_const(names)) {
                QSqlQuery drop(m_ws.database());
                if (Status s = sql::exec(drop, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
                    return s;
            }
        }
    }
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO incident_imports (file_name, imported_at, actor) "
                                            "VALUES (?, ?, ?)"),
                             {fileName, m_ws.clock().now().toString(Qt::ISODateWithMs), m_ws.actor()});
        !s)
        return s;
    m_importId = q.lastInsertId().toLongLong();
    const char* statement = "INSERT OR IGNORE INTO incidents (fingerprint, reference, occurred_on, occurred_time, "
                            "category, address, lat, lon, x, y, description, area_id, import_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v3(m_db, statement, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return sqliteError("INSERT INTO incidents");
    sqlite3_bind_int64(m_insert, 13, m_importId);
    return {};
}

Status IncidentBulkInsert::insert(const io::Incident& incident, qint64 areaId, bool* inserted)
{
    if (!incident.date.isValid())
        return Error{QCoreApplication::translate("Workspace", "an incident needs a valid date"), m_fileName,
                     incident.sourceLine, QStringLiteral("date")};
    const QByteArray fingerprint =
        incident.fingerprint.isEmpty() ? io::incidentFingerprint(incident) : incident.fingerprint;
    char date[10];
    const QDate d = incident.date;
    digits(date, d.year(), 4);
    date[4] = '-';
    digits(date + 5, d.month(), 2);
    date[7] = '-';
    digits(date + 8, d.day(), 2);
    char time[5];
    if (incident.time) {
        digits(time, incident.time->hour(), 2);
        time[2] = ':';
        digits(time + 3, incident.time->minute(), 2);
    }
    sqlite3_stmt* s = m_insert;
    int rc = sqlite3_bind_text(s, 1, fingerprint.constData(), int(fingerprint.size()), SQLITE_STATIC);
    rc |= bindText(s, 2, incident.reference);
    rc |= sqlite3_bind_text(s, 3, date, 10, SQLITE_STATIC);
    rc |= incident.time ? sqlite3_bind_text(s, 4, time, 5, SQLITE_STATIC) : sqlite3_bind_null(s, 4);
    rc |= bindText(s, 5, incident.category);
    rc |= bindText(s, 6, incident.address);
    rc |= bindReal(s, 7, incident.latitude);
    rc |= bindReal(s, 8, incident.longitude);
    rc |= bindReal(s, 9, incident.x);
    rc |= bindReal(s, 10, incident.y);
    rc |= bindText(s, 11, incident.description);
    rc |= areaId > 0 ? sqlite3_bind_int64(s, 12, areaId) : sqlite3_bind_null(s, 12);
    if (rc != SQLITE_OK)
        return sqliteError("INSERT INTO incidents");
    const int stepped = sqlite3_step(s);
    sqlite3_reset(s);
    if (stepped != SQLITE_DONE)
        return sqliteError("INSERT INTO incidents");
    *inserted = sqlite3_changes(m_db) > 0;
    return {};
}

Status IncidentBulkInsert::finish(int rowsRead, int imported, int alreadyPresent, int rejected)
{
    for (const QString& create : std::as_const(m_droppedIndexes)) {
        QSqlQuery index(m_ws.database());
        if (Status s = sql::exec(index, create); !s)
            return s;
    }
    m_droppedIndexes.clear();
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE incident_imports SET rows_read = ?, rows_imported = ?, "
                                            "rows_already = ?, rows_rejected = ? WHERE id = ?"),
                             {rowsRead, imported, alreadyPresent, rejected, m_importId});
        !s)
        return s;
    return m_ws.logChange(QStringLiteral("incident_import"), m_importId, QStringLiteral("create"),
                          QCoreApplication::translate("Workspace", "%1: %2 incidents imported, %3 already present")
                              .arg(m_fileName)
                              .arg(imported)
                              .arg(alreadyPresent));
}

} // namespace proxima
