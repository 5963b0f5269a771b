#include "core/storage/DeletedRows.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace proxima {
namespace {

// One foreign key of the schema: child.column refers to parent(id).
struct Reference
{
    QString child;
    QString column;
    QString onDelete;     // "CASCADE", "SET NULL", ...
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Every foreign key that refers to a table's id (or its primary key without naming a column), by parent table.
Result<QHash<QString, QList<Reference>>> references(Workspace& ws)
{
    QSqlQuery tables(ws.database());
    if (Status s = sql::exec(tables, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                    "NOT LIKE 'sqlite_%'"));
        !s)
        return s.error();
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QHash<QString, QList<Reference>> byParent;
    for (const QString& child : std::as_const(names)) {
        QSqlQuery keys(ws.database());
        if (Status s = sql::exec(keys, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(child))); !s)
            return s.error();
        while (keys.next()) {
            const QString to = keys.value(QStringLiteral("to")).toString();
            if (!to.isEmpty() && to != QStringLiteral("id"))
                continue;
            byParent[keys.value(QStringLiteral("table")).toString()].append(
                {child, keys.value(QStringLiteral("from")).toString(),
                 keys.value(QStringLiteral("on_delete")).toString().toUpper()});
        }
    }
    return byParent;
}

// The columns that identify a row of a table: its declared primary key, or the rowid.
Result<QStringList> keyColumns(Workspace& ws, const QString& table)
{
    QSqlQuery info(ws.database());
    if (Status s = sql::exec(info, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))); !s)
        return s.error();
    QMap<int, QString> ordered;
    while (info.next()) {
        if (const int pk = info.value(QStringLiteral("pk")).toInt(); pk > 0)
            ordered.insert(pk, info.value(QStringLiteral("name")).toString());
    }
    return ordered.isEmpty() ? QStringList{QStringLiteral("rowid")} : QStringList(ordered.values());
}

QString questionMarks(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<DeletedRows> DeletedRows::capture(Workspace& ws, const QString& table, qint64 id)
{
    auto graph = references(ws);
    if (!graph)
        return graph.error();
    DeletedRows deleted;
    // Breadth first from the deleted row: each step reads the rows referring to the ids of the step before.
    struct Pending
    {
        QString table;
        QVariantList ids;
    };
    auto own = select(ws, table, QStringLiteral("id"), {id});
    if (!own)
        return own.error();
    if (own->values.isEmpty())
        return Error{QCoreApplication::translate("Workspace", "the record to delete no longer exists"), {}, 0, {},
                     ErrorCode::NotFound};
    deleted.m_rows << own.value();
    QList<Pending> queue{{table, {id}}};
    QSet<QString> seen{table + QLatin1Char('#') + QString::number(id)};
    while (!queue.isEmpty()) {
        const Pending step = queue.takeFirst();
        for (const Reference& ref : graph->value(step.table)) {
            const QString in = questionMarks(int(step.ids.size()));
            if (ref.onDelete == QStringLiteral("CASCADE")) {
                auto found = select(ws, ref.child, ref.column, step.ids);
                if (!found)
                    return found.error();
                Rows rows{ref.child, found->columns, {}};
                const int idColumn = int(rows.columns.indexOf(QStringLiteral("id")));
                QVariantList next;
                for (QVariantList& values : found->values) {
                    // A row reached by two references is kept once (by id, or by its values without one).
                    QString key = ref.child + QLatin1Char('#');
                    if (idColumn >= 0) {
                        key += values.at(idColumn).toString();
                    } else {
                        for (const QVariant& value : std::as_const(values))
                            key += value.toString() + QLatin1Char('\x1f');
                    }
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    if (idColumn >= 0)
                        next << values.at(idColumn);
                    rows.values << std::move(values);
                }
                if (!rows.values.isEmpty())
                    deleted.m_rows << rows;
                if (!next.isEmpty())
                    queue.append({ref.child, next});
            } else if (ref.onDelete == QStringLiteral("SET NULL")) {
                auto key = keyColumns(ws, ref.child);
                if (!key)
                    return key.error();
                QStringList selected;
                for (const QString& column : std::as_const(*key))
                    selected << quoted(column);
                QSqlQuery q(ws.database());
                if (Status s = sql::exec(q, QStringLiteral("SELECT %4, %2 FROM %1 WHERE %2 IN (%3)")
                                                .arg(quoted(ref.child), quoted(ref.column), in,
                                                     selected.join(QStringLiteral(", "))),
                                         step.ids);
                    !s)
                    return s.error();
                while (q.next()) {
                    Cleared cleared{ref.child, ref.column, *key, {}, q.value(int(key->size()))};
                    for (int c = 0; c < key->size(); ++c)
                        cleared.key << q.value(c);
                    deleted.m_cleared.append(cleared);
                }
            }
        }
    }
    return deleted;
}

Result<DeletedRows::Rows> DeletedRows::select(Workspace& ws, const QString& table, const QString& column,
                                               const QVariantList& ids)
{
    QSqlQuery q(ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                                    .arg(quoted(table), quoted(column), questionMarks(int(ids.size()))),
                             ids);
        !s)
        return s.error();
    Rows rows{table, {}, {}};
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        rows.columns << record.fieldName(c);
    while (q.next()) {
        QVariantList values;
        for (int c = 0; c < record.count(); ++c)
            values << q.value(c);
        rows.values << values;
    }
    return rows;
}

Status DeletedRows::restore(Workspace& ws) const
{
    // Rows go back in the order read, but a row may refer to one put back later in the same statement list:
    // foreign keys are checked at commit.
    if (Status s = sql::execOn(ws.database(), QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s;
    for (const Rows& rows : m_rows) {
        QStringList columns;
        for (const QString& column : rows.columns)
            columns << quoted(column);
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(quoted(rows.table), columns.join(QStringLiteral(", ")),
                                           questionMarks(int(rows.columns.size())));
        for (const QVariantList& values : rows.values) {
            QSqlQuery q(ws.database());
            if (Status s = sql::exec(q, statement, values); !s)
                return s;
        }
    }
    for (const Cleared& cleared : m_cleared) {
        QStringList where;
        for (const QString& column : cleared.keyColumns)
            where << quoted(column) + QStringLiteral(" = ?");
        QSqlQuery q(ws.database());
        if (Status s = sql::exec(q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                                        .arg(quoted(cleared.table), quoted(cleared.column),
                                             where.join(QStringLiteral(" AND "))),
                                 QVariantList{cleared.value} + cleared.key);
            !s)
            return s;
    }
    return {};
}

int DeletedRows::rowCount() const
{
    int count = 0;
    for (const Rows& rows : m_rows)
        count += int(rows.values.size());
    return count;
}

QVariant DeletedRows::value(const QString& column) const
{
    if (m_rows.isEmpty() || m_rows.first().values.isEmpty())
        return {};
    const int index = int(m_rows.first().columns.indexOf(column));
    return index >= 0 ? m_rows.first().values.first().at(index) : QVariant();
}

} // namespace proxima
