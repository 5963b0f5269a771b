#include "core/storage/repositories/MapRepository.h"

#include "core/io/MapImageProbe.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace proxima {
namespace {


QString describe(const NeighbourhoodMap& map)
{
    return QCoreApplication::translate("MapRepository", "map %1 \"%2\"").arg(map.id).arg(map.name);
}

Error invalid(const QString& message, const char* field)
{
    return Error{message, {}, 0, QString::fromLatin1(field)};
}

} // namespace

Status MapRepository::validate(const MapControlPoint& p)
{
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return invalid(QCoreApplication::translate("MapRepository", "a control point needs a pixel position"), "pixel");
    if (!std::isfinite(p.lat) || p.lat < -90 || p.lat > 90)
        return invalid(QCoreApplication::translate("MapRepository", "the latitude must be between -90 and 90 degrees"), "lat");
    if (!std::isfinite(p.lon) || p.lon < -180 || p.lon > 180)
        return invalid(QCoreApplication::translate("MapRepository", "the longitude must be between -180 and 180 degrees"), "lon");
    return {};
}

Status MapRepository::validate(const NeighbourhoodMap& map)
{
    if (map.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("MapRepository", "a map needs a name"), "name");
    if (map.format != QLatin1String("png") && map.format != QLatin1String("jpg") && map.format != QLatin1String("svg"))
        return invalid(QCoreApplication::translate("MapRepository", "the map format must be png, jpg or svg"), "format");
    if (map.image.isEmpty())
        return invalid(QCoreApplication::translate("MapRepository", "the map has no image"), "image");
    if (!(map.width > 0) || !(map.height > 0))
        return invalid(QCoreApplication::translate("MapRepository", "the map image has no size"), "size");
    for (const MapControlPoint& p : map.controlPoints) {
        if (Status s = validate(p); !s)
            return s;
    }
    return {};
}

Result<QList<NeighbourhoodMap>> MapRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, name, format, image, width, height, updated_at, revision "
                                            "FROM maps ") + where,
                             bindings);
        !s)
        return s.error();
    QList<NeighbourhoodMap> maps;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        NeighbourhoodMap m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.format = q.value(2).toString();
        m.image = q.value(3).toByteArray();
        m.width = q.value(4).toDouble();
        m.height = q.value(5).toDouble();
        m.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        m.revision = q.value(7).toInt();
        rowOfId.insert(m.id, int(maps.size()));
        maps.append(m);
    }
    if (maps.isEmpty())
        return maps;
    QSqlQuery p(m_ws.database());
    p.setForwardOnly(true);
    if (Status s = sql::exec(p, QStringLiteral("SELECT map_id, id, x, y, lat, lon, label FROM map_control_points "
                                               "ORDER BY map_id, id"));
        !s)
        return s.error();
    while (p.next()) {
        const auto it = rowOfId.constFind(p.value(0).toLongLong());
        if (it == rowOfId.constEnd())
            continue;
        maps[*it].controlPoints.append({p.value(1).toLongLong(), p.value(2).toDouble(), p.value(3).toDouble(),
                                        p.value(4).toDouble(), p.value(5).toDouble(), p.value(6).toString()});
    }
    return maps;
}

Result<QList<NeighbourhoodMap>> MapRepository::list() const
{
    return select(QStringLiteral("ORDER BY id"), {});
}

Result<std::optional<NeighbourhoodMap>> MapRepository::current() const
{
    auto maps = select(QStringLiteral("ORDER BY id LIMIT 1"), {});
    if (!maps)
        return maps.error();
    if (maps->isEmpty())
        return std::optional<NeighbourhoodMap>{};
    return std::optional<NeighbourhoodMap>{maps->first()};
}

Result<NeighbourhoodMap> MapRepository::find(qint64 id) const
{
    auto maps = select(QStringLiteral("WHERE id = ?"), {id});
    if (!maps)
        return maps.error();
    if (maps->isEmpty())
        return sql::notFound(QCoreApplication::translate("MapRepository", "map %1").arg(id));
    return maps->first();
}

Result<NeighbourhoodMap> MapRepository::readFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("MapRepository", "cannot read the map image: %1").arg(file.errorString()), path, 0, {}, ErrorCode::Io};
    const QByteArray bytes = file.readAll();
    return fromBytes(bytes, name.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : name, path);
}

Result<NeighbourhoodMap> MapRepository::fromBytes(const QByteArray& bytes, const QString& name,
                                                  const QString& fileName)
{
    auto info = io::probeMapImage(bytes, fileName);
    if (!info)
        return info.error();
    NeighbourhoodMap map;
    map.name = name.trimmed().isEmpty() ? QCoreApplication::translate("MapRepository", "Neighbourhood map") : name.trimmed();
    map.format = info->format;
    map.image = bytes;
    map.width = info->width;
    map.height = info->height;
    return map;
}

Result<NeighbourhoodMap> MapRepository::importFile(const QString& path, const QString& name)
{
    auto map = readFile(path, name);
    if (!map)
        return map.error();
    return add(*map);
}

Result<NeighbourhoodMap> MapRepository::importBytes(const QByteArray& bytes, const QString& name,
                                                    const QString& fileName)
{
    auto map = fromBytes(bytes, name, fileName);
    if (!map)
        return map.error();
    return add(*map);
}

