#pragma once

#include "core/common/Result.h"
#include "core/sara/Georeference.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace proxima {

/// A point of the map image whose ground position is known (pixel, y down ↔ WGS84).
struct MapControlPoint
{
    qint64 id = 0;
    double x = 0;
    double y = 0;
    double lat = 0;
    double lon = 0;
    QString label;
};

/// The neighbourhood plan loaded by the user (PNG, JPG or SVG), with its georeferencing control points.
/// Pixel coordinates run over [0, width] x [0, height]; for SVG the view box is stretched over that rectangle.
struct NeighbourhoodMap
{
    qint64 id = 0;
    QString name;
    QString format;        ///< "png", "jpg" or "svg"
    QByteArray image;      ///< the file's bytes, as loaded
    double width = 0;
    double height = 0;
    QList<MapControlPoint> controlPoints;
    QDateTime updatedAt;   ///< UTC, set by the repository
    int revision = 0;

    /// The control points as the georeference fit wants them.
    QList<sara::ControlPoint> fitPoints() const;
    /// Pixel ↔ lat/lon transform fitted on the control points; an error when there are fewer than 2 or they
    /// are degenerate.
    Result<sara::Georeference> georeference() const;
    /// True when there are enough control points for a fit that succeeds.
    bool isGeoreferenced() const { return georeference().ok(); }
};

} // namespace proxima
