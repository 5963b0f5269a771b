#include "core/sara/LocalProjection.h"

#include <cmath>
#include <numbers>

namespace proxima::sara {

LocalProjection::LocalProjection(double originLat, double originLon)
    : m_lat0(originLat),
      m_lon0(originLon),
      m_metresPerDegreeLat(earthRadius * std::numbers::pi / 180.0),
      m_metresPerDegreeLon(earthRadius * std::numbers::pi / 180.0 * std::cos(originLat * std::numbers::pi / 180.0))
{
}

LocalProjection LocalProjection::around(const QList<GeoPoint>& points)
{
    if (points.isEmpty())
        return LocalProjection(0, 0);
    double lat = 0;
    double lon = 0;
    for (const GeoPoint& p : points) {
        lat += p.lat;
        lon += p.lon;
    }
    return LocalProjection(lat / double(points.size()), lon / double(points.size()));
}

PlanePoint LocalProjection::toPlane(GeoPoint point) const
{
    return {(point.lon - m_lon0) * m_metresPerDegreeLon, (point.lat - m_lat0) * m_metresPerDegreeLat};
}

GeoPoint LocalProjection::toGeo(PlanePoint point) const
{
    return {m_lat0 + point.y / m_metresPerDegreeLat, m_lon0 + point.x / m_metresPerDegreeLon};
}

} // namespace proxima::sara
