#pragma once

#include "ui/map/HotspotRaster.h"
#include "ui/map/MapLayers.h"

#include <QStringList>
#include <QWidget>

namespace proxima {

/// The key of the map: the pin kinds shown and, with the hotspot layer, its title and class breaks beside the
/// colour ramp. Paints itself on any QPainter, so documents carry the same legend as the page.
class MapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit MapLegend(QWidget* parent = nullptr);

    void setLegend(const MapLayers& layers, const HotspotRaster& raster);
    /// The legend's lines, in order (the hotspot classes as "from – to").
    QStringList entries() const { return entries(m_layers, m_raster); }
    /// The hotspot class labels only (empty without the hotspot layer).
    QStringList classLabels() const { return classLabels(m_layers, m_raster); }

    static QStringList entries(const MapLayers& layers, const HotspotRaster& raster);
    static QStringList classLabels(const MapLayers& layers, const HotspotRaster& raster);
    /// Paints the legend with its top left at origin; returns the rectangle used.
    static QRectF paint(QPainter* painter, QPointF origin, const MapLayers& layers, const HotspotRaster& raster,
                        bool framed);

    /// Size the legend takes when painted with this font.
    static QSizeF measure(const QFont& font, const MapLayers& layers, const HotspotRaster& raster);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    MapLayers m_layers;
    HotspotRaster m_raster;
};

} // namespace proxima
