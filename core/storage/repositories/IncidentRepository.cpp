#include "core/storage/repositories/IncidentRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

Result<qint64> IncidentRepository::count(const IncidentFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereClause(conditions(filter, bindings));
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM incidents i ") + where, bindings); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<StoredIncident>> IncidentRepository::page(qint64 offset, int limit, const IncidentFilter& filter,
                                                       IncidentOrder order) const
{
    QVariantList bindings;
    const QString where = whereClause(conditions(filter, bindings));
    bindings << limit << offset;
    // The offset is walked in the inner query, which an index covers; only the rows of the page are then read.
    const QString statement = SelectIncidents + QStringLiteral("WHERE i.id IN (SELECT i.id FROM incidents i ") + where
                              + orderClause(order) + QStringLiteral("LIMIT ? OFFSET ?) ") + orderClause(order);
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

Result<QList<StoredIncident>> IncidentRepository::pageAfter(const StoredIncident& last, int limit,
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

Result<StoredIncident> IncidentRepository::find(qint64 id) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, SelectIncidents + QStringLiteral("WHERE i.id = ?"), {id}); !s)
        return s.error();
    if (!q.next())
        return sql::notFound(QCoreApplication::translate("IncidentRepository", "incident %1").arg(id));
    return readIncident(q);
}

Result<QStringList> IncidentRepository::categories() const
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

Result<QList<QPair<QString, IncidentImportSummary>>> IncidentRepository::imports() const
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

Result<CaseIncidentRule> IncidentRepository::rule(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT area_id, categories, date_from, date_to, revision "
                                            "FROM case_incident_rules WHERE case_id = ?"),
                             {caseId});
        !s)
        return s.error();
    CaseIncidentRule rule;
    rule.caseId = caseId;
    if (!q.next())
        return rule;
    rule.areaId = q.value(0).toLongLong();
    for (const QJsonValue& value : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        rule.categories << value.toString();
    rule.from = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    rule.to = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    rule.revision = q.value(4).toInt();
    return rule;
}

Result<CaseIncidentRule> IncidentRepository::setRule(const CaseIncidentRule& rule)
{
    if (rule.from.isValid() && rule.to.isValid() && rule.to < rule.from)
        return Error{QCoreApplication::translate("IncidentRepository", "the period ends before it starts"),
                     {},
                     0,
                     QStringLiteral("period")};
    const Status written = m_ws.write([&]() -> Status {
        Result<CaseIncidentRule> stored = this->rule(rule.caseId);
        if (!stored)
            return stored.error();
        if (stored->revision != rule.revision)
            return sql::conflict(
                QCoreApplication::translate("IncidentRepository", "the incident selection of case %1").arg(rule.caseId),
                stored->revision);
        const QString categories = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(rule.categories)).toJson(QJsonDocument::Compact));
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO case_incident_rules (case_id, area_id, categories, date_from, "
                           "date_to, revision) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(case_id) DO "
                           "UPDATE SET area_id = excluded.area_id, categories = excluded.categories, "
                           "date_from = excluded.date_from, date_to = excluded.date_to, "
                           "revision = case_incident_rules.revision + 1"),
            {rule.caseId, sql::nullable(rule.areaId), categories, sql::nullable(rule.from), sql::nullable(rule.to)});
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("case_incident_rule"), rule.caseId, QStringLiteral("update"),
                              QCoreApplication::translate("IncidentRepository", "incident selection"));
    });
    if (!written)
        return written.error();
    return this->rule(rule.caseId);
}

Status IncidentRepository::removeRule(qint64 caseId, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<CaseIncidentRule> stored = rule(caseId);
        if (!stored)
            return stored.error();
        if (stored->revision == 0)
            return Status{};
        if (stored->revision != expectedRevision)
            return sql::conflict(
                QCoreApplication::translate("IncidentRepository", "the incident selection of case %1").arg(caseId),
                stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM case_incident_rules WHERE case_id = ?"), {caseId}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("case_incident_rule"), caseId, QStringLiteral("delete"),
                              QCoreApplication::translate("IncidentRepository", "incident selection"));
    });
}

Result<QList<qint64>> IncidentRepository::handPicked(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT incident_id FROM case_incidents WHERE case_id = ? "
                                            "ORDER BY incident_id"),
                             {caseId});
        !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status IncidentRepository::setHandPicked(qint64 caseId, const QList<qint64>& incidentIds, bool pick)
{
    return m_ws.write([&]() -> Status {
        for (qint64 id : incidentIds) {
            QSqlQuery q(m_ws.database());
            const QString statement = pick ? QStringLiteral("INSERT OR IGNORE INTO case_incidents (case_id, "
                                                            "incident_id) VALUES (?, ?)")
                                           : QStringLiteral("DELETE FROM case_incidents WHERE case_id = ? AND "
                                                            "incident_id = ?");
            if (Status s = sql::exec(q, statement, {caseId, id}); !s)
                return s;
        }
        return m_ws.logChange(
            QStringLiteral("case_incident"), caseId, pick ? QStringLiteral("pick") : QStringLiteral("unpick"),
            QCoreApplication::translate("IncidentRepository", "%n incident(s)", nullptr, int(incidentIds.size())));
    });
}

namespace {

// "rule part OR hand-picked" for the incidents of a case.
Result<QString> caseCondition(const IncidentRepository& repository, qint64 caseId, QVariantList& bindings)
{
    Result<CaseIncidentRule> rule = repository.rule(caseId);
    if (!rule)
        return rule.error();
    QString condition = QStringLiteral("i.id IN (SELECT incident_id FROM case_incidents WHERE case_id = ?)");
    bindings << caseId;
    if (rule->revision == 0)
        return condition;
    QStringList parts;
    if (rule->areaId > 0) {
        parts << QStringLiteral("i.area_id = ?");
        bindings << rule->areaId;
    }
    if (!rule->categories.isEmpty()) {
        QStringList marks;
        for (const QString& category : std::as_const(rule->categories)) {
            marks << QStringLiteral("?");
            bindings << category;
        }
        parts << QStringLiteral("i.category IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (rule->from.isValid()) {
        parts << QStringLiteral("i.occurred_on >= ?");
        bindings << rule->from.toString(Qt::ISODate);
    }
    if (rule->to.isValid()) {
        parts << QStringLiteral("i.occurred_on <= ?");
        bindings << rule->to.toString(Qt::ISODate);
    }
    const QString rulePart = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return QStringLiteral("(%1) OR (%2)").arg(condition, rulePart);
}

} // namespace

Result<QList<StoredIncident>> IncidentRepository::forCase(qint64 caseId) const
{
    QVariantList bindings;
    Result<QString> condition = caseCondition(*this, caseId, bindings);
    if (!condition)
        return condition.error();
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             SelectIncidents + QStringLiteral("WHERE ") + condition.value() +
                                 QStringLiteral(" ORDER BY i.occurred_on, i.occurred_time, i.id"),
                             bindings);
        !s)
        return s.error();
    QList<StoredIncident> incidents;
    while (q.next())
        incidents.append(readIncident(q));
    return incidents;
}

Result<qint64> IncidentRepository::countForCase(qint64 caseId) const
{
    QVariantList bindings;
    Result<QString> condition = caseCondition(*this, caseId, bindings);
    if (!condition)
        return condition.error();
    QSqlQuery q(m_ws.database());
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM incidents i WHERE ") + condition.value(), bindings);
        !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace proxima
