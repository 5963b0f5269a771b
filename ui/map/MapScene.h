#pragma once

#include "ui/map/HotspotRaster.h"
#include "ui/map/MapContent.h"
#include "ui/map/MapLayers.h"

#include <QGraphicsScene>

namespace proxima {

class HotspotItem;
class IncidentDotsItem;
class MapImageItem;
class MapPinItem;

/// The map as a scene in plan pixels: the plan, the hotspot raster, incident dots, then concern and case pins.
/// Shared by the Map page and MapRenderer so that documents show what the page shows.
class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MapScene(QObject* parent = nullptr);

    /// Rebuilds every item. raster may be null (no hotspot layer).
    void setContent(const MapContent& content, const MapLayers& layers, const HotspotRaster* raster);

    MapImageItem* imageItem() const { return m_image; }
    IncidentDotsItem* incidentItem() const { return m_incidents; }
    HotspotItem* hotspotItem() const { return m_hotspots; }
    const QList<MapPinItem*>& pins() const { return m_pins; }
    /// The pin of a record, or null when it is not drawn.
    MapPinItem* pinFor(PinKind kind, qint64 id) const;
    /// The plan's rectangle (empty when no map).
    QRectF planRect() const { return m_planRect; }

private:
    MapImageItem* m_image = nullptr;
    IncidentDotsItem* m_incidents = nullptr;
    HotspotItem* m_hotspots = nullptr;
    QList<MapPinItem*> m_pins;
    QRectF m_planRect;
};

} // namespace proxima
