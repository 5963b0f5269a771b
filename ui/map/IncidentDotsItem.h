#pragma once

#include "core/storage/repositories/MapPinQueries.h"

#include <QGraphicsItem>
#include <QList>
#include <QPointF>

namespace proxima {

/// All incidents as small dots painted by one item: thousands of QGraphicsItems would make zooming and panning
/// slow. The tooltip names the incident nearest to the mouse.
class IncidentDotsItem : public QGraphicsItem
{
public:
    explicit IncidentDotsItem(QGraphicsItem* parent = nullptr);

    /// Replaces the dots (pins and their positions on the plan, same order).
    void setIncidents(const QList<MapPin>& incidents, const QList<QPointF>& positions);
    int count() const { return int(m_positions.size()); }
    /// Index of the dot within radius (scene units) of a scene point, -1 when none.
    int dotAt(QPointF scenePos, double radius) const;

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QList<MapPin> m_incidents;
    QList<QPointF> m_positions;
    QRectF m_bounds;
};

} // namespace proxima
