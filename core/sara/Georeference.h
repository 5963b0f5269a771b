#pragma once

#include "core/common/Result.h"
#include "core/sara/LocalProjection.h"

#include <QList>

namespace proxima::sara {

/// A point known both on the map image (pixel, y down) and on the ground.
struct ControlPoint
{
    PlanePoint pixel;
    GeoPoint geo;
};

/// Kind of transform fitted by Georeference::fit.
enum class GeoreferenceKind {
    Similarity,   ///< 2 points: scale, rotation, translation (exact; image y axis pointing down)
    Affine,       ///< 3+ points: least squares affine (allows different x/y scales and shear)
};

/// Pixel ↔ latitude/longitude transform of a map image, fitted on control points. Metric work happens in a
/// LocalProjection centred on the control points.
class Georeference
{
public:
    /// 2 points → similarity, 3 or more → least-squares affine. Error for fewer than 2 points, coincident
    /// points, or (affine) points on one line.
    static Result<Georeference> fit(const QList<ControlPoint>& points);

    /// Position of a pixel on the ground.
    GeoPoint toGeo(PlanePoint pixel) const;
    /// Pixel of a ground position (exact inverse of toGeo).
    PlanePoint toPixel(GeoPoint geo) const;

    GeoreferenceKind kind() const { return m_kind; }
    /// Distance in metres between each control point's ground position and where its pixel is mapped.
    const QList<double>& residualsMetres() const { return m_residuals; }
    /// Root mean square of the residuals, metres.
    double rmsMetres() const;
    /// Ground size of one pixel (square root of the area scale), metres.
    double metresPerPixel() const;
    const LocalProjection& projection() const { return m_projection; }

private:
    PlanePoint pixelToPlane(PlanePoint pixel) const;

    GeoreferenceKind m_kind = GeoreferenceKind::Similarity;
    LocalProjection m_projection;
    // east = a*px + b*py + c, north = d*px + e*py + f
    double m_a = 1, m_b = 0, m_c = 0, m_d = 0, m_e = 1, m_f = 0;
    QList<double> m_residuals;
};

} // namespace proxima::sara
