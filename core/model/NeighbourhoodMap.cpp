#include "core/model/NeighbourhoodMap.h"

namespace proxima {

QList<sara::ControlPoint> NeighbourhoodMap::fitPoints() const
{
    QList<sara::ControlPoint> points;
    for (const MapControlPoint& p : controlPoints)
        points.append(sara::ControlPoint{{p.x, p.y}, {p.lat, p.lon}});
    return points;
}

Result<sara::Georeference> NeighbourhoodMap::georeference() const
{
    return sara::Georeference::fit(fitPoints());
}

} // namespace proxima
