#include "ui/map/HotspotItem.h"

#include <QPainter>

namespace proxima {

HotspotItem::HotspotItem(HotspotRaster raster, QGraphicsItem* parent) : QGraphicsItem(parent), m_raster(std::move(raster))
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void HotspotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_raster.image.isNull())
        return;
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, m_raster.smooth);
    painter->drawImage(m_raster.rect, m_raster.image);
    painter->restore();
}

} // namespace proxima
