#include "ui/map/MapImageItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

namespace proxima {

MapImageItem::MapImageItem(const NeighbourhoodMap& map, QGraphicsItem* parent)
    : QGraphicsItem(parent), m_rect(0, 0, map.width, map.height)
{
    if (map.format == QLatin1String("svg")) {
        m_svg = std::make_unique<QSvgRenderer>(map.image);
        m_svg->setAspectRatioMode(Qt::IgnoreAspectRatio);
        m_valid = m_svg->isValid();
    } else {
        m_valid = m_image.loadFromData(map.image);
    }
    setZValue(0);
}

MapImageItem::~MapImageItem() = default;

void MapImageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!m_valid) {
        painter->setPen(QPen(Qt::gray, 0, Qt::DashLine));
        painter->drawRect(m_rect);
        return;
    }
    if (m_svg) {
        painter->save();
        painter->setClipRect(option->exposedRect.isEmpty() ? m_rect : option->exposedRect.intersected(m_rect));
        m_svg->render(painter, m_rect);
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->drawImage(m_rect, m_image);
}

} // namespace proxima
