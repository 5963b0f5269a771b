#include "core/storage/repositories/AnalysisRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AnalysisRepository", text);
}

Error invalid(const char* message, const char* field)
{
    return Error{tr(message), {}, 0, QString::fromLatin1(field)};
}

const QString SelectHypotheses =
    QStringLiteral("SELECT id, case_id, text, status, evidence, position, revision FROM hypotheses ");
const QString SelectGroups = QStringLiteral("SELECT id, case_id, name, how, revision FROM affected_groups ");

Hypothesis readHypothesis(const QSqlQuery& q)
{
    Hypothesis h;
    h.id = q.value(0).toLongLong();
    h.caseId = q.value(1).toLongLong();
    h.text = q.value(2).toString();
    h.status = hypothesisStatusFromKey(q.value(3).toString()).value_or(HypothesisStatus::Open);
    h.evidence = q.value(4).toString();
    h.position = q.value(5).toInt();
    h.revision = q.value(6).toInt();
    return h;
}

AffectedGroup readGroup(const QSqlQuery& q)
{
    AffectedGroup g;
    g.id = q.value(0).toLongLong();
    g.caseId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.how = q.value(3).toString();
    g.revision = q.value(4).toInt();
    return g;
}

QString describe(const Hypothesis& h)
{
    return QCoreApplication::translate("AnalysisRepository", "hypothesis %1 \"%2\"").arg(h.id).arg(h.text);
}

QString describe(const AffectedGroup& g)
{
    return QCoreApplication::translate("AnalysisRepository", "affected group %1 \"%2\"").arg(g.id).arg(g.name);
}

} // namespace

Status AnalysisRepository::validate(const Hypothesis& h)
{
    if (h.caseId <= 0)
        return invalid("a hypothesis belongs to a case", "case");
    if (h.text.trimmed().isEmpty())
        return invalid("a hypothesis needs a text", "text");
    return {};
}

Status AnalysisRepository::validate(const AffectedGroup& g)
{
    if (g.caseId <= 0)
        return invalid("an affected group belongs to a case", "case");
    if (g.name.trimmed().isEmpty())
        return invalid("an affected group needs a name", "name");
    return {};
}

Result<CaseAnalysis> AnalysisRepository::find(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT offender, victim, place, handler, guardian, manager, notes, "
                                            "updated_at, revision FROM case_analysis WHERE case_id = ?"),
                             {caseId});
        !s)
        return s.error();
    CaseAnalysis a;
    a.caseId = caseId;
    if (!q.next())
        return a;
    a.offender = q.value(0).toString();
    a.victim = q.value(1).toString();
    a.place = q.value(2).toString();
    a.handler = q.value(3).toString();
    a.guardian = q.value(4).toString();
    a.manager = q.value(5).toString();
    a.notes = q.value(6).toString();
    a.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    a.revision = q.value(8).toInt();
    return a;
}

Result<CaseAnalysis> AnalysisRepository::save(const CaseAnalysis& a, OnConflict policy)
{
    if (a.caseId <= 0)
        return invalid("an analysis belongs to a case", "case");
    const Status written = m_ws.write([&]() -> Status {
        Result<ProblemCase> problem = CaseRepository(m_ws).find(a.caseId);
        if (!problem)
            return problem.error();
        Result<CaseAnalysis> stored = find(a.caseId);
        if (!stored)
            return stored.error();
        if (stored->revision != a.revision && policy == OnConflict::Report)
            return sql::conflict(QCoreApplication::translate("AnalysisRepository", "the analysis of case %1 \"%2\"").arg(a.caseId).arg(problem->title),
                                 stored->revision);
        const QString now = m_ws.clock().now().toString(Qt::ISODateWithMs);
        QSqlQuery q(m_ws.database());
        // An upsert keeps one row per case whether or not another member created it meanwhile.
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO case_analysis (case_id, offender, victim, place, handler, "
                                            "guardian, manager, notes, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(case_id) DO UPDATE SET "
                                            "offender = excluded.offender, victim = excluded.victim, "
                                            "place = excluded.place, handler = excluded.handler, "
                                            "guardian = excluded.guardian, manager = excluded.manager, "
                                            "notes = excluded.notes, updated_at = excluded.updated_at, "
                                            "revision = case_analysis.revision + 1"),
                             {a.caseId, a.offender, a.victim, a.place, a.handler, a.guardian, a.manager, a.notes,
                              now});
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("analysis"), a.caseId, QStringLiteral("update"), problem->title);
    });
    if (!written)
        return written.error();
    return find(a.caseId);
}

