#include "ui/map/MapPinItem.h"

#include <QCoreApplication>
#include <QCursor>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace proxima {
namespace {

QPainterPath markerPath(PinKind kind)
{
    QPainterPath path;
    if (kind == PinKind::Case) {
        // A drop-shaped pin standing on its tip.
        path.moveTo(0, 0);
        path.cubicTo(-3, -7, -9, -11, -9, -18);
        path.arcTo(QRectF(-9, -27, 18, 18), 180, -180);
        path.cubicTo(9, -11, 3, -7, 0, 0);
        path.closeSubpath();
    } else {
        path.addEllipse(QPointF(0, 0), 7, 7);
    }
    return path;
}

} // namespace

MapPinItem::MapPinItem(const MapPin& pin, QPointF position, QGraphicsItem* parent)
    : QGraphicsItem(parent), m_kind(pin.kind), m_id(pin.id)
{
    setPos(position);
    setFlag(ItemIgnoresTransformations);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(pin.kind == PinKind::Case ? 30 : 20);
    const QString kind = pin.kind == PinKind::Case ? QCoreApplication::translate("MapPinItem", "Case")
                                                   : QCoreApplication::translate("MapPinItem", "Concern");
    QString tip = QStringLiteral("<b>%1 %2</b><br>%3").arg(kind).arg(pin.id).arg(pin.label.toHtmlEscaped());
    if (!pin.category.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(pin.category.toHtmlEscaped());
    if (pin.date.isValid())
        tip += QStringLiteral("<br>%1").arg(QLocale().toString(pin.date, QLocale::ShortFormat));
    setToolTip(tip);
}

QColor MapPinItem::colour(PinKind kind)
{
    switch (kind) {
    case PinKind::Case:
        return QColor(0x1f, 0x5f, 0xae);
    case PinKind::Concern:
        return QColor(0xe0, 0x72, 0x00);
    case PinKind::Incident:
        return QColor(0x5b, 0x3a, 0x8c);
    }
    return Qt::black;
}

void MapPinItem::paintMarker(QPainter* painter, PinKind kind, bool highlighted)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor fill = highlighted ? colour(kind).lighter(130) : colour(kind);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(fill);
    painter->drawPath(markerPath(kind));
    if (kind == PinKind::Case) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawEllipse(QPointF(0, -18), 3.5, 3.5);
    }
    painter->restore();
}

QRectF MapPinItem::boundingRect() const
{
    return markerPath(m_kind).boundingRect().adjusted(-2, -2, 2, 2);
}

QPainterPath MapPinItem::shape() const
{
    return markerPath(m_kind);
}

void MapPinItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    paintMarker(painter, m_kind, m_hovered);
}

void MapPinItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = true;
    update();
}

void MapPinItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    update();
}

} // namespace proxima
