#include "ui/map/IncidentDotsItem.h"

#include "ui/map/MapPinItem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace proxima {
namespace {

constexpr double DotPixels = 5;   // screen pixels, whatever the zoom
constexpr double Margin = 12;     // scene units around the dots, so the round ends are not clipped

} // namespace

IncidentDotsItem::IncidentDotsItem(QGraphicsItem* parent) : QGraphicsItem(parent)
{
    setAcceptHoverEvents(true);
    setZValue(10);
}

void IncidentDotsItem::setIncidents(const QList<MapPin>& incidents, const QList<QPointF>& positions)
{
    prepareGeometryChange();
    m_incidents = incidents;
    m_positions = positions;
    QRectF bounds;
    for (const QPointF& p : positions)
        bounds |= QRectF(p, QSizeF(0.001, 0.001));
    m_bounds = positions.isEmpty() ? QRectF() : bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

int IncidentDotsItem::dotAt(QPointF scenePos, double radius) const
{
    int best = -1;
    double bestDistance = radius * radius;
    for (int i = 0; i < m_positions.size(); ++i) {
        const QPointF d = m_positions[i] - scenePos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

void IncidentDotsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    // Only the dots in the exposed part, as two batched point drawings: a light halo, then the dot.
    const QRectF exposed = option->exposedRect.adjusted(-Margin, -Margin, Margin, Margin);
    QList<QPointF> visible;
    visible.reserve(m_positions.size());
    for (const QPointF& p : m_positions) {
        if (exposed.contains(p))
            visible.append(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen halo(QColor(255, 255, 255, 170), DotPixels + 2, Qt::SolidLine, Qt::RoundCap);
    halo.setCosmetic(true);
    painter->setPen(halo);
    painter->drawPoints(visible.constData(), int(visible.size()));
    QColor colour = MapPinItem::colour(PinKind::Incident);
    colour.setAlpha(200);
    QPen dot(colour, DotPixels, Qt::SolidLine, Qt::RoundCap);
    dot.setCosmetic(true);
    painter->setPen(dot);
    painter->drawPoints(visible.constData(), int(visible.size()));
    painter->restore();
}

void IncidentDotsItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    double scale = 1;
    if (scene() && !scene()->views().isEmpty())
        scale = qMax(1e-6, scene()->views().first()->transform().m11());
    const int i = dotAt(event->scenePos(), (DotPixels + 2) / scale);
    if (i < 0) {
        setToolTip({});
        return;
    }
    const MapPin& pin = m_incidents[i];
    setToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3")
                   .arg(pin.category.toHtmlEscaped(), QLocale().toString(pin.date, QLocale::ShortFormat),
                        pin.label.toHtmlEscaped()));
}

} // namespace proxima
