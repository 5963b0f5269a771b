#include "core/storage/repositories/ConcernRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectConcerns = QStringLiteral(
    "SELECT k.id, k.case_id, c.title, k.text, k.source, k.raised_on, k.place, k.category, k.severity, k.frequency, "
    "k.raised_by, k.area_id, a.name, k.map_x, k.map_y, k.lat, k.lon, k.updated_at, k.revision "
    "FROM concerns k LEFT JOIN cases c ON c.id = k.case_id LEFT JOIN areas a ON a.id = k.area_id ");

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

Concern readConcern(const QSqlQuery& q)
{
    Concern k;
    k.id = q.value(0).toLongLong();
    k.caseId = q.value(1).toLongLong();
    k.caseTitle = q.value(2).toString();
    k.text = q.value(3).toString();
    k.source = concernSourceFromKey(q.value(4).toString()).value_or(ConcernSource::Other);
    k.raisedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    k.place = q.value(6).toString();
    k.category = q.value(7).toString();
    k.severity = q.value(8).toInt();
    k.frequency = concernFrequencyFromKey(q.value(9).toString()).value_or(ConcernFrequency::Unknown);
    k.raisedBy = q.value(10).toString();
    k.areaId = q.value(11).toLongLong();
    k.areaName = q.value(12).toString();
    k.mapX = optionalReal(q.value(13));
    k.mapY = optionalReal(q.value(14));
    k.lat = optionalReal(q.value(15));
    k.lon = optionalReal(q.value(16));
    k.updatedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    k.revision = q.value(18).toInt();
    return k;
}

QString summary(const Concern& k)
{
    return k.text.left(80);
}

QString describe(const Concern& k)
{
    return QCoreApplication::translate("ConcernRepository", "concern %1 \"%2\"").arg(k.id).arg(summary(k));
}

// Editable columns in the order of the INSERT/UPDATE statements below.
QVariantList fields(const Concern& k, const QDate& raisedOn, const QString& now)
{
    return {sql::nullable(k.caseId),
            k.text.trimmed(),
            concernSourceKey(k.source),
            raisedOn.toString(Qt::ISODate),
            k.place.trimmed(),
            k.category.trimmed(),
            k.severity > 0 ? QVariant(k.severity) : QVariant(QMetaType::fromType<int>()),
            concernFrequencyKey(k.frequency),
            k.raisedBy.trimmed(),
            sql::nullable(k.areaId),
            nullableReal(k.mapX),
            nullableReal(k.mapY),
            nullableReal(k.lat),
            nullableReal(k.lon),
            now};
}

} // namespace

Status ConcernRepository::validate(const Concern& k)
{
    auto invalid = [](const char* message, const char* field) {
        return Error{QCoreApplication::translate("ConcernRepository", message), {}, 0, QString::fromLatin1(field)};
    };
    if (k.text.trimmed().isEmpty())
        return invalid("a concern needs a text", "text");
    if (k.severity < 0 || k.severity > 5)
        return invalid("the severity is rated from 1 to 5", "severity");
    if (k.mapX.has_value() != k.mapY.has_value())
        return invalid("a map pin needs both x and y", "map");
    if (k.lat.has_value() != k.lon.has_value())
        return invalid("a position needs both latitude and longitude", "position");
    if (k.lat && (*k.lat < -90 || *k.lat > 90 || *k.lon < -180 || *k.lon > 180))
        return invalid("the position is outside latitude -90 to 90, longitude -180 to 180", "position");
    return {};
}

Result<QList<Concern>> ConcernRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectConcerns + where, bindings); !s)
        return s.error();
    QList<Concern> concerns;
    while (q.next())
        concerns.append(readConcern(q));
    return concerns;
}

Result<QList<Concern>> ConcernRepository::listAll() const
{
    return select(QStringLiteral("ORDER BY k.raised_on DESC, k.id DESC"), {});
}

Result<QList<Concern>> ConcernRepository::listForCase(qint64 caseId) const
{
    if (caseId <= 0)
        return select(QStringLiteral("WHERE k.case_id IS NULL ORDER BY k.raised_on DESC, k.id DESC"), {});
    return select(QStringLiteral("WHERE k.case_id = ? ORDER BY k.raised_on DESC, k.id DESC"), {caseId});
}

