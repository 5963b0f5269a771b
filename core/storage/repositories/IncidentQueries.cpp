#include "core/storage/repositories/IncidentQueries.h"

#include "core/storage/repositories/CaseIncidentQueries.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectIncidents = QStringLiteral(
    "SELECT i.id, i.reference, i.occurred_on, i.occurred_time, i.category, i.address, i.lat, i.lon, i.x, i.y, "
    "i.description, i.area_id, a.name, i.import_id, i.fingerprint FROM incidents i "
    "LEFT JOIN areas a ON a.id = i.area_id ");

std::optional<double> optionalReal(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

StoredIncident readIncident(const QSqlQuery& q)
{
    StoredIncident s;
    s.id = q.value(0).toLongLong();
    io::Incident& i = s.incident;
    i.reference = q.value(1).toString();
    i.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    if (!q.value(3).isNull())
        i.time = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    i.category = q.value(4).toString();
    i.address = q.value(5).toString();
    i.latitude = optionalReal(q.value(6));
    i.longitude = optionalReal(q.value(7));
    i.x = optionalReal(q.value(8));
    i.y = optionalReal(q.value(9));
    i.description = q.value(10).toString();
    s.areaId = q.value(11).toLongLong();
    s.areaName = q.value(12).toString();
    s.importId = q.value(13).toLongLong();
    i.fingerprint = q.value(14).toString().toLatin1();
    return s;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The conditions of a filter, joined with AND; bindings appended in order.
QStringList conditions(const IncidentFilter& f, QVariantList& bindings)
{
    QStringList where;
    if (!f.category.isEmpty()) {
        where << QStringLiteral("i.category = ?");
        bindings << f.category;
    }
    if (f.areaId > 0) {
        where << QStringLiteral("i.area_id = ?");
        bindings << f.areaId;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("i.occurred_on >= ?");
        bindings << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("i.occurred_on <= ?");
        bindings << f.to.toString(Qt::ISODate);
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(i.reference LIKE ? ESCAPE '\\' OR i.address LIKE ? ESCAPE '\\' OR "
                                "i.category LIKE ? ESCAPE '\\' OR i.description LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(f.text.trimmed());
        bindings << pattern << pattern << pattern << pattern;
    }
    return where;
}

QString whereClause(const QStringList& where)
{
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
}

QString orderClause(IncidentOrder order)
{
    switch (order) {
    case IncidentOrder::DateAscending:
        return QStringLiteral("ORDER BY i.occurred_on, i.id ");
    case IncidentOrder::DateDescending:
        return QStringLiteral("ORDER BY i.occurred_on DESC, i.id DESC ");
    case IncidentOrder::CategoryAscending:
        return QStringLiteral("ORDER BY i.category, i.occurred_on, i.id ");
    case IncidentOrder::CategoryDescending:
        return QStringLiteral("ORDER BY i.category DESC, i.occurred_on DESC, i.id DESC ");
    }
    return {};
}

} // namespace

Result<qint64> IncidentQueries::count(const IncidentFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereClause(conditions(filter, bindings));
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM incidents i ") + where, bindings); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<StoredIncident>> IncidentQueries::page(qint64 offset, int limit, const IncidentFilter& filter,
                                                    IncidentOrder order) const
{
    QVariantList bindings;
    const QString where = whereClause(conditions(filter, bindings));
    bindings << limit << offset;
    // The offset is walked in the inner query, which an index covers; only the rows of the page are then read.
    const QString statement = SelectIncidents + QStringLiteral("WHERE i.id IN (SELECT i.id FROM incidents i ") + where +
                              orderClause(order) + QStringLiteral("LIMIT ? OFFSET ?) ") + orderClause(order);
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, bindings); !s)
        return s.error();
    QList<StoredIncident> incidents;
    incidents.reserve(limit);
    while (q.next())
        incidents.append(readIncident(q));
    return incidents;
}

Result<QList<StoredIncident>> IncidentQueries::pageAfter(const StoredIncident& last, int limit,
                                                         const IncidentFilter& filter, IncidentOrder order) const
{
    QVariantList bindings;
    QStringList where = conditions(filter, bindings);
    const QString date = last.incident.date.toString(Qt::ISODate);
    switch (order) {
    case IncidentOrder::DateAscending:
    case IncidentOrder::DateDescending:
        where << (order == IncidentOrder::DateAscending ? QStringLiteral("(i.occurred_on, i.id) > (?, ?)")
                                                        : QStringLiteral("(i.occurred_on, i.id) < (?, ?)"));
        bindings << date << last.id;
        break;
    case IncidentOrder::CategoryAscending:
    case IncidentOrder::CategoryDescending:
        where << (order == IncidentOrder::CategoryAscending
                      ? QStringLiteral("(i.category, i.occurred_on, i.id) > (?, ?, ?)")
                      : QStringLiteral("(i.category, i.occurred_on, i.id) < (?, ?, ?)"));
        bindings << last.incident.category << date << last.id;
        break;
    }
    bindings << limit;
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectIncidents + whereClause(where) + orderClause(order) + QStringLiteral("LIMIT ?"),
                             bindings);
        !s)
        return s.error();
    QList<StoredIncident> incidents;
    incidents.reserve(limit);
    while (q.next())
        incidents.append(readIncident(q));
    return incidents;
}

Result<StoredIncident> IncidentQueries::find(qint64 id) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, SelectIncidents + QStringLiteral("WHERE i.id = ?"), {id}); !s)
        return s.error();
    if (!q.next())
        // The context the French and Dutch translations were made under.
        return sql::notFound(QCoreApplication::translate("IncidentRepository", "incident %1").arg(id));
    return readIncident(q);
}

Result<QStringList> IncidentQueries::categories() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT DISTINCT category FROM incidents ORDER BY category")); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QList<QPair<QString, IncidentImportSummary>>> IncidentQueries::imports() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, file_name, rows_read, rows_imported, rows_already, "
                                               "rows_rejected FROM incident_imports ORDER BY id DESC"));
        !s)
        return s.error();
    QList<QPair<QString, IncidentImportSummary>> list;
    while (q.next()) {
        IncidentImportSummary summary;
        summary.importId = q.value(0).toLongLong();
        summary.rowsRead = q.value(2).toInt();
        summary.imported = q.value(3).toInt();
        summary.alreadyPresent = q.value(4).toInt();
        summary.rejected = q.value(5).toInt();
        list.append({q.value(1).toString(), summary});
    }
    return list;
}

Result<QList<StoredIncident>> IncidentQueries::forCase(qint64 caseId) const
{
    const auto condition = CaseIncidentQueries(m_ws).linkCondition(caseId);
    if (!condition)
        return condition.error();
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             SelectIncidents + QStringLiteral("WHERE ") + condition->first +
                                 QStringLiteral(" ORDER BY i.occurred_on, i.occurred_time, i.id"),
                             condition->second);
        !s)
        return s.error();
    QList<StoredIncident> incidents;
    while (q.next())
        incidents.append(readIncident(q));
    return incidents;
}

Result<qint64> IncidentQueries::countForCase(qint64 caseId) const
{
    const auto condition = CaseIncidentQueries(m_ws).linkCondition(caseId);
    if (!condition)
        return condition.error();
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM incidents i WHERE ") + condition->first,
                             condition->second);
        !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace proxima
