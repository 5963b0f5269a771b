#include "core/storage/repositories/CaseRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectCases = QStringLiteral(
    "SELECT c.id, c.title, c.description, c.category, c.area_id, a.name, c.location, c.stage, c.priority, "
    "c.lead_member_id, m.name, c.opened_on, c.updated_at, c.revision "
    "FROM cases c LEFT JOIN areas a ON a.id = c.area_id LEFT JOIN members m ON m.id = c.lead_member_id ");

ProblemCase readCase(const QSqlQuery& q)
{
    ProblemCase c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.description = q.value(2).toString();
    c.category = q.value(3).toString();
    c.areaId = q.value(4).toLongLong();
    c.areaName = q.value(5).toString();
    c.location = q.value(6).toString();
    c.stage = stageFromText(q.value(7).toString()).value_or(SaraStage::Scan);
    c.priority = q.value(8).toInt();
    c.leadMemberId = q.value(9).toLongLong();
    c.leadName = q.value(10).toString();
    c.openedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    c.revision = q.value(13).toInt();
    return c;
}

} // namespace

Status CaseRepository::validate(const ProblemCase& problem)
{
    if (problem.title.trimmed().isEmpty())
        return Error{QCoreApplication::translate("CaseRepository", "a case needs a title"), {}, 0,
                     QStringLiteral("title")};
    if (problem.priority < 0)
        return Error{QCoreApplication::translate("CaseRepository", "the priority cannot be negative"), {}, 0,
                     QStringLiteral("priority")};
    return {};
}

Result<QList<ProblemCase>> CaseRepository::list() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectCases + QStringLiteral("ORDER BY c.priority = 0, c.priority, c.id")); !s)
        return s.error();
    QList<ProblemCase> cases;
    while (q.next())
        cases.append(readCase(q));
    return cases;
}

Result<ProblemCase> CaseRepository::find(qint64 id) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, SelectCases + QStringLiteral("WHERE c.id = ?"), {id}); !s)
        return s.error();
    if (!q.next())
        return sql::notFound(QCoreApplication::translate("CaseRepository", "case %1").arg(id));
    return readCase(q);
}

Result<ProblemCase> CaseRepository::add(const ProblemCase& problem)
{
    if (Status s = validate(problem); !s)
        return s.error();
    // The stored version is read back inside the transaction: once it commits the add is acknowledged, and a
    // failed read after the commit can no longer report as failed an add that was stored.
    Result<ProblemCase> stored = Error{};
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        const QDate opened = problem.openedOn.isValid() ? problem.openedOn : m_ws.clock().today();
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO cases (id, title, description, category, area_id, location, "
                                            "stage, priority, lead_member_id, opened_on, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {sql::nullable(problem.id), problem.title.trimmed(), problem.description, problem.category,
                              sql::nullable(problem.areaId), problem.location, stageKey(problem.stage),
                              problem.priority, sql::nullable(problem.leadMemberId), opened.toString(Qt::ISODate),
                              m_ws.clock().now().toString(Qt::ISODateWithMs), qMax(1, problem.revision)});
        if (!s)
            return s;
        const qint64 newId = q.lastInsertId().toLongLong();
        if (Status logged = m_ws.logChange(QStringLiteral("case"), newId, QStringLiteral("create"), problem.title);
            !logged)
            return logged;
        stored = find(newId);
        return stored ? Status{} : Status{stored.error()};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<ProblemCase> CaseRepository::update(const ProblemCase& problem, OnConflict policy)
{
    if (Status s = validate(problem); !s)
        return s.error();
    // As in add(): the saved version is read back before the commit, so the save is acknowledged exactly when stored.
    Result<ProblemCase> saved = Error{};
    const Status written = m_ws.write([&]() -> Status {
        Result<ProblemCase> stored = find(problem.id);
        if (!stored)
            return stored.error();
        if (stored->revision != problem.revision && policy == OnConflict::Report)
            return sql::conflict(QCoreApplication::translate("CaseRepository", "case %1 \"%2\"")
                                     .arg(stored->id)
                                     .arg(stored->title),
                                 stored->revision);
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE cases SET title = ?, description = ?, category = ?, area_id = ?, "
                                            "location = ?, stage = ?, priority = ?, lead_member_id = ?, "
                                            "opened_on = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"),
                             {problem.title.trimmed(), problem.description, problem.category,
                              sql::nullable(problem.areaId), problem.location, stageKey(problem.stage),
                              problem.priority, sql::nullable(problem.leadMemberId),
                              sql::nullable(problem.openedOn), m_ws.clock().now().toString(Qt::ISODateWithMs),
                              problem.id});
        if (!s)
            return s;
        if (Status logged = m_ws.logChange(QStringLiteral("case"), problem.id, QStringLiteral("update"), problem.title);
            !logged)
            return logged;
        saved = find(problem.id);
        return saved ? Status{} : Status{saved.error()};
    });
    if (!written)
        return written.error();
    return saved;
}

Status CaseRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<ProblemCase> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(QCoreApplication::translate("CaseRepository", "case %1 \"%2\"")
                                     .arg(stored->id)
                                     .arg(stored->title),
                                 stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM cases WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("case"), id, QStringLiteral("delete"), stored->title);
    });
}

Status CaseRepository::setPriorities(const QList<QPair<qint64, int>>& priorities, const QString& reason)
{
    return m_ws.write([&]() -> Status {
        for (const auto& [id, priority] : priorities) {
            QSqlQuery q(m_ws.database());
            Status s = sql::exec(q,
                                 QStringLiteral("UPDATE cases SET priority = ?, updated_at = ?, revision = revision + 1 "
                                                "WHERE id = ? AND priority <> ?"),
                                 {priority, m_ws.clock().now().toString(Qt::ISODateWithMs), id, priority});
            if (!s)
                return s;
            if (q.numRowsAffected() > 0) {
                if (Status l = m_ws.logChange(QStringLiteral("case"), id, QStringLiteral("priority"),
                                              QStringLiteral("%1: %2").arg(priority).arg(reason));
                    !l)
                    return l;
            }
        }
        return Status{};
    });
}

} // namespace proxima
