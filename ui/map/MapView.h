#pragma once

#include "core/storage/repositories/MapPinQueries.h"

#include <QGraphicsView>

namespace proxima {

/// Zoomable, pannable view of a MapScene. Wheel or +/- zoom, dragging pans, a click on a pin activates it. In
/// picking mode the next click on the plan is reported instead (to place a record or a control point).
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);

    /// Current zoom: screen pixels per plan pixel.
    double zoom() const { return transform().m11(); }
    void zoomBy(double factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    /// Shows the whole plan.
    void fitPlan();
    /// The plan's rectangle the view fits to.
    void setPlanRect(const QRectF& rect) { m_planRect = rect; }

    /// Starts (or, with false, stops) waiting for a click on the plan.
    void setPicking(bool picking);
    bool isPicking() const { return m_picking; }

signals:
    /// A pin was clicked.
    void pinActivated(proxima::PinKind kind, qint64 id);
    /// In picking mode: where the user clicked, in plan pixels.
    void picked(QPointF planPosition);
    /// Picking was cancelled with Escape.
    void pickingCancelled();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF m_planRect;
    bool m_followSize = true;   ///< keep the whole plan in view on resize until the user zooms
    bool m_picking = false;
    QPoint m_pressPosition;
    PinKind m_pressedKind = PinKind::Case;
    qint64 m_pressedId = 0;
};

} // namespace proxima
