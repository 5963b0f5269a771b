#pragma once

#include "core/model/CaseAnalysis.h"

#include <QLineF>
#include <QWidget>

namespace proxima {

/// The problem analysis triangle drawn as two nested triangles: the inner one with offender (left), victim or
/// target (right) and place (bottom), the outer one with their controllers handler, guardian and manager. Sides
/// that are described are drawn solid and ticked; clicking a side (or Enter on the focused one) activates it.
class TriangleDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit TriangleDiagram(QWidget* parent = nullptr);

    /// Shows the sides' texts (which are described, tooltips).
    void setAnalysis(const CaseAnalysis& analysis);
    /// Highlights one side (None = no highlight).
    void setCurrentSide(TriangleSide side);
    TriangleSide currentSide() const { return m_current; }

    /// The drawn segment of a side, in widget coordinates (for tests and hit testing).
    QLineF sideLine(TriangleSide side) const;
    /// The side under a point, None when no side is within reach.
    TriangleSide sideAt(const QPointF& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    /// The user clicked a side or pressed Enter on it.
    void sideActivated(proxima::TriangleSide side);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry
    {
        QPointF outer[3];   // top, bottom left, bottom right
        QPointF inner[3];
        QPointF centre;
    };
    Geometry geometry() const;
    QPointF labelAnchor(TriangleSide side, const Geometry& g) const;

    CaseAnalysis m_analysis;
    TriangleSide m_current = TriangleSide::None;
    TriangleSide m_hover = TriangleSide::None;
};

} // namespace proxima
