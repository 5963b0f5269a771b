#include "core/storage/repositories/StageRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseIncidentQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace proxima {
namespace {

QString unmetToJson(const QStringList& unmet)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(unmet)).toJson(QJsonDocument::Compact));
}

QStringList unmetFromJson(const QString& text)
{
    QStringList list;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        list << value.toString();
    return list;
}

Result<int> countOf(Workspace& ws, const QString& statement, qint64 caseId)
{
    QSqlQuery q(ws.database());
    if (Status s = sql::exec(q, statement, {caseId}); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

Result<sara::CaseSnapshot> StageRepository::snapshot(qint64 caseId) const
{
    sara::CaseSnapshot snap;
    CaseIncidentQueries links(m_ws);
    Result<int> concerns = links.countConcerns(caseId);
    if (!concerns)
        return concerns.error();
    snap.concernsLinked = concerns.value();
    Result<int> incidents = links.countIncidents(caseId);
    if (!incidents)
        return incidents.error();
    snap.incidentsLinked = incidents.value();

    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT trim(offender) <> '', trim(victim) <> '', trim(place) <> '' "
                                            "FROM case_analysis WHERE case_id = ?"),
                             {caseId});
        !s)
        return s.error();
    if (q.next()) {
        snap.offenderSideDescribed = q.value(0).toInt() != 0;
        snap.victimSideDescribed = q.value(1).toInt() != 0;
        snap.locationSideDescribed = q.value(2).toInt() != 0;
    }
    Result<int> hypotheses = countOf(m_ws, QStringLiteral("SELECT COUNT(*) FROM hypotheses WHERE case_id = ?"), caseId);
    if (!hypotheses)
        return hypotheses.error();
    snap.hypotheses = hypotheses.value();

    QSqlQuery actions(m_ws.database());
    actions.setForwardOnly(true);
    if (Status s = sql::exec(actions, QStringLiteral("SELECT status FROM actions WHERE case_id = ? ORDER BY position, id"),
                             {caseId});
        !s)
        return s.error();
    while (actions.next())
        snap.actions << actionStatusFromKey(actions.value(0).toString()).value_or(ActionStatus::Planned);

    Result<int> measures = countOf(m_ws, QStringLiteral("SELECT COUNT(*) FROM measures WHERE case_id = ?"), caseId);
    if (!measures)
        return measures.error();
    snap.measures = measures.value();
    Result<int> measured = countOf(m_ws,
                                   QStringLiteral("SELECT COUNT(*) FROM measures m WHERE m.case_id = ? AND "
                                                  "m.baseline_value IS NOT NULL AND EXISTS (SELECT 1 FROM "
                                                  "measure_followups f WHERE f.measure_id = m.id)"),
                                   caseId);
    if (!measured)
        return measured.error();
    snap.measuresWithBaselineAndFollowUp = measured.value();

    QSqlQuery assessment(m_ws.database());
    if (Status s = sql::exec(assessment,
                             QStringLiteral("SELECT outcome, lesson, no_measure_reason FROM case_assessment "
                                            "WHERE case_id = ?"),
                             {caseId});
        !s)
        return s.error();
    if (assessment.next()) {
        snap.outcome = sara::outcomeFromKey(assessment.value(0).toString());
        snap.lessonLearned = assessment.value(1).toString();
        snap.noMeasureReason = assessment.value(2).toString();
    }
    return snap;
}

Result<sara::GateCheck> StageRepository::check(qint64 caseId, SaraStage to) const
{
    Result<ProblemCase> stored = CaseRepository(m_ws).find(caseId);
    if (!stored)
        return stored.error();
    Result<sara::CaseSnapshot> snap = snapshot(caseId);
    if (!snap)
        return snap.error();
    return sara::canMove(snap.value(), stored->stage, to);
}

