#pragma once

#include "core/common/Result.h"
#include "core/model/NeighbourhoodMap.h"
#include "core/storage/repositories/MapPinQueries.h"

#include <QPointF>

#include <optional>

namespace proxima {

class Workspace;

/// Everything the map shows, read in one go: the current plan, its georeference and the records with a place.
struct MapContent
{
    std::optional<NeighbourhoodMap> map;
    std::optional<sara::Georeference> georeference;   ///< set when the plan has a valid fit
    QList<MapPin> cases;
    QList<MapPin> concerns;
    QList<MapPin> incidents;                          ///< those matching the filter, with coordinates

    /// Reads the workspace; incidents through filter.
    static Result<MapContent> load(Workspace& ws, const MapIncidentFilter& filter = {});

    /// Where a record is drawn: its pixel, else its coordinates through the georeference; nullopt when neither.
    std::optional<QPointF> pixelOf(const MapPin& pin) const;
    /// Ground position of a pixel (nullopt without georeference).
    std::optional<sara::GeoPoint> geoOf(QPointF pixel) const;
    /// Metres per map pixel (1 without georeference: sizes are then taken as pixels).
    double metresPerPixel() const;
    /// How many records have only coordinates and cannot be drawn because the plan is not georeferenced.
    int undrawable() const;
};

} // namespace proxima