Status MapRepository::writeControlPoints(qint64 mapId, const QList<MapControlPoint>& points)
{
    QSqlQuery clear(m_ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM map_control_points WHERE map_id = ?"), {mapId}); !s)
        return s;
    for (const MapControlPoint& p : points) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO map_control_points (id, map_id, x, y, lat, lon, label) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {sql::nullable(p.id), mapId, p.x, p.y, p.lat, p.lon, p.label.trimmed()});
            !s)
            return s;
    }
    return {};
}

Result<NeighbourhoodMap> MapRepository::add(const NeighbourhoodMap& map)
{
    if (Status s = validate(map); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO maps (id, name, format, image, width, height, updated_at, "
                                                "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {sql::nullable(map.id), map.name.trimmed(), map.format, map.image, map.width,
                                  map.height, m_ws.clock().now().toString(Qt::ISODateWithMs), qMax(1, map.revision)});
            !s)
            return s;
        newId = q.lastInsertId().toLongLong();
        if (Status s = writeControlPoints(newId, map.controlPoints); !s)
            return s;
        return m_ws.logChange(QStringLiteral("map"), newId, QStringLiteral("create"), map.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<NeighbourhoodMap> MapRepository::update(const NeighbourhoodMap& map, OnConflict policy)
{
    if (Status s = validate(map); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<NeighbourhoodMap> stored = find(map.id);
        if (!stored)
            return stored.error();
        if (stored->revision != map.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE maps SET name = ?, updated_at = ?, revision = revision + 1 "
                                                "WHERE id = ?"),
                                 {map.name.trimmed(), m_ws.clock().now().toString(Qt::ISODateWithMs), map.id});
            !s)
            return s;
        if (Status s = writeControlPoints(map.id, map.controlPoints); !s)
            return s;
        return m_ws.logChange(QStringLiteral("map"), map.id, QStringLiteral("update"), map.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(map.id);
}

Status MapRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<NeighbourhoodMap> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM maps WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("map"), id, QStringLiteral("delete"), stored->name);
    });
}

Result<NeighbourhoodMap> MapRepository::editPoints(
    qint64 mapId, int expectedRevision, OnConflict policy, const QString& summary,
    const std::function<Result<QList<MapControlPoint>>(QList<MapControlPoint>)>& edit)
{
    const Status written = m_ws.write([&]() -> Status {
        Result<NeighbourhoodMap> stored = find(mapId);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        Result<QList<MapControlPoint>> points = edit(stored->controlPoints);
        if (!points)
            return points.error();
        for (const MapControlPoint& p : *points) {
            if (Status s = validate(p); !s)
                return s;
        }
        if (Status s = writeControlPoints(mapId, *points); !s)
            return s;
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE maps SET updated_at = ?, revision = revision + 1 WHERE id = ?"),
                                 {m_ws.clock().now().toString(Qt::ISODateWithMs), mapId});
            !s)
            return s;
        return m_ws.logChange(QStringLiteral("map"), mapId, QStringLiteral("update"), summary);
    });
    if (!written)
        return written.error();
    return find(mapId);
}

Result<NeighbourhoodMap> MapRepository::setControlPoints(qint64 mapId, const QList<MapControlPoint>& points,
                                                         int expectedRevision, OnConflict policy)
{
    return editPoints(mapId, expectedRevision, policy, QCoreApplication::translate("MapRepository", "%n control point(s)", nullptr, int(points.size())),
                      [&](const QList<MapControlPoint>&) -> Result<QList<MapControlPoint>> { return points; });
}

Result<NeighbourhoodMap> MapRepository::addControlPoint(qint64 mapId, const MapControlPoint& point,
                                                        int expectedRevision)
{
    return editPoints(mapId, expectedRevision, OnConflict::Report, QCoreApplication::translate("MapRepository", "control point added"),
                      [&](QList<MapControlPoint> points) -> Result<QList<MapControlPoint>> {
                          MapControlPoint added = point;
                          added.id = 0;
                          points.append(added);
                          return points;
                      });
}

Result<NeighbourhoodMap> MapRepository::updateControlPoint(qint64 mapId, const MapControlPoint& point,
                                                           int expectedRevision)
{
    return editPoints(mapId, expectedRevision, OnConflict::Report, QCoreApplication::translate("MapRepository", "control point changed"),
                      [&](QList<MapControlPoint> points) -> Result<QList<MapControlPoint>> {
                          for (MapControlPoint& p : points) {
                              if (p.id == point.id) {
                                  p = point;
                                  return points;
                              }
                          }
                          return sql::notFound(QCoreApplication::translate("MapRepository", "control point %1").arg(point.id));
                      });
}

Result<NeighbourhoodMap> MapRepository::removeControlPoint(qint64 mapId, qint64 pointId, int expectedRevision)
{
    return editPoints(mapId, expectedRevision, OnConflict::Report, QCoreApplication::translate("MapRepository", "control point removed"),
                      [&](QList<MapControlPoint> points) -> Result<QList<MapControlPoint>> {
                          const qsizetype before = points.size();
                          points.removeIf([&](const MapControlPoint& p) { return p.id == pointId; });
                          if (points.size() == before)
                              return sql::notFound(QCoreApplication::translate("MapRepository", "control point %1").arg(pointId));
                          return points;
                      });
}

} // namespace proxima
