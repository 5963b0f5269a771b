#include "ui/analyse/HeatGrid.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace proxima {
namespace {

// A light-to-dark ramp (pale yellow, orange, dark red) that stays readable in greyscale print.
QColor heat(double t)
{
    const QColor stops[] = {QColor(0xff, 0xf5, 0xd6), QColor(0xfd, 0xae, 0x61), QColor(0xd7, 0x30, 0x27),
                            QColor(0x7f, 0x00, 0x00)};
    t = std::clamp(t, 0.0, 1.0) * 3;
    const int i = qMin(2, int(t));
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace

HeatGrid::HeatGrid(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Incidents by weekday and hour"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize HeatGrid::sizeHint() const
{
    return {640, fontMetrics().height() * 2 + 7 * 24 + 8};
}

QSize HeatGrid::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

void HeatGrid::setCounts(const sara::WeekHourCounts& counts)
{
    m_counts = counts;
    m_max = 0;
    for (int c : counts.counts)
        m_max = qMax(m_max, c);
    QStringList days;
    for (int day = 0; day < 7; ++day)
        days << QStringLiteral("%1 %2").arg(QLocale().dayName(day + 1, QLocale::ShortFormat)).arg(m_counts.dayTotal(day));
    setAccessibleDescription(tr("%1 incidents with a time; per day: %2").arg(m_counts.total()).arg(days.join(
        QStringLiteral(", "))));
    update();
}

QRectF HeatGrid::gridRect() const
{
    const QFontMetricsF m(font());
    const double left = m.horizontalAdvance(QStringLiteral("Wed.")) + 10;
    const double right = m.horizontalAdvance(QStringLiteral("0000")) + 10;
    const double top = m.height() + 4;
    return QRectF(left, top, qMax(24.0, width() - left - right), qMax(7.0, height() - top - m.height() - 4));
}

bool HeatGrid::cellAt(const QPointF& point, int& day, int& hour) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(point))
        return false;
    hour = qBound(0, int((point.x() - grid.left()) / (grid.width() / 24)), 23);
    day = qBound(0, int((point.y() - grid.top()) / (grid.height() / 7)), 6);
    return true;
}

void HeatGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF grid = gridRect();
    const double cw = grid.width() / 24;
    const double ch = grid.height() / 7;
    const QPalette pal = palette();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);

    p.setPen(pal.color(QPalette::Text));
    for (int hour = 0; hour < 24; ++hour) {
        if (cw < 16 && hour % 3 != 0)
            continue;
        p.drawText(QRectF(grid.left() + hour * cw, 0, cw, grid.top() - 2), Qt::AlignHCenter | Qt::AlignBottom,
                   QString::number(hour));
    }
    p.drawText(QRectF(grid.right() + 4, 0, width() - grid.right() - 4, grid.top() - 2),
               Qt::AlignLeft | Qt::AlignBottom, tr("Total"));
    for (int day = 0; day < 7; ++day) {
        const QRectF row(0, grid.top() + day * ch, grid.left() - 6, ch);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(day + 1, QLocale::ShortFormat));
        p.drawText(QRectF(grid.right() + 4, row.top(), width() - grid.right() - 4, ch), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(m_counts.dayTotal(day)));
        for (int hour = 0; hour < 24; ++hour) {
            const int count = m_counts.at(day, hour);
            const QRectF cell(grid.left() + hour * cw, grid.top() + day * ch, cw, ch);
            const double t = m_max > 0 ? double(count) / m_max : 0;
            p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), count > 0 ? heat(t) : QColor(0xf2, 0xf2, 0xf2));
            if (count > 0 && cw >= 18) {
                p.setFont(small);
                p.setPen(t > 0.45 ? Qt::white : Qt::black);
                p.drawText(cell, Qt::AlignCenter, QString::number(count));
                p.setFont(font());
            }
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(grid);
    const QString legend = m_counts.withoutTime > 0
                               ? tr("Darkest: %1 incidents. %2 incidents have no time and are not in the grid.")
                                     .arg(m_max)
                                     .arg(m_counts.withoutTime)
                               : tr("Darkest: %1 incidents.").arg(m_max);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(grid.left(), grid.bottom() + 2, grid.width(), height() - grid.bottom() - 2),
               Qt::AlignLeft | Qt::AlignTop, legend);
}

bool HeatGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int day = 0;
        int hour = 0;
        if (cellAt(help->pos(), day, hour)) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 %2:00-%2:59: %3 incidents")
                                   .arg(QLocale().dayName(day + 1))
                                   .arg(hour, 2, 10, QLatin1Char('0'))
                                   .arg(m_counts.at(day, hour)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace proxima