Result<Concern> ConcernRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE k.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("ConcernRepository", "concern %1").arg(id));
    return found->first();
}

Result<Concern> ConcernRepository::add(const Concern& concern)
{
    if (Status s = validate(concern); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        if (concern.caseId > 0) {
            if (Result<ProblemCase> target = CaseRepository(m_ws).find(concern.caseId); !target)
                return target.error();
        }
        QSqlQuery q(m_ws.database());
        const QDate raised = concern.raisedOn.isValid() ? concern.raisedOn : m_ws.clock().today();
        QVariantList bindings{sql::nullable(concern.id)};
        bindings << fields(concern, raised, m_ws.clock().now().toString(Qt::ISODateWithMs))
                 << qMax(1, concern.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO concerns (id, case_id, text, source, raised_on, place, "
                                            "category, severity, frequency, raised_by, area_id, map_x, map_y, lat, "
                                            "lon, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("concern"), newId, QStringLiteral("create"), summary(concern));
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<Concern> ConcernRepository::update(const Concern& concern, OnConflict policy)
{
    if (Status s = validate(concern); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<Concern> stored = find(concern.id);
        if (!stored)
            return stored.error();
        if (stored->revision != concern.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (concern.caseId > 0 && concern.caseId != stored->caseId) {
            if (Result<ProblemCase> target = CaseRepository(m_ws).find(concern.caseId); !target)
                return target.error();
        }
        QSqlQuery q(m_ws.database());
        const QDate raised = concern.raisedOn.isValid() ? concern.raisedOn : stored->raisedOn;
        QVariantList bindings = fields(concern, raised, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << concern.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE concerns SET case_id = ?, text = ?, source = ?, raised_on = ?, "
                                            "place = ?, category = ?, severity = ?, frequency = ?, raised_by = ?, "
                                            "area_id = ?, map_x = ?, map_y = ?, lat = ?, lon = ?, updated_at = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("concern"), concern.id, QStringLiteral("update"), summary(concern));
    });
    if (!written)
        return written.error();
    return find(concern.id);
}

Status ConcernRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<Concern> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM concerns WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("concern"), id, QStringLiteral("delete"), summary(*stored));
    });
}

Result<Concern> ConcernRepository::moveToCase(qint64 id, qint64 caseId, int expectedRevision)
{
    const Status written = m_ws.write([&]() -> Status {
        Result<Concern> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        if (caseId > 0) {
            if (Result<ProblemCase> target = CaseRepository(m_ws).find(caseId); !target)
                return target.error();
        }
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE concerns SET case_id = ?, updated_at = ?, "
                                                "revision = revision + 1 WHERE id = ?"),
                                 {sql::nullable(caseId), m_ws.clock().now().toString(Qt::ISODateWithMs), id});
            !s)
            return s;
        const QString text = caseId > 0
                                 ? QCoreApplication::translate("ConcernRepository", "moved to case %1").arg(caseId)
                                 : QCoreApplication::translate("ConcernRepository", "taken out of its case");
        return m_ws.logChange(QStringLiteral("concern"), id, QStringLiteral("move"), text);
    });
    if (!written)
        return written.error();
    return find(id);
}

Result<ProblemCase> ConcernRepository::splitIntoNewCase(const ProblemCase& newCase, const QList<qint64>& concernIds)
{
    Result<ProblemCase> added = Error{};
    const Status written = m_ws.write([&]() -> Status {
        added = CaseRepository(m_ws).add(newCase);
        if (!added)
            return added.error();
        for (qint64 id : concernIds) {
            Result<Concern> stored = find(id);
            if (!stored)
                return stored.error();
            if (Result<Concern> moved = moveToCase(id, added->id, stored->revision); !moved)
                return moved.error();
        }
        return Status{};
    });
    if (!written)
        return written.error();
    return CaseRepository(m_ws).find(added->id);
}

} // namespace proxima
