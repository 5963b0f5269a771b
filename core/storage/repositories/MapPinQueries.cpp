#include "core/storage/repositories/MapPinQueries.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {


QString tableOf(PinKind kind)
{
    return kind == PinKind::Case ? QStringLiteral("cases") : QStringLiteral("concerns");
}

std::optional<sara::PlanePoint> pointOf(const QVariant& x, const QVariant& y)
{
    if (x.isNull() || y.isNull())
        return std::nullopt;
    return sara::PlanePoint{x.toDouble(), y.toDouble()};
}

std::optional<sara::GeoPoint> geoOf(const QVariant& lat, const QVariant& lon)
{
    if (lat.isNull() || lon.isNull())
        return std::nullopt;
    return sara::GeoPoint{lat.toDouble(), lon.toDouble()};
}

QVariant nullableReal(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

QString pinKindKey(PinKind kind)
{
    switch (kind) {
    case PinKind::Case:
        return QStringLiteral("case");
    case PinKind::Concern:
        return QStringLiteral("concern");
    case PinKind::Incident:
        return QStringLiteral("incident");
    }
    return {};
}

Result<QList<MapPin>> MapPinQueries::select(PinKind kind, const QString& where, const QVariantList& bindings) const
{
    // Columns: id, label, category, date, map_x, map_y, lat, lon, case id, revision.
    QString statement;
    switch (kind) {
    case PinKind::Case:
        statement = QStringLiteral("SELECT id, title, category, opened_on, map_x, map_y, lat, lon, 0, revision "
                                   "FROM cases ");
        break;
    case PinKind::Concern:
        statement = QStringLiteral("SELECT id, text, category, raised_on, map_x, map_y, lat, lon, "
                                   "coalesce(case_id, 0), revision FROM concerns ");
        break;
    case PinKind::Incident:
        statement = QStringLiteral("SELECT id, category || ' ' || reference, category, occurred_on, NULL, NULL, "
                                   "lat, lon, 0, 0 FROM incidents ");
        break;
    }
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, statement + where, bindings); !s)
        return s.error();
    QList<MapPin> pins;
    while (q.next()) {
        MapPin pin;
        pin.kind = kind;
        pin.id = q.value(0).toLongLong();
        pin.label = q.value(1).toString().simplified();
        pin.category = q.value(2).toString();
        pin.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        pin.pixel = pointOf(q.value(4), q.value(5));
        pin.geo = geoOf(q.value(6), q.value(7));
        pin.caseId = q.value(8).toLongLong();
        pin.revision = q.value(9).toInt();
        pins.append(pin);
    }
    return pins;
}

Result<QList<MapPin>> MapPinQueries::cases() const
{
    return select(PinKind::Case, QStringLiteral("ORDER BY id"), {});
}

Result<QList<MapPin>> MapPinQueries::concerns() const
{
    return select(PinKind::Concern, QStringLiteral("ORDER BY id"), {});
}

Result<QList<MapPin>> MapPinQueries::incidents(const MapIncidentFilter& filter) const
{
    QString where = QStringLiteral("WHERE lat IS NOT NULL AND lon IS NOT NULL");
    QVariantList bindings;
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND occurred_on >= ?");
        bindings << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND occurred_on <= ?");
        bindings << filter.to.toString(Qt::ISODate);
    }
    if (!filter.categories.isEmpty()) {
        QStringList marks;
        for (const QString& category : filter.categories) {
            marks << QStringLiteral("?");
            bindings << category;
        }
        where += QStringLiteral(" AND category IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return select(PinKind::Incident, where + QStringLiteral(" ORDER BY occurred_on, id"), bindings);
}

Result<QStringList> MapPinQueries::incidentCategories() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT DISTINCT category FROM incidents ORDER BY category")); !s)
        return s.error();
    QStringList categories;
    while (q.next())
        categories << q.value(0).toString();
    return categories;
}

Result<MapPin> MapPinQueries::find(PinKind kind, qint64 id) const
{
    auto pins = select(kind, QStringLiteral("WHERE id = ?"), {id});
    if (!pins)
        return pins.error();
    if (pins->isEmpty())
        return sql::notFound(kind == PinKind::Case ? QCoreApplication::translate("MapPinQueries", "case %1").arg(id)
                             : kind == PinKind::Concern ? QCoreApplication::translate("MapPinQueries", "concern %1").arg(id)
                                                        : QCoreApplication::translate("MapPinQueries", "incident %1").arg(id));
    return pins->first();
}

Result<int> MapPinQueries::placePin(PinKind kind, qint64 id, std::optional<sara::PlanePoint> pixel,
                                    std::optional<sara::GeoPoint> geo, int expectedRevision)
{
    if (kind == PinKind::Incident)
        return Error{QCoreApplication::translate("MapPinQueries", "incidents keep the coordinates they were imported with"), {}, 0, QStringLiteral("kind")};
    if (geo && (geo->lat < -90 || geo->lat > 90 || geo->lon < -180 || geo->lon > 180))
        return Error{QCoreApplication::translate("MapPinQueries", "the position is not a valid latitude/longitude"), {}, 0, QStringLiteral("lat")};
    int revision = 0;
    const Status written = m_ws.write([&]() -> Status {
        Result<MapPin> stored = find(kind, id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(kind == PinKind::Case ? QCoreApplication::translate("MapPinQueries", "case %1 \"%2\"").arg(id).arg(stored->label)
                                                       : QCoreApplication::translate("MapPinQueries", "concern %1").arg(id),
                                 stored->revision);
        QSqlQuery q(m_ws.database());
        const QString statement = QStringLiteral("UPDATE %1 SET map_x = ?, map_y = ?, lat = ?, lon = ?, "
                                                 "updated_at = ?, revision = revision + 1 WHERE id = ?")
                                      .arg(tableOf(kind));
        if (Status s = sql::exec(q, statement,
                                 {nullableReal(pixel ? std::optional(pixel->x) : std::nullopt),
                                  nullableReal(pixel ? std::optional(pixel->y) : std::nullopt),
                                  nullableReal(geo ? std::optional(geo->lat) : std::nullopt),
                                  nullableReal(geo ? std::optional(geo->lon) : std::nullopt),
                                  m_ws.clock().now().toString(Qt::ISODateWithMs), id});
            !s)
            return s;
        revision = stored->revision + 1;
        const QString summary = pixel || geo ? QCoreApplication::translate("MapPinQueries", "placed on the map") : QCoreApplication::translate("MapPinQueries", "removed from the map");
        return m_ws.logChange(pinKindKey(kind), id, QStringLiteral("update"), summary);
    });
    if (!written)
        return written.error();
    return revision;
}

} // namespace proxima
