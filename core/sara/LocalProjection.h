#pragma once

#include <QList>

namespace proxima::sara {

/// WGS84 position in degrees.
struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

/// Position on a plane: metres east/north in a LocalProjection, or pixels (x right, y down) on a map image.
struct PlanePoint
{
    double x = 0;
    double y = 0;
};

/// Equirectangular projection around an origin: good to well under a metre over a neighbourhood, which is
/// all the metric work (residuals, hotspot cells, bandwidths) needs. x = metres east, y = metres north.
class LocalProjection
{
public:
    /// Mean Earth radius (IUGG), metres.
    static constexpr double earthRadius = 6371008.8;

    LocalProjection() = default;
    /// Origin of the plane; scale of longitudes is taken at this latitude.
    LocalProjection(double originLat, double originLon);
    /// Projection centred on the mean latitude and longitude of points (origin 0,0 when empty).
    static LocalProjection around(const QList<GeoPoint>& points);

    /// Metres east and north of the origin.
    PlanePoint toPlane(GeoPoint point) const;
    /// Inverse of toPlane.
    GeoPoint toGeo(PlanePoint point) const;
    GeoPoint origin() const { return {m_lat0, m_lon0}; }

private:
    double m_lat0 = 0;
    double m_lon0 = 0;
    double m_metresPerDegreeLat = 0;
    double m_metresPerDegreeLon = 0;
};

} // namespace proxima::sara
