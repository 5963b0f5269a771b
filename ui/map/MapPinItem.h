#pragma once

#include "core/storage/repositories/MapPinQueries.h"

#include <QColor>
#include <QGraphicsItem>

namespace proxima {

/// A case or concern on the map: a marker of constant screen size whose tip is at the record's place.
class MapPinItem : public QGraphicsItem
{
public:
    MapPinItem(const MapPin& pin, QPointF position, QGraphicsItem* parent = nullptr);

    PinKind kind() const { return m_kind; }
    qint64 recordId() const { return m_id; }

    /// The colour of a kind's pins (also used by legends).
    static QColor colour(PinKind kind);
    /// Paints the marker of a kind with its tip at (0, 0) (for legends).
    static void paintMarker(QPainter* painter, PinKind kind, bool highlighted = false);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    PinKind m_kind;
    qint64 m_id;
    bool m_hovered = false;
};

} // namespace proxima
