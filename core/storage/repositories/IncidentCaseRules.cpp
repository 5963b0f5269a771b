#include "core/storage/repositories/IncidentCaseRules.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace proxima {
namespace {

// Messages keep the translation context "IncidentRepository", under which the French and Dutch were made.
Error staleSelection(qint64 caseId, int storedRevision)
{
    return sql::conflict(
        QCoreApplication::translate("IncidentRepository", "the incident selection of case %1").arg(caseId),
        storedRevision);
}

} // namespace

Result<CaseIncidentRule> IncidentCaseRules::rule(qint64 caseId) const
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

Result<CaseIncidentRule> IncidentCaseRules::setRule(const CaseIncidentRule& rule)
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
            return staleSelection(rule.caseId, stored->revision);
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

Status IncidentCaseRules::removeRule(qint64 caseId, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<CaseIncidentRule> stored = rule(caseId);
        if (!stored)
            return stored.error();
        if (stored->revision == 0)
            return Status{};
        if (stored->revision != expectedRevision)
            return staleSelection(caseId, stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM case_incident_rules WHERE case_id = ?"), {caseId}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("case_incident_rule"), caseId, QStringLiteral("delete"),
                              QCoreApplication::translate("IncidentRepository", "incident selection"));
    });
}

Result<QList<qint64>> IncidentCaseRules::handPicked(qint64 caseId) const
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

Status IncidentCaseRules::setHandPicked(qint64 caseId, const QList<qint64>& incidentIds, bool pick)
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

} // namespace proxima
