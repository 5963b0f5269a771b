#include "core/storage/Migrator.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace proxima {

QList<Migration> Migrator::migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([A-Za-z0-9_]+)\.sql$)"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile source(dir.filePath(file));
            if (!source.open(QIODevice::ReadOnly))
                continue;
            list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrator::splitStatements(const QString& script)
{
    // sqlite3_complete() knows SQLite's grammar for statement ends (quotes, comments, CREATE TRIGGER ... END;).
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        pending += line + QLatin1Char('\n');
        const QByteArray utf8 = pending.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = pending.trimmed();
            if (!statement.isEmpty() && statement != QStringLiteral(";"))
                statements << statement;
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

Status Migrator::migrate(const QSqlDatabase& db, int fromVersion)
{
    for (const Migration& migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        for (const QString& statement : splitStatements(migration.script)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                Error error = sql::toError(query.lastError(),
                                           QStringLiteral("migration %1 (%2)").arg(migration.version).arg(migration.name));
                return error;
            }
        }
        if (Status s = sql::execOn(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !s)
            return s;
    }
    return {};
}

} // namespace proxima
