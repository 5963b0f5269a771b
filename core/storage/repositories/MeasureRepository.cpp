#include "core/storage/repositories/MeasureRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectMeasures = QStringLiteral(
    "SELECT m.id, m.case_id, m.what, m.source, m.incident_categories, m.area_id, a.name, m.higher_is_better, "
    "m.baseline_from, m.baseline_to, m.baseline_value, m.target_value, m.comparison_area_id, c.name, "
    "m.comparison_baseline, m.displacement_area_id, d.name, m.displacement_before, m.updated_at, m.revision "
    "FROM measures m LEFT JOIN areas a ON a.id = m.area_id LEFT JOIN areas c ON c.id = m.comparison_area_id "
    "LEFT JOIN areas d ON d.id = m.displacement_area_id ");

std::optional<double> optionalNumber(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant nullableNumber(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList categoriesFromJson(const QString& json)
{
    QStringList categories;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        categories << v.toString();
    return categories;
}

QString categoriesToJson(const QStringList& categories)
{
    QJsonArray array;
    for (const QString& c : categories) {
        if (!c.trimmed().isEmpty())
            array.append(c.trimmed());
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

CaseMeasure readMeasure(const QSqlQuery& q)
{
    CaseMeasure m;
    m.id = q.value(0).toLongLong();
    m.caseId = q.value(1).toLongLong();
    m.what = q.value(2).toString();
    m.source = measureSourceFromKey(q.value(3).toString()).value_or(MeasureSource::Manual);
    m.incidentCategories = categoriesFromJson(q.value(4).toString());
    m.areaId = q.value(5).toLongLong();
    m.areaName = q.value(6).toString();
    m.higherIsBetter = q.value(7).toInt() != 0;
    m.baselineFrom = date(q.value(8));
    m.baselineTo = date(q.value(9));
    m.baselineValue = optionalNumber(q.value(10));
    m.targetValue = optionalNumber(q.value(11));
    m.comparisonAreaId = q.value(12).toLongLong();
    m.comparisonAreaName = q.value(13).toString();
    m.comparisonBaseline = optionalNumber(q.value(14));
    m.displacementAreaId = q.value(15).toLongLong();
    m.displacementAreaName = q.value(16).toString();
    m.displacementBefore = optionalNumber(q.value(17));
    m.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    m.revision = q.value(19).toInt();
    return m;
}

QString describe(const CaseMeasure& m)
{
    return QCoreApplication::translate("MeasureRepository", "measure %1 \"%2\"").arg(m.id).arg(m.what);
}

QVariantList fields(const CaseMeasure& m, const QString& now)
{
    return {m.what.trimmed(), measureSourceKey(m.source), categoriesToJson(m.incidentCategories),
            sql::nullable(m.areaId), m.higherIsBetter ? 1 : 0, sql::nullable(m.baselineFrom),
            sql::nullable(m.baselineTo), nullableNumber(m.baselineValue), nullableNumber(m.targetValue),
            sql::nullable(m.comparisonAreaId), nullableNumber(m.comparisonBaseline),
            sql::nullable(m.displacementAreaId), nullableNumber(m.displacementBefore), now};
}

bool negative(const std::optional<double>& v)
{
    return v && *v < 0;
}

} // namespace

Status MeasureRepository::validate(const CaseMeasure& m)
{
    auto invalid = [](const char* message, const char* field) {
        return Error{QCoreApplication::translate("MeasureRepository", message), {}, 0, QString::fromLatin1(field)};
    };
    if (m.what.trimmed().isEmpty())
        return invalid("a measure needs to say what is counted", "what");
    if (m.caseId <= 0)
        return invalid("a measure belongs to a case", "case");
    if (m.baselineFrom.isValid() != m.baselineTo.isValid())
        return invalid("the baseline period needs a start and an end", "baseline");
    if (m.baselineFrom.isValid() && m.baselineTo < m.baselineFrom)
        return invalid("the baseline period ends before it starts", "baseline");
    if (m.source == MeasureSource::Incidents && !m.baselineFrom.isValid())
        return invalid("a measure counted from incidents needs a baseline period", "baseline");
    if (negative(m.baselineValue) || negative(m.comparisonBaseline) || negative(m.displacementBefore))
        return invalid("counts cannot be negative", "baseline");
    for (const MeasureFollowUp& f : m.followUps) {
        if (!f.from.isValid() || !f.to.isValid())
            return invalid("every follow-up period needs a start and an end", "followUps");
        if (f.to < f.from)
            return invalid("a follow-up period ends before it starts", "followUps");
        if (f.value < 0 || negative(f.comparisonValue) || negative(f.displacementValue))
            return invalid("counts cannot be negative", "followUps");
    }
    return {};
}

Result<QList<CaseMeasure>> MeasureRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectMeasures + where, bindings); !s)
        return s.error();
    QList<CaseMeasure> measures;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        rowOfId.insert(q.value(0).toLongLong(), int(measures.size()));
        measures.append(readMeasure(q));
    }
    if (measures.isEmpty())
        return measures;
    QSqlQuery f(m_ws.database());
    f.setForwardOnly(true);
    if (Status s = sql::exec(f, QStringLiteral("SELECT measure_id, period_from, period_to, value, comparison_value, "
                                               "displacement_value FROM measure_followups "
                                               "ORDER BY measure_id, period_from, id"));
        !s)
        return s.error();
    while (f.next()) {
        const auto it = rowOfId.constFind(f.value(0).toLongLong());
        if (it == rowOfId.constEnd())
            continue;
        measures[*it].followUps.append({date(f.value(1)), date(f.value(2)), f.value(3).toDouble(),
                                        optionalNumber(f.value(4)), optionalNumber(f.value(5))});
    }
    return measures;
}

