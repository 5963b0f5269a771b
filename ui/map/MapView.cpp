#include "ui/map/MapView.h"

#include "ui/map/MapPinItem.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace proxima {
namespace {

constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 40;

} // namespace

MapView::MapView(QWidget* parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Neighbourhood map"));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setBackgroundBrush(QColor(0xe9, 0xe7, 0xe2));
    setFocusPolicy(Qt::StrongFocus);
}

void MapView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (zoom() <= 0)
        return;
    const double applied = target / zoom();
    m_followSize = false;
    scale(applied, applied);
}

void MapView::fitPlan()
{
    const QRectF rect = m_planRect.isEmpty() ? sceneRect() : m_planRect;
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    m_followSize = true;
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    // The page is often built before it is first shown at its real size: fitting then would leave a tiny plan.
    if (m_followSize)
        fitPlan();
}

void MapView::setPicking(bool picking)
{
    m_picking = picking;
    setDragMode(picking ? NoDrag : ScrollHandDrag);
    viewport()->setCursor(picking ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    m_pressedId = 0;
    if (event->button() == Qt::LeftButton && m_picking) {
        emit picked(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->position().toPoint())) {
            if (auto* pin = dynamic_cast<MapPinItem*>(item)) {
                m_pressedKind = pin->kind();
                m_pressedId = pin->recordId();
                m_pressPosition = event->position().toPoint();
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressedId != 0 && event->button() == Qt::LeftButton) {
        const qint64 id = m_pressedId;
        m_pressedId = 0;
        if ((event->position().toPoint() - m_pressPosition).manhattanLength() <= 6)
            emit pinActivated(m_pressedKind, id);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_picking) {
        setPicking(false);
        emit pickingCancelled();
        return;
    }
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoomIn();
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace proxima
