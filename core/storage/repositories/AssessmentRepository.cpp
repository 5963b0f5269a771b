#include "core/storage/repositories/AssessmentRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {

Status AssessmentRepository::validate(const CaseAssessment& a)
{
    if (a.caseId <= 0)
        return Error{QCoreApplication::translate("AssessmentRepository", "an assessment belongs to a case"), {}, 0,
                     QStringLiteral("case")};
    return {};
}

Result<CaseAssessment> AssessmentRepository::find(qint64 caseId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT c.id, a.outcome, a.lesson, a.process_notes, a.no_measure_reason, "
                                            "a.updated_at, a.revision FROM cases c "
                                            "LEFT JOIN case_assessment a ON a.case_id = c.id WHERE c.id = ?"),
                             {caseId});
        !s)
        return s.error();
    if (!q.next())
        return sql::notFound(QCoreApplication::translate("AssessmentRepository", "case %1").arg(caseId));
    CaseAssessment a;
    a.caseId = caseId;
    a.outcome = sara::outcomeFromKey(q.value(1).toString());
    a.lesson = q.value(2).toString();
    a.processNotes = q.value(3).toString();
    a.noMeasureReason = q.value(4).toString();
    a.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    a.revision = q.value(6).toInt();
    return a;
}

Result<CaseAssessment> AssessmentRepository::update(const CaseAssessment& a, OnConflict policy)
{
    if (Status s = validate(a); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<CaseAssessment> stored = find(a.caseId);
        if (!stored)
            return stored.error();
        if (stored->revision != a.revision && policy == OnConflict::Report)
            return sql::conflict(QCoreApplication::translate("AssessmentRepository", "the assessment of case %1")
                                     .arg(a.caseId),
                                 stored->revision);
        const QVariantList values{a.outcome ? sara::outcomeKey(*a.outcome) : QString(), a.lesson, a.processNotes,
                                  a.noMeasureReason, m_ws.clock().now().toString(Qt::ISODateWithMs), a.caseId};
        QSqlQuery q(m_ws.database());
        Status s = stored->revision == 0
                       ? sql::exec(q,
                                   QStringLiteral("INSERT INTO case_assessment (outcome, lesson, process_notes, "
                                                  "no_measure_reason, updated_at, case_id, revision) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, 1)"),
                                   values)
                       : sql::exec(q,
                                   QStringLiteral("UPDATE case_assessment SET outcome = ?, lesson = ?, "
                                                  "process_notes = ?, no_measure_reason = ?, updated_at = ?, "
                                                  "revision = revision + 1 WHERE case_id = ?"),
                                   values);
        if (!s)
            return s;
        const QString summary = a.outcome ? sara::outcomeLabel(*a.outcome)
                                          : QCoreApplication::translate("AssessmentRepository", "no outcome yet");
        return m_ws.logChange(QStringLiteral("assessment"), a.caseId, QStringLiteral("update"), summary);
    });
    if (!written)
        return written.error();
    return find(a.caseId);
}

} // namespace proxima