Result<StageMove> StageRepository::move(const ProblemCase& edited, const QString& reason, OnConflict policy,
                                        qint64 transitionId)
{
    StageMove result;
    const Status written = m_ws.write([&]() -> Status {
        CaseRepository cases(m_ws);
        Result<ProblemCase> stored = cases.find(edited.id);
        if (!stored)
            return stored.error();
        if (stored->revision != edited.revision && policy == OnConflict::Report)
            return sql::conflict(QCoreApplication::translate("StageRepository", "case %1 \"%2\"")
                                     .arg(stored->id)
                                     .arg(stored->title),
                                 stored->revision);
        const SaraStage from = stored->stage;
        Result<sara::CaseSnapshot> snap = snapshot(edited.id);
        if (!snap)
            return snap.error();
        result.check = sara::canMove(snap.value(), from, edited.stage);
        if (Status allowed = sara::authoriseMove(result.check, reason); !allowed) {
            Error refused = allowed.error();
            refused.field = QStringLiteral("reason");
            return refused;
        }
        ProblemCase target = edited;
        target.revision = stored->revision;
        Result<ProblemCase> saved = cases.update(target, OnConflict::Overwrite);
        if (!saved)
            return saved.error();
        result.stored = saved.value();
        if (from == edited.stage)
            return Status{};

        StageTransition& t = result.transition;
        t.id = transitionId;
        t.caseId = edited.id;
        t.from = from;
        t.to = edited.stage;
        t.at = m_ws.clock().now();
        t.actor = m_ws.actor();
        for (const sara::GateItem& item : result.check.unmet())
            t.unmet << item.text;
        t.overridden = !t.unmet.isEmpty();
        t.reason = reason.trimmed();
        Result<StageTransition> added = addTransition(t);
        if (!added)
            return added.error();
        t = added.value();
        return Status{};
    });
    if (!written)
        return written.error();
    return result;
}

Result<ProblemCase> StageRepository::undoMove(const ProblemCase& previous, qint64 transitionId, OnConflict policy)
{
    ProblemCase restored;
    const Status written = m_ws.write([&]() -> Status {
        Result<ProblemCase> saved = CaseRepository(m_ws).update(previous, policy);
        if (!saved)
            return saved.error();
        restored = saved.value();
        if (transitionId <= 0)
            return Status{};
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM stage_transitions WHERE id = ?"), {transitionId}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("stage"), previous.id, QStringLiteral("undo"),
                              QStringLiteral("back to %1").arg(stageKey(previous.stage)));
    });
    if (!written)
        return written.error();
    return restored;
}

Result<StageTransition> StageRepository::addTransition(const StageTransition& t)
{
    StageTransition stored = t;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        const QDateTime at = t.at.isValid() ? t.at : m_ws.clock().now();
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO stage_transitions (id, case_id, from_stage, to_stage, at, "
                                            "actor, overridden, unmet, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {sql::nullable(t.id), t.caseId, stageKey(t.from), stageKey(t.to),
                              at.toUTC().toString(Qt::ISODateWithMs), t.actor, t.overridden ? 1 : 0,
                              t.unmet.isEmpty() ? QString() : unmetToJson(t.unmet), t.reason});
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        stored.at = at.toUTC();
        QString summary = QStringLiteral("%1 -> %2").arg(stageKey(t.from), stageKey(t.to));
        if (t.overridden)
            summary += QStringLiteral(" (override: %1)").arg(t.reason);
        return m_ws.logChange(QStringLiteral("stage"), t.caseId, QStringLiteral("move"), summary);
    });
    if (!written)
        return written.error();
    return stored;
}

Result<QList<StageTransition>> StageRepository::history(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, case_id, from_stage, to_stage, at, actor, overridden, unmet, "
                                            "reason FROM stage_transitions WHERE case_id = ? ORDER BY at, id"),
                             {caseId});
        !s)
        return s.error();
    QList<StageTransition> list;
    while (q.next()) {
        StageTransition t;
        t.id = q.value(0).toLongLong();
        t.caseId = q.value(1).toLongLong();
        t.from = stageFromText(q.value(2).toString()).value_or(SaraStage::Scan);
        t.to = stageFromText(q.value(3).toString()).value_or(SaraStage::Scan);
        t.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        t.actor = q.value(5).toString();
        t.overridden = q.value(6).toInt() != 0;
        t.unmet = unmetFromJson(q.value(7).toString());
        t.reason = q.value(8).toString();
        list << t;
    }
    return list;
}

} // namespace proxima
