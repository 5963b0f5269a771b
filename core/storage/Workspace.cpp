#include "core/storage/Workspace.h"

#include "core/storage/Migrator.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/WorkspaceProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace proxima {
namespace {

// How long one attempt waits for another member's write to finish, and how often we try before giving up.
// Reads wait too (a commit locks readers out for a moment) but get no second attempt: with eight processes saving
// nonstop, SQLite's polling busy handler missed every gap between their commits for over 2 s about once in 500
// operations (tests/stress/stress_concurrent_writes), so a reader waits up to 10 s.
constexpr int BusyTimeoutMs = 10000;
constexpr int WriteAttempts = 5;
// Files larger than this skip the quick check at open (it reads every page); `proxima-cli check` still runs it.
constexpr qint64 QuickCheckLimit = 256LL * 1024 * 1024;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("proxima-workspace-%1").arg(++counter);
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

// SQLITE_READONLY and its extended codes (such as SQLITE_READONLY_ROLLBACK: a hot journal on a read-only connection).
bool isReadOnly(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 8;
}

Error openError(const QString& path, const QString& message, ErrorCode code = ErrorCode::Refused)
{
    Error error{message, path, 0, {}};
    error.code = code;
    return error;
}

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(&SystemClock::instance()),
      m_actor(defaultActor())
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Workspace::currentSchemaVersion()
{
    return Migrator::latestVersion();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Workspace::handle() const
{
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

Status Workspace::configureConnection(bool creating)
{
    QSqlDatabase db = database();
    // No WAL: the file may sit on a network share, where WAL's shared memory does not work across hosts.
    // secure_delete: what is deleted (a withdrawn concern, a member who left, secret ballots) is overwritten in the
    // file, not left in free pages where a copy of the shared file would still carry it.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& pragma : pragmas) {
        if (Status s = sql::execOn(db, pragma); !s)
            return s;
    }
    if (creating) {
        if (Status s = sql::execOn(db, QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
            return s;
        if (Status s = sql::execOn(db, QStringLiteral("PRAGMA application_id = %1")
                                           .arg(qint64(WorkspaceProbe::ApplicationId)));
            !s)
            return s;
    }
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QString& name)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return openError(path, QCoreApplication::translate("Workspace", "a file with this name already exists"),
                         ErrorCode::Invalid);
    if (!QFileInfo(info.absolutePath()).isDir())
        return openError(path, QCoreApplication::translate("Workspace", "the folder does not exist"),
                         ErrorCode::Io);

    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    db.setDatabaseName(ws->m_path);
    if (!db.open())
        return openError(path, db.lastError().text(), ErrorCode::Io);
    if (Status s = ws->configureConnection(true); !s)
        return s.error();
    const Status created = ws->write([&]() -> Status {
        if (Status s = Migrator::migrate(ws->database(), 0); !s)
            return s;
        if (Status s = ws->setMeta(QStringLiteral("name"), name.isEmpty() ? info.completeBaseName() : name); !s)
            return s;
        if (Status s = ws->setMeta(QStringLiteral("created_at"), ws->clock().now().toString(Qt::ISODate)); !s)
            return s;
        return ws->setMeta(QStringLiteral("created_by_app_version"), QStringLiteral(PROXIMA_VERSION));
    });
    if (!created) {
        db.close();
        QFile::remove(ws->m_path);
        return created.error();
    }
    return ws;
}

namespace {

// Rolls back the transaction of a writer that died halfway (a hot journal), as SQLite does on the first read of a
// read-write connection. This restores the last committed state, the only consistent one, and is the one change a
// read-only open makes: a read-only connection cannot read such a file at all.
Status rollBackHotJournal(const QString& path, const QString& absolute)
{
    const QString name = newConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            result = openError(path, db.lastError().text(), ErrorCode::Io);
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && !sql::isBusy(query.lastError()))
                result = openError(path, QCoreApplication::translate("Workspace",
                                                                     "the workspace file is damaged (%1); restore a "
                                                                     "backup copy.")
                                             .arg(query.lastError().text()));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Everything about a file that can be judged without writing a byte of it: the header, a quick check of its pages
// (small files) and whether its tables are those of the schema version it states.
Result<ProbeInfo> inspectReadOnly(const QString& path, const QString& absolute, bool journalRolledBack = false)
{
    Result<ProbeInfo> probe = WorkspaceProbe::inspect(path, Workspace::currentSchemaVersion());
    if (!probe)
        return probe;
    const QString checkName = newConnectionName();
    Status verdict;
    bool hotJournal = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        check.setDatabaseName(absolute);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!check.open()) {
            verdict = openError(path, check.lastError().text());
        } else {
            QSqlQuery query(check);
            const QString sql = probe->fileSize <= QuickCheckLimit ? QStringLiteral("PRAGMA quick_check(1)")
                                                                   : QStringLiteral("SELECT 'ok' FROM sqlite_master");
            if (query.exec(sql) && query.next()) {
                const QString problem = query.value(0).toString();
                if (problem != QStringLiteral("ok"))
                    verdict = openError(path, QCoreApplication::translate("Workspace",
                                                                          "the workspace file is damaged (%1). It was "
                                                                          "left untouched; restore a backup copy.")
                                                  .arg(problem));
            } else if (isReadOnly(query.lastError())) {
                hotJournal = true; // a writer died halfway: not damage, but unreadable until rolled back
            } else if (!sql::isBusy(query.lastError())) { // a busy file is not a damaged one
                verdict = openError(path, QCoreApplication::translate("Workspace",
                                                                      "the workspace file is damaged (%1). It was "
                                                                      "left untouched; restore a backup copy.")
                                              .arg(query.lastError().text()));
            }
            query.finish();
            if (verdict && !hotJournal) {
                if (Status tables = Migrator::checkTables(check, probe->userVersion); !tables)
                    verdict = openError(path, tables.error().message);
            }
            check.close();
        }
    }
    QSqlDatabase::removeDatabase(checkName);
    if (hotJournal && !journalRolledBack) {
        if (Status s = rollBackHotJournal(path, absolute); !s)
            return s.error();
        return inspectReadOnly(path, absolute, true);
    }
    if (hotJournal)
        return openError(path, QCoreApplication::translate("Workspace",
                                                           "the workspace file could not be read after rolling back "
                                                           "an interrupted write; restore a backup copy."));
    if (!verdict)
        return verdict.error();
    return probe;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<ProbeInfo> probe = inspectReadOnly(path, absolute);
    if (!probe)
        return probe.error();
    const int latest = currentSchemaVersion();
    const bool older = probe->userVersion < latest;
    if (older && mode == OpenMode::ReadWrite)
        return openError(path,
                         QCoreApplication::translate("Workspace",
                                                     "this workspace has the schema of an older Proxima (version %1; "
                                                     "this one uses %2). Upgrade it first with \"proxima-cli upgrade "
                                                     "FILE\" or by opening it in the app, which asks; members still "
                                                     "on the older version will not be able to open it afterwards.")
                             .arg(probe->userVersion)
                             .arg(latest),
                         ErrorCode::NeedsUpgrade);

    std::unique_ptr<Workspace> ws(new Workspace(absolute, newConnectionName()));
    ws->m_readOnly = mode == OpenMode::ReadOnly;
    ws->m_fileVersion = probe->userVersion;
    if (ws->m_readOnly && older) {
        if (Status s = ws->loadUpgradedCopy(absolute, probe->userVersion); !s)
            return openError(path, s.error().message, s.error().code);
        return ws;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    db.setDatabaseName(absolute);
    if (ws->m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return openError(path, db.lastError().text(), ErrorCode::Io);
    if (Status s = ws->configureConnection(false); !s)
        return s.error();
    return ws;
}

Status Workspace::loadUpgradedCopy(const QString& file, int fromVersion)
{
    // The file is copied page by page into memory with SQLite's backup API and upgraded there, so that reading an
    // older workspace never changes it.
    QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    memory.setDatabaseName(QStringLiteral(":memory:"));
    if (!memory.open())
        return Error{memory.lastError().text(), {}, 0, {}, ErrorCode::Io};
    const QString sourceName = newConnectionName();
    Status copied;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
        source.setDatabaseName(file);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!source.open()) {
            copied = Error{source.lastError().text(), {}, 0, {}, ErrorCode::Io};
        } else {
            sqlite3* from = *static_cast<sqlite3* const*>(source.driver()->handle().data());
            sqlite3_backup* backup = sqlite3_backup_init(handle(), "main", from, "main");
            int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(handle());
            if (backup)
                sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                copied = Error{QString::fromUtf8(sqlite3_errstr(rc)), {}, 0, {}, ErrorCode::Io};
            source.close();
        }
    }
    QSqlDatabase::removeDatabase(sourceName);
    if (!copied)
        return copied;
    if (Status s = sql::execOn(memory, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    // Not through write(): that would stamp the copy with this reader as its last writer, and the copy must say who
    // really wrote the file last (the app's upgrade question names them).
    if (Status s = sql::execOn(memory, QStringLiteral("BEGIN")); !s)
        return s;
    if (Status s = Migrator::migrate(memory, fromVersion); !s) {
        static_cast<void>(sql::execOn(memory, QStringLiteral("ROLLBACK")));
        return s;
    }
    return sql::execOn(memory, QStringLiteral("COMMIT"));
}

Result<SchemaUpgrade> Workspace::upgrade(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<ProbeInfo> probe = inspectReadOnly(path, absolute);
    if (!probe)
        return probe.error();
    SchemaUpgrade done{probe->userVersion, currentSchemaVersion(), {}};
    if (done.from >= done.to)
        return done;
    // Keep the old file as it was before upgrading its schema.
    done.backup = absolute + QStringLiteral(".schema%1.bak").arg(done.from);
    if (!QFile::exists(done.backup) && !QFile::copy(absolute, done.backup))
        return openError(path, QCoreApplication::translate("Workspace", "could not write the backup copy %1 before upgrading")
                                   .arg(done.backup),
                         ErrorCode::Io);

    std::unique_ptr<Workspace> ws(new Workspace(absolute, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    db.setDatabaseName(absolute);
    if (!db.open())
        return openError(path, db.lastError().text(), ErrorCode::Io);
    if (Status s = ws->configureConnection(false); !s)
        return s.error();
    const Status upgraded = ws->write([&]() -> Status {
        // Re-read inside the lock: another member may have upgraded the file meanwhile.
        QSqlQuery query(ws->database());
        int now = done.from;
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            now = query.value(0).toInt();
        // An unfinished statement would make SQLite refuse a migration that drops a table.
        query.finish();
        return Migrator::migrate(ws->database(), now);
    });
    if (!upgraded)
        return openError(path, upgraded.error().message, upgraded.error().code);
    return done;
}

QString Workspace::name() const
{
    const QString stored = meta(QStringLiteral("name"));
    return stored.isEmpty() ? QFileInfo(m_path).completeBaseName() : stored;
}

Status Workspace::write(const std::function<Status()>& work)
{
    if (m_readOnly)
        return Error{QCoreApplication::translate("Workspace", "the workspace %1 was opened read-only").arg(m_path),
                     m_path, 0, {}, ErrorCode::Refused};
    if (m_inWrite)
        return work(); // nested: part of the enclosing transaction
    QSqlDatabase db = database();
    bool begun = false;
    QSqlError lastError;
    for (int attempt = 0; attempt < WriteAttempts && !begun; ++attempt) {
        QSqlQuery begin(db);
        begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            lastError = begin.lastError();
            if (!sql::isBusy(lastError))
                return sql::toError(lastError, QStringLiteral("BEGIN"));
            QThread::msleep(50 * (attempt + 1));
        }
    }
    if (!begun)
        return sql::toError(lastError, QStringLiteral("BEGIN"));

    m_inWrite = true;
    Status result = work();
    if (result)
        result = setMeta(QStringLiteral("last_writer"), m_actor);
    if (result)
        result = setMeta(QStringLiteral("last_written_at"), m_clock->now().toString(Qt::ISODate));
    if (result)
        result = setMeta(QStringLiteral("last_app_version"), QStringLiteral(PROXIMA_VERSION));
    m_inWrite = false;

    if (result) {
        for (int attempt = 0; attempt < WriteAttempts; ++attempt) {
            QSqlQuery commit(db);
            if (commit.exec(QStringLiteral("COMMIT")))
                return {};
            lastError = commit.lastError();
            if (!sql::isBusy(lastError))
                break;
            QThread::msleep(50 * (attempt + 1));
        }
        result = sql::toError(lastError, QStringLiteral("COMMIT"));
    }
    QSqlQuery rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Status Workspace::logChange(const QString& entity, qint64 entityId, const QString& action, const QString& summary)
{
    QSqlQuery query(database());
    return sql::exec(query,
                     QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_id, action, summary) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {m_clock->now().toString(Qt::ISODateWithMs), m_actor, entity, sql::nullable(entityId), action,
                      summary});
}

QString Workspace::meta(const QString& key) const
{
    QSqlQuery query(database());
    if (!sql::exec(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) || !query.next())
        return {};
    return query.value(0).toString();
}

Status Workspace::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(database());
    return sql::exec(query,
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

qint64 Workspace::dataVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Result<QStringList> Workspace::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::toError(query.lastError(), QStringLiteral("integrity check"));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    QSqlQuery fk(database());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << QCoreApplication::translate("Workspace", "table %1 row %2 refers to a missing %3 record")
                            .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    return problems;
}

Result<QList<QPair<QString, qint64>>> Workspace::recordCounts() const
{
    QSqlQuery tables(database());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name NOT IN ('meta', 'change_log') AND name NOT LIKE '%_fts%' ORDER BY name")))
        return sql::toError(tables.lastError(), QStringLiteral("record count"));
    QList<QPair<QString, qint64>> counts;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(database());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !count.next())
            return sql::toError(count.lastError(), QStringLiteral("record count"));
        counts.append({table, count.value(0).toLongLong()});
    }
    QSqlQuery log(database());
    if (log.exec(QStringLiteral("SELECT count(*) FROM change_log")) && log.next())
        counts.append({QStringLiteral("changes"), log.value(0).toLongLong()});
    return counts;
}

} // namespace proxima
