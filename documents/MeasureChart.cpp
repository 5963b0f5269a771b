#include "documents/MeasureChart.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace proxima::documents {
namespace {

const QColor caseColour(0x1f, 0x77, 0xb4);
const QColor comparisonColour(0xff, 0x7f, 0x0e);
const QColor targetColour(0xd6, 0x27, 0x28);

QString periodLabel(const QLocale& locale, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const QString format = QStringLiteral("MMM yy");
    if (from.year() == to.year() && from.month() == to.month())
        return locale.toString(from, format);
    const QString start = locale.toString(from, from.year() == to.year() ? QStringLiteral("MMM") : format);
    return QStringLiteral("%1\u2013%2").arg(start, locale.toString(to, format));
}

// A tick step of 1, 2 or 5 times a power of ten giving about five ticks up to top.
double tickStep(double top)
{
    if (top <= 0)
        return 1;
    const double raw = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

} // namespace

QImage MeasureChart::render(const CaseMeasure& m, QSize size, const QLocale& locale)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(10, size.height() / 28));
    p.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(font.pixelSize() * 5 / 4);
    p.setFont(titleFont);
    const QRectF titleRect(0, 0, size.width(), line * 1.8);
    p.drawText(titleRect, Qt::AlignCenter, m.what);
    p.setFont(font);

    QStringList categories{tr("Before")};
    QStringList periods{periodLabel(locale, m.baselineFrom, m.baselineTo)};
    QList<double> caseValues{m.baselineValue.value_or(0)};
    QList<std::optional<double>> comparison{m.comparisonBaseline};
    for (int i = 0; i < m.followUps.size(); ++i) {
        categories << tr("After %1").arg(i + 1);
        periods << periodLabel(locale, m.followUps.at(i).from, m.followUps.at(i).to);
        caseValues << m.followUps.at(i).value;
        comparison << m.followUps.at(i).comparisonValue;
    }
    const bool hasComparison =
        std::any_of(comparison.cbegin(), comparison.cend(), [](const auto& v) { return v.has_value(); });

    double top = *std::max_element(caseValues.cbegin(), caseValues.cend());
    for (const auto& value : comparison)
        top = std::max(top, value.value_or(0));
    if (m.targetValue)
        top = std::max(top, *m.targetValue);
    const double step = tickStep(top);
    top = std::max(step, std::ceil(top / step) * step);

    // Plot area: value labels on the left, two label lines below, the legend under them.
    const double axisWidth = metrics.horizontalAdvance(locale.toString(top, 'g', 8)) + line;
    const QRectF plot(axisWidth, titleRect.bottom() + line * 0.5, size.width() - axisWidth - line,
                      size.height() - titleRect.bottom() - line * 5.2);
    auto yOf = [&](double value) { return plot.bottom() - plot.height() * value / top; };

    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (double tick = 0; tick <= top + step / 2; tick += step) {
        const double y = yOf(tick);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.save();
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - line / 2, axisWidth - line * 0.3, line), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(tick, 'g', 8));
        p.restore();
    }

    const int groups = int(categories.size());
    const double groupWidth = plot.width() / groups;
    const int barsPerGroup = hasComparison ? 2 : 1;
    const double barWidth = groupWidth * 0.6 / barsPerGroup;
    for (int g = 0; g < groups; ++g) {
        const double left = plot.left() + g * groupWidth + groupWidth * 0.2;
        auto bar = [&](int slot, double value, const QColor& colour) {
            const QRectF rect(left + slot * barWidth, yOf(value), barWidth * 0.95, plot.bottom() - yOf(value));
            p.fillRect(rect, colour);
            p.setPen(Qt::black);
            p.drawText(QRectF(rect.left() - line, rect.top() - line * 1.1, rect.width() + 2 * line, line),
                       Qt::AlignHCenter | Qt::AlignBottom, locale.toString(value, 'g', 8));
        };
        bar(0, caseValues.at(g), caseColour);
        if (hasComparison && comparison.at(g))
            bar(1, *comparison.at(g), comparisonColour);
        const QRectF labels(plot.left() + g * groupWidth, plot.bottom() + line * 0.3, groupWidth, line * 2.1);
        p.setPen(Qt::black);
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, categories.at(g) + QLatin1Char('\n') + periods.at(g));
    }
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    if (m.targetValue) {
        p.setPen(QPen(targetColour, 2, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(*m.targetValue)), QPointF(plot.right(), yOf(*m.targetValue)));
    }

    // Legend centred along the bottom edge.
    struct Entry { QString label; QColor colour; bool line; };
    QList<Entry> entries{{m.areaName.isEmpty() ? tr("Case") : m.areaName, caseColour, false}};
    if (hasComparison)
        entries << Entry{m.comparisonAreaName.isEmpty() ? tr("Comparison area") : m.comparisonAreaName,
                         comparisonColour, false};
    if (m.targetValue)
        entries << Entry{tr("Target %1").arg(locale.toString(*m.targetValue, 'g', 8)), targetColour, true};
    double total = 0;
    for (const Entry& e : entries)
        total += line * 1.4 + metrics.horizontalAdvance(e.label) + line;
    double x = (size.width() - total) / 2;
    const double y = size.height() - line * 1.5;
    for (const Entry& e : entries) {
        if (e.line) {
            p.setPen(QPen(e.colour, 2, Qt::DashLine));
            p.drawLine(QPointF(x, y + line / 2), QPointF(x + line, y + line / 2));
        } else {
            p.fillRect(QRectF(x, y + line * 0.15, line, line * 0.7), e.colour);
        }
        x += line * 1.4;
        p.setPen(Qt::black);
        p.drawText(QRectF(x, y, metrics.horizontalAdvance(e.label) + 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                   e.label);
        x += metrics.horizontalAdvance(e.label) + line;
    }
    p.end();
    return image;
}

QByteArray MeasureChart::png(const CaseMeasure& measure, QSize size, const QLocale& locale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    render(measure, size, locale).save(&buffer, "PNG");
    return bytes;
}

} // namespace proxima::documents