Result<QList<Hypothesis>> AnalysisRepository::selectHypotheses(const QString& where,
                                                               const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectHypotheses + where, bindings); !s)
        return s.error();
    QList<Hypothesis> list;
    while (q.next())
        list << readHypothesis(q);
    return list;
}

Result<QList<Hypothesis>> AnalysisRepository::hypotheses(qint64 caseId) const
{
    return selectHypotheses(QStringLiteral("WHERE case_id = ? ORDER BY position, id"), {caseId});
}

Result<Hypothesis> AnalysisRepository::findHypothesis(qint64 id) const
{
    auto found = selectHypotheses(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("AnalysisRepository", "hypothesis %1").arg(id));
    return found->first();
}

Result<Hypothesis> AnalysisRepository::addHypothesis(const Hypothesis& h)
{
    if (Status s = validate(h); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO hypotheses (id, case_id, text, status, evidence, position, "
                                            "revision) VALUES (?, ?, ?, ?, ?, CASE WHEN ? > 0 THEN ? ELSE "
                                            "(SELECT COALESCE(MAX(position), 0) + 1 FROM hypotheses WHERE case_id = ?)"
                                            " END, ?)"),
                             {sql::nullable(h.id), h.caseId, h.text.trimmed(), hypothesisStatusKey(h.status),
                              h.evidence, h.position, h.position, h.caseId, qMax(1, h.revision)});
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("hypothesis"), newId, QStringLiteral("create"), h.text);
    });
    if (!written)
        return written.error();
    return findHypothesis(newId);
}

Result<Hypothesis> AnalysisRepository::updateHypothesis(const Hypothesis& h, OnConflict policy)
{
    if (Status s = validate(h); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<Hypothesis> stored = findHypothesis(h.id);
        if (!stored)
            return stored.error();
        if (stored->revision != h.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE hypotheses SET text = ?, status = ?, evidence = ?, position = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             {h.text.trimmed(), hypothesisStatusKey(h.status), h.evidence,
                              h.position > 0 ? h.position : stored->position, h.id});
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("hypothesis"), h.id, QStringLiteral("update"), h.text);
    });
    if (!written)
        return written.error();
    return findHypothesis(h.id);
}

Status AnalysisRepository::removeHypothesis(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<Hypothesis> stored = findHypothesis(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM hypotheses WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("hypothesis"), id, QStringLiteral("delete"), stored->text);
    });
}

Result<QList<AffectedGroup>> AnalysisRepository::selectGroups(const QString& where,
                                                              const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectGroups + where, bindings); !s)
        return s.error();
    QList<AffectedGroup> list;
    while (q.next())
        list << readGroup(q);
    return list;
}

Result<QList<AffectedGroup>> AnalysisRepository::affectedGroups(qint64 caseId) const
{
    return selectGroups(QStringLiteral("WHERE case_id = ? ORDER BY id"), {caseId});
}

Result<AffectedGroup> AnalysisRepository::findGroup(qint64 id) const
{
    auto found = selectGroups(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("AnalysisRepository", "affected group %1").arg(id));
    return found->first();
}

Result<AffectedGroup> AnalysisRepository::addGroup(const AffectedGroup& g)
{
    if (Status s = validate(g); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO affected_groups (id, case_id, name, how, revision) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {sql::nullable(g.id), g.caseId, g.name.trimmed(), g.how, qMax(1, g.revision)});
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("affected_group"), newId, QStringLiteral("create"), g.name);
    });
    if (!written)
        return written.error();
    return findGroup(newId);
}

Result<AffectedGroup> AnalysisRepository::updateGroup(const AffectedGroup& g, OnConflict policy)
{
    if (Status s = validate(g); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<AffectedGroup> stored = findGroup(g.id);
        if (!stored)
            return stored.error();
        if (stored->revision != g.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE affected_groups SET name = ?, how = ?, revision = revision + 1 "
                                            "WHERE id = ?"),
                             {g.name.trimmed(), g.how, g.id});
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("affected_group"), g.id, QStringLiteral("update"), g.name);
    });
    if (!written)
        return written.error();
    return findGroup(g.id);
}

Status AnalysisRepository::removeGroup(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<AffectedGroup> stored = findGroup(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM affected_groups WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("affected_group"), id, QStringLiteral("delete"), stored->name);
    });
}

} // namespace proxima
