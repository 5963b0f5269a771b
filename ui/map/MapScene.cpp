#include "ui/map/MapScene.h"

#include "ui/map/HotspotItem.h"
#include "ui/map/IncidentDotsItem.h"
#include "ui/map/MapImageItem.h"
#include "ui/map/MapPinItem.h"

namespace proxima {

MapScene::MapScene(QObject* parent) : QGraphicsScene(parent)
{
    // Pins ignore transformations and incidents are one item: a BSP index would only cost rebuilds.
    setItemIndexMethod(NoIndex);
}

void MapScene::setContent(const MapContent& content, const MapLayers& layers, const HotspotRaster* raster)
{
    clear();
    m_image = nullptr;
    m_incidents = nullptr;
    m_hotspots = nullptr;
    m_pins.clear();
    m_planRect = QRectF();
    if (!content.map) {
        setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    m_planRect = QRectF(0, 0, content.map->width, content.map->height);
    // A margin around the plan lets pins near the border be seen whole and the plan be panned off centre.
    const double margin = 0.05 * qMax(m_planRect.width(), m_planRect.height());
    setSceneRect(m_planRect.adjusted(-margin, -margin, margin, margin));
    m_image = new MapImageItem(*content.map);
    addItem(m_image);

    if (layers.hotspots && raster && !raster->isEmpty()) {
        m_hotspots = new HotspotItem(*raster);
        addItem(m_hotspots);
    }
    if (layers.incidents) {
        QList<MapPin> drawn;
        QList<QPointF> positions;
        for (const MapPin& pin : content.incidents) {
            if (const auto p = content.pixelOf(pin)) {
                drawn.append(pin);
                positions.append(*p);
            }
        }
        m_incidents = new IncidentDotsItem;
        m_incidents->setIncidents(drawn, positions);
        addItem(m_incidents);
    }
    auto addPins = [&](const QList<MapPin>& pins) {
        for (const MapPin& pin : pins) {
            if (const auto p = content.pixelOf(pin)) {
                auto* item = new MapPinItem(pin, *p);
                addItem(item);
                m_pins.append(item);
            }
        }
    };
    if (layers.concerns)
        addPins(content.concerns);
    if (layers.cases)
        addPins(content.cases);
}

MapPinItem* MapScene::pinFor(PinKind kind, qint64 id) const
{
    for (MapPinItem* pin : m_pins) {
        if (pin->kind() == kind && pin->recordId() == id)
            return pin;
    }
    return nullptr;
}

} // namespace proxima
