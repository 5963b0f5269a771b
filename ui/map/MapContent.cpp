#include "ui/map/MapContent.h"

#include "core/storage/repositories/MapRepository.h"

namespace proxima {

Result<MapContent> MapContent::load(Workspace& ws, const MapIncidentFilter& filter)
{
    MapContent content;
    auto map = MapRepository(ws).current();
    if (!map)
        return map.error();
    content.map = *map;
    if (content.map) {
        auto fitted = content.map->georeference();
        if (fitted)
            content.georeference = fitted.value();
    }
    MapPinQueries pins(ws);
    auto cases = pins.cases();
    if (!cases)
        return cases.error();
    content.cases = cases.value();
    auto concerns = pins.concerns();
    if (!concerns)
        return concerns.error();
    content.concerns = concerns.value();
    auto incidents = pins.incidents(filter);
    if (!incidents)
        return incidents.error();
    content.incidents = incidents.value();
    return content;
}

std::optional<QPointF> MapContent::pixelOf(const MapPin& pin) const
{
    if (pin.pixel)
        return QPointF(pin.pixel->x, pin.pixel->y);
    if (pin.geo && georeference) {
        const sara::PlanePoint p = georeference->toPixel(*pin.geo);
        return QPointF(p.x, p.y);
    }
    return std::nullopt;
}

std::optional<sara::GeoPoint> MapContent::geoOf(QPointF pixel) const
{
    if (!georeference)
        return std::nullopt;
    return georeference->toGeo({pixel.x(), pixel.y()});
}

double MapContent::metresPerPixel() const
{
    return georeference ? georeference->metresPerPixel() : 1.0;
}

int MapContent::undrawable() const
{
    if (georeference)
        return 0;
    int count = 0;
    for (const QList<MapPin>* list : {&cases, &concerns, &incidents}) {
        for (const MapPin& pin : *list) {
            if (!pin.pixel && pin.geo)
                ++count;
        }
    }
    return count;
}

} // namespace proxima
