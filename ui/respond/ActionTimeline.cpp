#include "ui/respond/ActionTimeline.h"

#include "ui/respond/ActionStatusColors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace proxima {
namespace {

constexpr int HeaderHeight = 34;   // month names and years
constexpr int RowHeight = 24;
constexpr int LegendHeight = 26;
constexpr int Margin = 8;

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

bool overdue(const ResponseAction& a, const QDate& today)
{
    const bool open = a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress;
    return open && a.dueOn.isValid() && a.dueOn < today;
}

} // namespace

ActionTimeline::ActionTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actionTimeline"));
    setAccessibleName(tr("Timeline of the actions"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ActionTimeline::setActions(const QList<ResponseAction>& actions, const QDate& today)
{
    m_actions = actions;
    m_today = today;
    QList<QDate> days;
    for (const ResponseAction& a : actions) {
        if (a.startOn.isValid())
            days << a.startOn;
        if (a.dueOn.isValid())
            days << a.dueOn;
    }
    if (days.isEmpty()) {
        m_first = m_last = QDate();
    } else {
        days << today;
        const auto [low, high] = std::minmax_element(days.begin(), days.end());
        m_first = firstOfMonth(*low);
        m_last = firstOfMonth(*high).addMonths(1).addDays(-1);
        // At least six months, so a short plan still reads as a calendar.
        if (m_first.addMonths(6) > m_last.addDays(1))
            m_last = m_first.addMonths(6).addDays(-1);
    }
    setAccessibleDescription(tr("%n action(s) from %1 to %2", nullptr, int(actions.size()))
                                 .arg(QLocale().toString(m_first, QLocale::ShortFormat),
                                      QLocale().toString(m_last, QLocale::ShortFormat)));
    updateGeometry();
    update();
}

QSize ActionTimeline::sizeHint() const
{
    return {760, HeaderHeight + int(qMax<qsizetype>(1, m_actions.size())) * RowHeight + LegendHeight + 2 * Margin};
}

QSize ActionTimeline::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

int ActionTimeline::labelWidth() const
{
    return qBound(120, width() * 3 / 10, 260);
}

QRectF ActionTimeline::chartArea() const
{
    const double left = Margin + labelWidth();
    return QRectF(left, Margin + HeaderHeight, width() - left - Margin,
                  double(m_actions.size()) * RowHeight);
}

double ActionTimeline::xOf(const QDate& day) const
{
    const QRectF area = chartArea();
    const double span = double(m_first.daysTo(m_last) + 1);
    return area.left() + area.width() * double(m_first.daysTo(day)) / span;
}

QRectF ActionTimeline::bandRect(int row) const
{
    if (row < 0 || row >= m_actions.size() || !m_first.isValid())
        return {};
    const ResponseAction& a = m_actions.at(row);
    if (!a.startOn.isValid() && !a.dueOn.isValid())
        return {};
    const QDate from = a.startOn.isValid() ? a.startOn : a.dueOn;
    const QDate to = a.dueOn.isValid() ? a.dueOn : a.startOn;
    const double top = chartArea().top() + row * RowHeight + 4;
    const double x0 = xOf(from);
    const double x1 = xOf(to.addDays(1));
    return QRectF(x0, top, qMax(6.0, x1 - x0), RowHeight - 8);
}

void ActionTimeline::paintGrid(QPainter& p) const
{
    const QRectF area = chartArea();
    const QLocale locale;
    const int months = (m_last.year() - m_first.year()) * 12 + m_last.month() - m_first.month() + 1;
    const double monthWidth = area.width() / qMax(1, months);
    // Label every month when there is room, else every second or third.
    const int step = monthWidth >= 34 ? 1 : (monthWidth >= 17 ? 2 : 3);
    const QColor grid = palette().color(QPalette::Mid);
    for (int i = 0; i <= months; ++i) {
        const QDate month = m_first.addMonths(i);
        const double x = xOf(month);
        const bool newYear = month.month() == 1;
        p.setPen(QPen(newYear ? palette().color(QPalette::Dark) : grid, newYear ? 1.5 : 0.6));
        p.drawLine(QPointF(x, area.top() - 14), QPointF(x, area.bottom()));
        if (i == months || i % step != 0)
            continue;
        p.setPen(palette().color(QPalette::Text));
        const QRectF cell(x, area.top() - 16, monthWidth * step, 14);
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignVCenter, locale.monthName(month.month(), QLocale::ShortFormat));
        if (i == 0 || newYear)
            p.drawText(QRectF(x + 2, Margin, 60, 14), Qt::AlignLeft | Qt::AlignVCenter, QString::number(month.year()));
    }
    // Zebra rows help the eye from the label to the band.
    for (int row = 0; row < m_actions.size(); row += 2)
        p.fillRect(QRectF(Margin, area.top() + row * RowHeight, width() - 2 * Margin, RowHeight),
                   QColor(0, 0, 0, 12));
}

void ActionTimeline::paintLegend(QPainter& p) const
{
    double x = Margin + labelWidth();
    const double y = chartArea().bottom() + 12;
    const QFontMetrics metrics(font());
    for (ActionStatus status : allActionStatuses()) {
        p.setPen(Qt::NoPen);
        p.setBrush(actionStatusColor(status));
        p.drawRoundedRect(QRectF(x, y + 2, 18, 10), 3, 3);
        p.setPen(palette().color(QPalette::Text));
        const QString label = actionStatusLabel(status);
        p.drawText(QPointF(x + 23, y + 11), label);
        x += 23 + metrics.horizontalAdvance(label) + 18;
    }
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    p.drawLine(QPointF(x, y), QPointF(x, y + 14));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(x + 6, y + 11), tr("today"));
    x += 6 + metrics.horizontalAdvance(tr("today")) + 18;
    p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(x, y + 2, 18, 10), 3, 3);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(x + 23, y + 11), tr("overdue"));
}

void ActionTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_actions.isEmpty() || !m_first.isValid()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_actions.isEmpty() ? tr("No actions yet.") : tr("No action has a start or due date yet."));
        return;
    }
    paintGrid(p);
    const QRectF area = chartArea();
    const QFontMetrics metrics(font());
    for (int row = 0; row < m_actions.size(); ++row) {
        const ResponseAction& a = m_actions.at(row);
        const QRectF label(Margin + 2, area.top() + row * RowHeight, labelWidth() - 8, RowHeight);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(QStringLiteral("%1. %2").arg(row + 1).arg(a.title), Qt::ElideRight,
                                      int(label.width())));
        const QRectF band = bandRect(row);
        if (band.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRectF(area.left() + 4, label.top(), area.width(), RowHeight), Qt::AlignVCenter,
                       tr("no dates"));
            continue;
        }
        const QColor colour = actionStatusColor(a.status);
        const bool late = overdue(a, m_today);
        const QPen outline = late ? QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine) : QPen(colour.darker(130), 1);
        if (!a.startOn.isValid() || !a.dueOn.isValid()) {
            const QPointF c(a.startOn.isValid() ? band.left() : band.right(), band.center().y());
            QPainterPath diamond;
            diamond.moveTo(c.x(), band.top());
            diamond.lineTo(c.x() + 7, c.y());
            diamond.lineTo(c.x(), band.bottom());
            diamond.lineTo(c.x() - 7, c.y());
            diamond.closeSubpath();
            p.setPen(outline);
            p.setBrush(colour);
            p.drawPath(diamond);
            continue;
        }
        p.setPen(outline);
        p.setBrush(a.status == ActionStatus::Dropped ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
        p.drawRoundedRect(band, 4, 4);
        const QString inside = a.leadDisplay();
        if (!inside.isEmpty() && metrics.horizontalAdvance(inside) + 8 < band.width()) {
            p.setPen(a.status == ActionStatus::Done ? Qt::white : Qt::black);
            p.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, inside);
        }
    }
    if (m_today >= m_first && m_today <= m_last) {
        const double x = xOf(m_today);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
        p.drawLine(QPointF(x, area.top() - 4), QPointF(x, area.bottom() + 2));
    }
    paintLegend(p);
}

int ActionTimeline::rowAt(const QPoint& point) const
{
    const QRectF area = chartArea();
    if (point.y() < area.top() || point.y() >= area.bottom())
        return -1;
    return int((point.y() - area.top()) / RowHeight);
}

bool ActionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0 || row >= m_actions.size()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ResponseAction& a = m_actions.at(row);
        const QLocale locale;
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(a.title.toHtmlEscaped(), actionStatusLabel(a.status));
        if (a.startOn.isValid() || a.dueOn.isValid())
            tip += QStringLiteral("<br>%1 – %2").arg(locale.toString(a.startOn, QLocale::ShortFormat),
                                                     locale.toString(a.dueOn, QLocale::ShortFormat));
        if (overdue(a, m_today))
            tip += QStringLiteral("<br>") + tr("overdue");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void ActionTimeline::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && row < m_actions.size())
        emit actionClicked(m_actions.at(row).id);
    QWidget::mousePressEvent(event);
}

} // namespace proxima
