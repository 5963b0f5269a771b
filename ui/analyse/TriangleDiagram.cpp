#include "ui/analyse/TriangleDiagram.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace proxima {
namespace {

constexpr double Sqrt3 = 1.7320508075688772;
constexpr double InnerScale = 0.5;

double distanceToSegment(const QPointF& p, const QLineF& line)
{
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = d.x() * d.x() + d.y() * d.y();
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - line.p1(), d) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    return QLineF(p, line.p1() + t * d).length();
}

bool isInner(TriangleSide side)
{
    return side == TriangleSide::Offender || side == TriangleSide::Victim || side == TriangleSide::Place;
}

} // namespace

TriangleDiagram::TriangleDiagram(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Problem analysis triangle"));
    setAccessibleDescription(tr("Offender, victim and place, with their handler, guardian and manager. Arrow keys "
                                "choose a side, Enter edits it."));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize TriangleDiagram::sizeHint() const
{
    return {560, heightForWidth(560)};
}

QSize TriangleDiagram::minimumSizeHint() const
{
    return {320, 230};
}

int TriangleDiagram::heightForWidth(int width) const
{
    return qBound(230, int(width * 0.62), 480);
}

void TriangleDiagram::setAnalysis(const CaseAnalysis& analysis)
{
    m_analysis = analysis;
    update();
}

void TriangleDiagram::setCurrentSide(TriangleSide side)
{
    if (m_current == side)
        return;
    m_current = side;
    update();
}

TriangleDiagram::Geometry TriangleDiagram::geometry() const
{
    // Room around the outer triangle for the controllers' labels (left, right, below).
    const QFontMetricsF metrics(font());
    const double sideRoom = qMin(150.0, width() * 0.22);
    const double bottomRoom = metrics.height() * 2.8;
    const double topRoom = metrics.height() * 0.8;
    const double availableWidth = qMax(40.0, width() - 2 * sideRoom);
    const double availableHeight = qMax(40.0, height() - topRoom - bottomRoom);
    const double side = qMin(availableWidth, availableHeight * 2 / Sqrt3);
    const double triangleHeight = side * Sqrt3 / 2;
    const double cx = width() / 2.0;
    const double top = topRoom + (availableHeight - triangleHeight) / 2;
    Geometry g;
    g.outer[0] = QPointF(cx, top);
    g.outer[1] = QPointF(cx - side / 2, top + triangleHeight);
    g.outer[2] = QPointF(cx + side / 2, top + triangleHeight);
    g.centre = (g.outer[0] + g.outer[1] + g.outer[2]) / 3.0;
    for (int i = 0; i < 3; ++i)
        g.inner[i] = g.centre + InnerScale * (g.outer[i] - g.centre);
    return g;
}

QLineF TriangleDiagram::sideLine(TriangleSide side) const
{
    const Geometry g = geometry();
    switch (side) {
    case TriangleSide::Offender: return {g.inner[0], g.inner[1]};
    case TriangleSide::Victim: return {g.inner[0], g.inner[2]};
    case TriangleSide::Place: return {g.inner[1], g.inner[2]};
    case TriangleSide::Handler: return {g.outer[0], g.outer[1]};
    case TriangleSide::Guardian: return {g.outer[0], g.outer[2]};
    case TriangleSide::Manager: return {g.outer[1], g.outer[2]};
    case TriangleSide::None: break;
    }
    return {};
}

TriangleSide TriangleDiagram::sideAt(const QPointF& point) const
{
    TriangleSide best = TriangleSide::None;
    double bestDistance = 14;   // reach in pixels around a side
    for (TriangleSide side : triangleSides()) {
        const double d = distanceToSegment(point, sideLine(side));
        if (d < bestDistance) {
            bestDistance = d;
            best = side;
        }
    }
    return best;
}

QPointF TriangleDiagram::labelAnchor(TriangleSide side, const Geometry& g) const
{
    const QPointF mid = sideLine(side).center();
    const QPointF outward = mid - g.centre;
    const double length = std::hypot(outward.x(), outward.y());
    const QPointF unit = length > 0 ? outward / length : QPointF(0, 1);
    const double inradius = QLineF(g.centre, QLineF(g.outer[1], g.outer[2]).center()).length();
    if (isInner(side))   // in the band between the two triangles
        return mid + unit * (inradius * (1 - InnerScale) / 2);
    return mid + unit * (QFontMetricsF(font()).height() * 1.6);
}

void TriangleDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QPalette pal = palette();

    QPolygonF outer{g.outer[0], g.outer[1], g.outer[2]};
    QPolygonF inner{g.inner[0], g.inner[1], g.inner[2]};
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe8, 0xee, 0xf6));
    p.drawPolygon(outer);
    p.setBrush(QColor(0xfb, 0xf6, 0xe9));
    p.drawPolygon(inner);

    p.setPen(pal.color(QPalette::Mid));
    QFont centreFont = font();
    centreFont.setItalic(true);
    p.setFont(centreFont);
    p.drawText(QRectF(g.centre.x() - 60, g.centre.y() - 10, 120, 24), Qt::AlignCenter, tr("Problem"));

    const QColor described(0x2e, 0x7d, 0x32);
    const QColor missing(0x9e, 0x9e, 0x9e);
    const QColor current(0x15, 0x65, 0xc0);
    for (TriangleSide side : triangleSides()) {
        const bool has = !m_analysis.side(side).trimmed().isEmpty();
        QPen pen(side == m_current ? current : has ? described : missing);
        pen.setWidthF(side == m_current || side == m_hover ? 7 : 4);
        pen.setCapStyle(Qt::RoundCap);
        if (!has && side != m_current)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(sideLine(side));
    }

    // Labels carry the side's name only (ticked when described); the text is in the boxes beside and in tooltips.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    p.setFont(bold);
    for (TriangleSide side : triangleSides()) {
        const bool has = !m_analysis.side(side).trimmed().isEmpty();
        const QString title = (has ? QStringLiteral("\u2713 ") : QString()) + triangleSideLabel(side);
        const double w = boldMetrics.horizontalAdvance(title) + 14;
        const double h = boldMetrics.height() + 6;
        QPointF anchor = labelAnchor(side, g);
        if (!isInner(side)) {
            // Outside the outer triangle: clear of the line, the handler left of it, the guardian right of it.
            const QPointF outward = anchor - sideLine(side).center();
            const double length = std::hypot(outward.x(), outward.y());
            anchor = sideLine(side).center() + (length > 0 ? outward / length : QPointF(0, 1)) * (h / 2 + 10);
            if (side == TriangleSide::Handler)
                anchor.rx() -= w / 2;
            else if (side == TriangleSide::Guardian)
                anchor.rx() += w / 2;
        }
        QRectF box(anchor.x() - w / 2, anchor.y() - h / 2, w, h);
        box.moveLeft(qBound(1.0, box.left(), width() - w - 1));
        box.moveTop(qBound(1.0, box.top(), height() - h - 1));
        p.setPen(side == m_current ? QPen(current, hasFocus() ? 2 : 1) : QPen(pal.color(QPalette::Mid), 0.5));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRoundedRect(box, 5, 5);
        p.setPen(has ? described : pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, title);
    }
}

