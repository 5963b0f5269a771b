#pragma once

#include "core/common/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace proxima {

/// One schema step: migrations/NNNN_name.sql, applied in order, never edited once released.
struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

/// Applies the numbered SQL migrations bundled as resources under :/migrations.
class Migrator
{
public:
    /// All migrations in order of version.
    static QList<Migration> migrations();
    /// The highest version known.
    static int latestVersion();
    /// Splits a script into complete SQL statements (triggers and quoted semicolons kept whole).
    static QStringList splitStatements(const QString& script);
    /// Applies every migration above fromVersion; call inside a transaction. Sets user_version.
    static Status migrate(const QSqlDatabase& db, int fromVersion);
    /// The tables a file of this schema version holds, replayed from the migrations' CREATE, DROP and RENAME.
    static QSet<QString> tablesOf(int version);
    /// Checks that a file's tables are those of its stated schema version, so that a damaged version number is
    /// caught before any migration runs (the error's message is plain; the caller adds the file).
    static Status checkTables(const QSqlDatabase& db, int version);
};

} // namespace proxima
