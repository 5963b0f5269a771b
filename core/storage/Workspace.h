#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace proxima {

/// How a workspace is opened.
enum class OpenMode {
    ReadWrite, ///< the file must have this version's schema; an older one is refused until it is upgraded
    ReadOnly,  ///< nothing is ever written to the file; an older schema is upgraded in a copy in memory
};

/// What upgrading a workspace file did.
struct SchemaUpgrade
{
    int from = 0;   ///< the file's schema version before
    int to = 0;     ///< after (this version's schema)
    QString backup; ///< the copy kept of the file as it was (empty when there was nothing to upgrade)
};

/// One open workspace: a single SQLite file shared by the members of a CoPmittee.
/// Every write goes through write(): a short BEGIN IMMEDIATE transaction, retried while another member writes.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Creates a new workspace file; refuses to overwrite an existing non-empty file.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& name = {});
    /// Opens an existing workspace; refuses foreign, damaged and newer files without changing a byte of them. A file of
    /// an older schema opens read-only; read-write it is refused (ErrorCode::NeedsUpgrade) until upgrade() is called,
    /// since members still on the older version could not open it any more.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    /// Upgrades a workspace of an older schema in place, after a backup copy FILE.schemaN.bak: the explicit step.
    static Result<SchemaUpgrade> upgrade(const QString& path);

    /// The schema version this build writes (the highest migration number).
    static int currentSchemaVersion();

    QString path() const { return m_path; }
    /// True when opened with OpenMode::ReadOnly: every write() is refused.
    bool isReadOnly() const { return m_readOnly; }
    /// The schema version of the file itself: below currentSchemaVersion() for an older file opened read-only.
    int fileSchemaVersion() const { return m_fileVersion; }
    /// The workspace's name (set at creation; the file name when none).
    QString name() const;
    QSqlDatabase database() const;
    /// The raw SQLite handle of the connection, for bulk work; owned by the connection.
    sqlite3* handle() const;

    const Clock& clock() const { return *m_clock; }
    /// Uses another clock (not owned; must outlive the workspace).
    void setClock(const Clock* clock) { m_clock = clock ? clock : &SystemClock::instance(); }
    /// Who is writing (recorded in the change log and as the last writer).
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    /// Runs work inside one write transaction; commits when it returns ok, rolls back otherwise.
    Status write(const std::function<Status()>& work);
    /// Appends an entry to the change log; call inside write().
    Status logChange(const QString& entity, qint64 entityId, const QString& action, const QString& summary);

    /// A value from the meta table (empty when absent).
    QString meta(const QString& key) const;
    /// Sets a value in the meta table; call inside write().
    Status setMeta(const QString& key, const QString& value);

    /// SQLite's data_version: changes whenever another connection commits to the file.
    qint64 dataVersion() const;
    /// Runs SQLite's integrity check; the list of problems is empty when the file is sound.
    Result<QStringList> integrityCheck() const;
    /// Number of rows in each user table, keyed by table name (the record kinds of the workspace).
    Result<QList<QPair<QString, qint64>>> recordCounts() const;

private:
    Workspace(QString path, QString connectionName);
    Status configureConnection(bool creating);
    Status loadUpgradedCopy(const QString& file, int fromVersion);

    QString m_path;
    QString m_connectionName;
    const Clock* m_clock;
    QString m_actor;
    bool m_inWrite = false;
    bool m_readOnly = false;
    int m_fileVersion = 0;
};

} // namespace proxima