void TriangleDiagram::mousePressEvent(QMouseEvent* event)
{
    const TriangleSide side = sideAt(event->position());
    if (side == TriangleSide::None)
        return QWidget::mousePressEvent(event);
    setCurrentSide(side);
    emit sideActivated(side);
}

void TriangleDiagram::mouseMoveEvent(QMouseEvent* event)
{
    const TriangleSide side = sideAt(event->position());
    if (side != m_hover) {
        m_hover = side;
        setCursor(side == TriangleSide::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void TriangleDiagram::leaveEvent(QEvent*)
{
    m_hover = TriangleSide::None;
    update();
}

void TriangleDiagram::keyPressEvent(QKeyEvent* event)
{
    const QList<TriangleSide> sides = triangleSides();
    const int index = int(sides.indexOf(m_current));
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentSide(sides.at(index < 0 ? 0 : (index + 1) % sides.size()));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentSide(sides.at(index <= 0 ? sides.size() - 1 : index - 1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current != TriangleSide::None)
            emit sideActivated(m_current);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

bool TriangleDiagram::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const TriangleSide side = sideAt(help->pos());
        if (side == TriangleSide::None) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString text = m_analysis.side(side).trimmed();
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("<b>%1</b><br>%2")
                               .arg(triangleSideLabel(side).toHtmlEscaped(),
                                    text.isEmpty() ? tr("Not described yet. Click to describe it.")
                                                   : text.toHtmlEscaped()),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace proxima
