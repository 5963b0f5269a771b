#pragma once

#include "core/common/Result.h"
#include "core/model/NeighbourhoodMap.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

#include <functional>
#include <optional>

namespace proxima {

class Workspace;

/// Reads and writes the neighbourhood map images and their georeferencing control points. The first map (lowest
/// id) is the current one. Control point edits bump the map's revision.
class MapRepository
{
public:
    explicit MapRepository(Workspace& ws) : m_ws(ws) {}

    /// All maps with their control points, by id.
    Result<QList<NeighbourhoodMap>> list() const;
    /// The current map (the first), or nullopt when none was loaded.
    Result<std::optional<NeighbourhoodMap>> current() const;
    /// One map; ErrorCode::NotFound when absent.
    Result<NeighbourhoodMap> find(qint64 id) const;

    /// Reads an image file (PNG, JPG or SVG, recognised by content) and stores it as a new map named after the
    /// file unless name is given. Errors name the file.
    Result<NeighbourhoodMap> importFile(const QString& path, const QString& name = {});
    /// Stores image bytes as a new map; format and size come from the content. fileName is for error messages.
    Result<NeighbourhoodMap> importBytes(const QByteArray& bytes, const QString& name, const QString& fileName);
    /// Reads an image file into a map value without storing it (format and size from the content).
    static Result<NeighbourhoodMap> readFile(const QString& path, const QString& name = {});
    /// Makes a map value of image bytes without storing it; fileName is for error messages.
    static Result<NeighbourhoodMap> fromBytes(const QByteArray& bytes, const QString& name, const QString& fileName);
    /// Inserts a map (with its id when set, to restore a removed one) and its control points.
    Result<NeighbourhoodMap> add(const NeighbourhoodMap& map);
    /// Renames a map loaded at map.revision and replaces its control points (Conflict when changed meanwhile).
    Result<NeighbourhoodMap> update(const NeighbourhoodMap& map, OnConflict policy = OnConflict::Report);
    /// Deletes a map loaded at expectedRevision, with its control points.
    Status remove(qint64 id, int expectedRevision);

    /// Replaces all control points of a map loaded at expectedRevision.
    Result<NeighbourhoodMap> setControlPoints(qint64 mapId, const QList<MapControlPoint>& points,
                                              int expectedRevision, OnConflict policy = OnConflict::Report);
    /// Adds one control point; returns the map as stored.
    Result<NeighbourhoodMap> addControlPoint(qint64 mapId, const MapControlPoint& point, int expectedRevision);
    /// Changes one control point (found by point.id).
    Result<NeighbourhoodMap> updateControlPoint(qint64 mapId, const MapControlPoint& point, int expectedRevision);
    /// Removes one control point.
    Result<NeighbourhoodMap> removeControlPoint(qint64 mapId, qint64 pointId, int expectedRevision);

    /// Checks the stored fields; the error names the field.
    static Status validate(const NeighbourhoodMap& map);
    /// Checks one control point's coordinates; the error names the field.
    static Status validate(const MapControlPoint& point);

private:
    Result<QList<NeighbourhoodMap>> select(const QString& where, const QVariantList& bindings) const;
    Status writeControlPoints(qint64 mapId, const QList<MapControlPoint>& points);
    /// Runs edit on the stored map inside one write, after the revision check; bumps the revision and logs.
    Result<NeighbourhoodMap> editPoints(qint64 mapId, int expectedRevision, OnConflict policy, const QString& summary,
                                        const std::function<Result<QList<MapControlPoint>>(QList<MapControlPoint>)>& edit);

    Workspace& m_ws;
};

} // namespace proxima
