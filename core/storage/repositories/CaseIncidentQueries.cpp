#include "core/storage/repositories/CaseIncidentQueries.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace proxima {

Result<QPair<QString, QVariantList>> CaseIncidentQueries::linkCondition(qint64 caseId) const
{
    QString condition = QStringLiteral("i.id IN (SELECT incident_id FROM case_incidents WHERE case_id = ?)");
    QVariantList bindings{caseId};
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT area_id, categories, date_from, date_to FROM case_incident_rules "
                                            "WHERE case_id = ?"),
                             {caseId});
        !s)
        return s.error();
    if (!q.next())
        return qMakePair(condition, bindings);

    QStringList rule;
    if (!q.value(0).isNull()) {
        rule << QStringLiteral("i.area_id = ?");
        bindings << q.value(0).toLongLong();
    }
    const QJsonArray categories = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    if (!categories.isEmpty()) {
        QStringList marks;
        for (const QJsonValue& value : categories) {
            marks << QStringLiteral("?");
            bindings << value.toString();
        }
        rule << QStringLiteral("i.category IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (!q.value(2).toString().isEmpty()) {
        rule << QStringLiteral("i.occurred_on >= ?");
        bindings << q.value(2).toString();
    }
    if (!q.value(3).toString().isEmpty()) {
        rule << QStringLiteral("i.occurred_on <= ?");
        bindings << q.value(3).toString();
    }
    condition += rule.isEmpty() ? QStringLiteral(" OR 1")
                                : QStringLiteral(" OR (%1)").arg(rule.join(QStringLiteral(" AND ")));
    return qMakePair(condition, bindings);
}

Result<int> CaseIncidentQueries::countIncidents(qint64 caseId) const
{
    auto link = linkCondition(caseId);
    if (!link)
        return link.error();
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM incidents i WHERE %1").arg(link->first),
                             link->second);
        !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<LinkedIncident>> CaseIncidentQueries::incidents(qint64 caseId, QDate from, QDate to) const
{
    auto link = linkCondition(caseId);
    if (!link)
        return link.error();
    QString statement = QStringLiteral("SELECT i.id, i.occurred_on, i.occurred_time, i.category, i.area_id "
                                       "FROM incidents i WHERE (%1)")
                            .arg(link->first);
    QVariantList bindings = link->second;
    if (from.isValid()) {
        statement += QStringLiteral(" AND i.occurred_on >= ?");
        bindings << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        statement += QStringLiteral(" AND i.occurred_on <= ?");
        bindings << to.toString(Qt::ISODate);
    }
    statement += QStringLiteral(" ORDER BY i.occurred_on, i.occurred_time, i.id");
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement, bindings); !s)
        return s.error();
    QList<LinkedIncident> list;
    while (q.next()) {
        LinkedIncident incident;
        incident.id = q.value(0).toLongLong();
        incident.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!q.value(2).isNull()) {
            const QTime time = QTime::fromString(q.value(2).toString(), Qt::ISODate);
            if (time.isValid())
                incident.time = time;
        }
        incident.category = q.value(3).toString();
        incident.areaId = q.value(4).toLongLong();
        list << incident;
    }
    return list;
}

Result<int> CaseIncidentQueries::countConcerns(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM concerns WHERE case_id = ?"), {caseId}); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<CategoryTotal>> CaseIncidentQueries::concernsByCategory(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT trim(category), COUNT(*) AS n FROM concerns WHERE case_id = ? "
                                            "GROUP BY trim(category) ORDER BY n DESC, lower(trim(category)), "
                                            "trim(category)"),
                             {caseId});
        !s)
        return s.error();
    QList<CategoryTotal> list;
    while (q.next())
        list << CategoryTotal{q.value(0).toString(), q.value(1).toInt()};
    return list;
}

} // namespace proxima
