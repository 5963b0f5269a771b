#include "core/storage/Migrator.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

QSet<QString> Migrator::tablesOf(int version)
{
    static const QRegularExpression create(
        QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`\[]?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral(R"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?["`\[]?(\w+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(
        QStringLiteral(R"(^\s*ALTER\s+TABLE\s+["`\[]?(\w+)["`\]]?\s+RENAME\s+TO\s+["`\[]?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> tables;
    for (const Migration& migration : migrations()) {
        if (migration.version > version)
            break;
        for (const QString& statement : splitStatements(migration.script)) {
            // Comments before a statement belong to it: drop them so the patterns see the keyword first.
            QString code;
            for (const QString& line : statement.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    code += line + QLatin1Char('\n');
            }
            if (const auto created = create.match(code); created.hasMatch()) {
                tables.insert(created.captured(1).toLower());
            } else if (const auto dropped = drop.match(code); dropped.hasMatch()) {
                tables.remove(dropped.captured(1).toLower());
            } else if (const auto renamed = rename.match(code); renamed.hasMatch()) {
                tables.remove(renamed.captured(1).toLower());
                tables.insert(renamed.captured(2).toLower());
            }
        }
    }
    return tables;
}

Status Migrator::checkTables(const QSqlDatabase& db, int version)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return sql::toError(query.lastError(), QStringLiteral("sqlite_master"));
    QSet<QString> present;
    while (query.next())
        present.insert(query.value(0).toString().toLower());
    const QSet<QString> expected = tablesOf(version);
    QStringList missing = (expected - present).values();
    // Tables of later versions betray a damaged version number; other tables of the user's own are left alone.
    QStringList extra = ((present - expected) & tablesOf(latestVersion())).values();
    missing.sort();
    extra.sort();
    if (missing.isEmpty() && extra.isEmpty())
        return {};
    const QString which = !extra.isEmpty()
        ? QCoreApplication::translate("Workspace", "it holds the table \"%1\", which that version does not have")
              .arg(extra.first())
        : QCoreApplication::translate("Workspace", "the table \"%1\" of that version is missing").arg(missing.first());
    Error error{QCoreApplication::translate("Workspace",
                                            "the workspace file is damaged: it says it has schema version %1, but %2. "
                                            "It was left untouched; restore a backup copy.")
                    .arg(version)
                    .arg(which),
                {}, 0, {}};
    error.code = ErrorCode::Refused;
    return error;
}

} // namespace proxima