Result<QList<CaseMeasure>> MeasureRepository::listForCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE m.case_id = ? ORDER BY m.id"), {caseId});
}

Result<CaseMeasure> MeasureRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE m.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("MeasureRepository", "measure %1").arg(id));
    return found->first();
}

Status MeasureRepository::writeFollowUps(const CaseMeasure& m)
{
    QSqlQuery clear(m_ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM measure_followups WHERE measure_id = ?"), {m.id}); !s)
        return s;
    for (const MeasureFollowUp& f : m.followUps) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO measure_followups (measure_id, period_from, period_to, "
                                                "value, comparison_value, displacement_value) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"),
                                 {m.id, f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), f.value,
                                  nullableNumber(f.comparisonValue), nullableNumber(f.displacementValue)});
            !s)
            return s;
    }
    return {};
}

Result<CaseMeasure> MeasureRepository::add(const CaseMeasure& measure)
{
    if (Status s = validate(measure); !s)
        return s.error();
    CaseMeasure stored = measure;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(measure.id), measure.caseId};
        bindings << fields(measure, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, measure.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO measures (id, case_id, what, source, incident_categories, "
                                            "area_id, higher_is_better, baseline_from, baseline_to, baseline_value, "
                                            "target_value, comparison_area_id, comparison_baseline, "
                                            "displacement_area_id, displacement_before, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status f = writeFollowUps(stored); !f)
            return f;
        return m_ws.logChange(QStringLiteral("measure"), stored.id, QStringLiteral("create"), measure.what);
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<CaseMeasure> MeasureRepository::update(const CaseMeasure& measure, OnConflict policy)
{
    if (Status s = validate(measure); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<CaseMeasure> stored = find(measure.id);
        if (!stored)
            return stored.error();
        if (stored->revision != measure.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(measure, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << measure.caseId << measure.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE measures SET what = ?, source = ?, incident_categories = ?, "
                                            "area_id = ?, higher_is_better = ?, baseline_from = ?, baseline_to = ?, "
                                            "baseline_value = ?, target_value = ?, comparison_area_id = ?, "
                                            "comparison_baseline = ?, displacement_area_id = ?, "
                                            "displacement_before = ?, updated_at = ?, case_id = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        if (Status f = writeFollowUps(measure); !f)
            return f;
        return m_ws.logChange(QStringLiteral("measure"), measure.id, QStringLiteral("update"), measure.what);
    });
    if (!written)
        return written.error();
    return find(measure.id);
}

Status MeasureRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<CaseMeasure> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM measures WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("measure"), id, QStringLiteral("delete"), stored->what);
    });
}

} // namespace proxima
