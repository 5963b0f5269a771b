#include "core/storage/repositories/PlaceRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CommunityRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace proxima {
namespace {

using community::fieldError;
using community::nullableReal;
using community::optionalReal;

const QString SelectPlaces = QStringLiteral("SELECT id, name, kind, address, description, area_id, map_x, map_y, lat, "
                                            "lon, revision FROM community_places ");

CommunityPlace readPlace(const QSqlQuery& q)
{
    CommunityPlace p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = placeKindFromKey(q.value(2).toString()).value_or(PlaceKind::Other);
    p.address = q.value(3).toString();
    p.description = q.value(4).toString();
    p.areaId = q.value(5).toLongLong();
    p.mapX = optionalReal(q.value(6));
    p.mapY = optionalReal(q.value(7));
    p.lat = optionalReal(q.value(8));
    p.lon = optionalReal(q.value(9));
    p.revision = q.value(10).toInt();
    return p;
}

QString describe(const CommunityPlace& p)
{
    return QCoreApplication::translate("PlaceRepository", "place %1 \"%2\"").arg(p.id).arg(p.name);
}

QVariantList fields(const CommunityPlace& p, const QString& now)
{
    return {p.name.trimmed(),     placeKindKey(p.kind),   p.address.trimmed(), p.description,
            sql::nullable(p.areaId), nullableReal(p.mapX), nullableReal(p.mapY), nullableReal(p.lat),
            nullableReal(p.lon),  now};
}

Status checkReferences(Workspace& ws, const CommunityPlace& p)
{
    if (Status s = community::requireRow(ws, QStringLiteral("areas"), p.areaId, QStringLiteral("area"),
                                         QCoreApplication::translate("PlaceRepository", "area"));
        !s)
        return s;
    return community::requireRows(ws, QStringLiteral("community_groups"), p.groupIds, QStringLiteral("groups"),
                                  QCoreApplication::translate("PlaceRepository", "group"));
}

Result<QList<CommunityPlace>> select(Workspace& ws, const QString& where, const QVariantList& bindings)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectPlaces + where, bindings); !s)
        return s.error();
    QList<CommunityPlace> places;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        places.append(readPlace(q));
        rowOfId.insert(places.last().id, int(places.size()) - 1);
    }
    if (places.isEmpty())
        return places;
    QSqlQuery g(ws.database());
    g.setForwardOnly(true);
    if (Status s = sql::exec(
            g, QStringLiteral("SELECT place_id, group_id FROM place_groups ORDER BY place_id, group_id"));
        !s)
        return s.error();
    while (g.next()) {
        if (auto it = rowOfId.constFind(g.value(0).toLongLong()); it != rowOfId.constEnd())
            places[*it].groupIds.append(g.value(1).toLongLong());
    }
    return places;
}

} // namespace

Status PlaceRepository::validate(const CommunityPlace& p)
{
    auto invalid = [](const char* message, const char* field) {
        return fieldError(QCoreApplication::translate("PlaceRepository", message), QString::fromLatin1(field));
    };
    if (p.name.trimmed().isEmpty())
        return invalid("a place needs a name", "name");
    if (p.mapX.has_value() != p.mapY.has_value())
        return invalid("a place on the map needs both x and y", "map");
    if (p.lat.has_value() != p.lon.has_value())
        return invalid("a position needs both latitude and longitude", "position");
    if (p.lat && (*p.lat < -90 || *p.lat > 90))
        return invalid("the latitude is outside -90 to 90", "lat");
    if (p.lon && (*p.lon < -180 || *p.lon > 180))
        return invalid("the longitude is outside -180 to 180", "lon");
    return {};
}

Result<QList<CommunityPlace>> PlaceRepository::list() const
{
    return select(m_ws, QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

Result<CommunityPlace> PlaceRepository::find(qint64 id) const
{
    auto found = select(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("PlaceRepository", "place %1").arg(id));
    return found->first();
}

Result<int> PlaceRepository::count() const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM community_places")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<CommunityPlace> PlaceRepository::add(const CommunityPlace& place)
{
    if (Status s = validate(place); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        if (Status s = checkReferences(m_ws, place); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(place.id)};
        bindings << fields(place, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, place.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO community_places (id, name, kind, address, description, "
                                            "area_id, map_x, map_y, lat, lon, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        if (Status g = community::rewriteLinks(m_ws, QStringLiteral("place_groups"), QStringLiteral("place_id"),
                                               QStringLiteral("group_id"), newId, place.groupIds);
            !g)
            return g;
        return m_ws.logChange(QStringLiteral("place"), newId, QStringLiteral("create"), place.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<CommunityPlace> PlaceRepository::update(const CommunityPlace& place, OnConflict policy)
{
    if (Status s = validate(place); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<CommunityPlace> stored = find(place.id);
        if (!stored)
            return stored.error();
        if (stored->revision != place.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (Status s = checkReferences(m_ws, place); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(place, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << place.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE community_places SET name = ?, kind = ?, address = ?, "
                                            "description = ?, area_id = ?, map_x = ?, map_y = ?, lat = ?, lon = ?, "
                                            "updated_at = ?, revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        if (Status g = community::rewriteLinks(m_ws, QStringLiteral("place_groups"), QStringLiteral("place_id"),
                                               QStringLiteral("group_id"), place.id, place.groupIds);
            !g)
            return g;
        return m_ws.logChange(QStringLiteral("place"), place.id, QStringLiteral("update"), place.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(place.id);
}

Status PlaceRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<CommunityPlace> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM community_places WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("place"), id, QStringLiteral("delete"), stored->name);
    });
}

} // namespace proxima
