#pragma once

#include "ui/map/HotspotRaster.h"

#include <QGraphicsItem>

namespace proxima {

/// The hotspot raster over the plan, under the pins.
class HotspotItem : public QGraphicsItem
{
public:
    explicit HotspotItem(HotspotRaster raster, QGraphicsItem* parent = nullptr);
    const HotspotRaster& raster() const { return m_raster; }

    QRectF boundingRect() const override { return m_raster.rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    HotspotRaster m_raster;
};

} // namespace proxima
