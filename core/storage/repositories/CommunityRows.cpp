#include "core/storage/repositories/CommunityRows.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace proxima::community {

std::optional<double> optionalReal(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant nullableReal(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

Error fieldError(const QString& message, const QString& field)
{
    return Error{message, {}, 0, field};
}

Status requireRow(Workspace& ws, const QString& table, qint64 id, const QString& field, const QString& what)
{
    if (id <= 0)
        return {};
    QSqlQuery q(ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}); !s)
        return s;
    if (q.next())
        return {};
    Error e = fieldError(QCoreApplication::translate("CommunityRows", "%1 %2 does not exist").arg(what).arg(id),
                         field);
    e.code = ErrorCode::NotFound;
    return e;
}

Status requireRows(Workspace& ws, const QString& table, const QList<qint64>& ids, const QString& field,
                   const QString& what)
{
    for (qint64 id : ids) {
        if (Status s = requireRow(ws, table, id, field, what); !s)
            return s;
    }
    return {};
}

Status rewriteLinks(Workspace& ws, const QString& table, const QString& parentColumn, const QString& childColumn,
                    qint64 parentId, const QList<qint64>& childIds)
{
    QSqlQuery clear(ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn), {parentId});
        !s)
        return s;
    QSet<qint64> written;
    for (qint64 child : childIds) {
        if (child <= 0 || written.contains(child))
            continue;
        written.insert(child);
        QSqlQuery q(ws.database());
        if (Status s = sql::exec(q, QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                        .arg(table, parentColumn, childColumn),
                                 {parentId, child});
            !s)
            return s;
    }
    return {};
}

QVariant childId(Workspace& ws, const QString& table, qint64 id)
{
    if (id <= 0)
        return sql::nullable(qint64(0));
    QSqlQuery q(ws.database());
    if (sql::exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}) && !q.next())
        return id;
    return sql::nullable(qint64(0));
}

} // namespace proxima::community
