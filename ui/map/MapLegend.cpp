#include "ui/map/MapLegend.h"

#include "ui/map/MapPinItem.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace proxima {
namespace {

constexpr double Pad = 8;
constexpr double Row = 20;
constexpr double Swatch = 26;
constexpr double MaxTitleWidth = 230;

double titleHeight(const QFontMetricsF& metrics, const QString& text, double width)
{
    return metrics.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

QString number(double value)
{
    const int decimals = value >= 10 ? 0 : value >= 1 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

struct Line
{
    enum Kind { Pin, Dot, Title, Class } kind;
    QString text;
    PinKind pin = PinKind::Case;
    int colourIndex = 0;
};

QList<Line> lines(const MapLayers& layers, const HotspotRaster& raster)
{
    QList<Line> result;
    if (layers.cases)
        result.append({Line::Pin, MapLegend::tr("Case"), PinKind::Case, 0});
    if (layers.concerns)
        result.append({Line::Pin, MapLegend::tr("Concern"), PinKind::Concern, 0});
    if (layers.incidents)
        result.append({Line::Dot, MapLegend::tr("Incident"), PinKind::Incident, 0});
    if (layers.hotspots) {
        if (raster.isEmpty()) {
            result.append({Line::Title, MapLegend::tr("Hotspots: %1").arg(raster.problem), PinKind::Case, 0});
        } else {
            result.append({Line::Title, raster.title, PinKind::Case, 0});
            const QStringList labels = MapLegend::classLabels(layers, raster);
            for (int i = 0; i < labels.size(); ++i)
                result.append({Line::Class, labels[i], PinKind::Case, i});
        }
    }
    return result;
}

} // namespace

MapLegend::MapLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    setAccessibleName(tr("Map legend"));
}

void MapLegend::setLegend(const MapLayers& layers, const HotspotRaster& raster)
{
    m_layers = layers;
    m_raster = raster;
    setAccessibleDescription(entries().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QStringList MapLegend::classLabels(const MapLayers& layers, const HotspotRaster& raster)
{
    QStringList labels;
    if (!layers.hotspots)
        return labels;
    for (int i = 0; i < raster.breaks.size(); ++i) {
        if (i == 0)
            labels << tr("up to %1").arg(number(raster.breaks[0]));
        else
            labels << tr("%1 – %2").arg(number(raster.breaks[i - 1]), number(raster.breaks[i]));
    }
    return labels;
}

QStringList MapLegend::entries(const MapLayers& layers, const HotspotRaster& raster)
{
    QStringList texts;
    for (const Line& line : lines(layers, raster))
        texts << line.text;
    return texts;
}

QSizeF MapLegend::measure(const QFont& font, const MapLayers& layers, const HotspotRaster& raster)
{
    const QList<Line> all = lines(layers, raster);
    if (all.isEmpty())
        return {};
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    double width = 0;
    double height = 0;
    for (const Line& line : all) {
        if (line.kind == Line::Title)
            continue;
        width = qMax(width, metrics.horizontalAdvance(line.text) + Swatch + 6);
    }
    width = qMax(width, 160.0);
    for (const Line& line : all) {
        if (line.kind == Line::Title)
            height += titleHeight(boldMetrics, line.text, MaxTitleWidth) + 4;
        else
            height += Row;
    }
    for (const Line& line : all) {
        if (line.kind == Line::Title)
            width = qMax(width, qMin(MaxTitleWidth, boldMetrics.horizontalAdvance(line.text)));
    }
    return QSizeF(width + 2 * Pad, height + 2 * Pad);
}

QRectF MapLegend::paint(QPainter* painter, QPointF origin, const MapLayers& layers, const HotspotRaster& raster,
                        bool framed)
{
    const QList<Line> all = lines(layers, raster);
    if (all.isEmpty())
        return QRectF(origin, QSizeF());
    const QSizeF size = measure(painter->font(), layers, raster);
    const QRectF area(origin, size);
    const double textWidth = size.width() - 2 * Pad;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (framed) {
        painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(area, 4, 4);
    }
    const QList<QColor> ramp = HotspotRaster::ramp(int(raster.breaks.size()));
    QFont plain = painter->font();
    plain.setBold(false);
    QFont bold = plain;
    bold.setBold(true);
    double y = origin.y() + Pad;
    const double x = origin.x() + Pad;
    for (const Line& line : all) {
        painter->setPen(QColor(0x30, 0x30, 0x30));
        if (line.kind == Line::Title) {
            painter->setFont(bold);
            const double h = titleHeight(QFontMetricsF(bold), line.text, MaxTitleWidth);
            painter->drawText(QRectF(x, y + 2, textWidth, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                              line.text);
            painter->setFont(plain);
            y += h + 4;
            continue;
        }
        const QPointF centre(x + Swatch / 2, y + Row / 2);
        if (line.kind == Line::Pin) {
            painter->save();
            painter->translate(centre + QPointF(0, line.pin == PinKind::Case ? 8 : 0));
            painter->scale(0.7, 0.7);
            MapPinItem::paintMarker(painter, line.pin);
            painter->restore();
        } else if (line.kind == Line::Dot) {
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(MapPinItem::colour(PinKind::Incident));
            painter->drawEllipse(centre, 3.5, 3.5);
        } else {
            QColor colour = ramp.value(line.colourIndex);
            colour.setAlpha(HotspotRaster::Alpha);
            painter->setPen(QPen(QColor(0, 0, 0, 80), 1));
            painter->setBrush(colour);
            painter->drawRect(QRectF(x, y + 3, Swatch, Row - 6));
        }
        painter->setPen(QColor(0x30, 0x30, 0x30));
        painter->drawText(QRectF(x + Swatch + 6, y, textWidth - Swatch - 6, Row), Qt::AlignVCenter | Qt::AlignLeft,
                          line.text);
        y += Row;
    }
    painter->restore();
    return area;
}

QSize MapLegend::sizeHint() const
{
    return measure(font(), m_layers, m_raster).toSize() + QSize(2, 2);
}

QSize MapLegend::minimumSizeHint() const
{
    return sizeHint();
}

void MapLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(&painter, QPointF(0, 0), m_layers, m_raster, false);
}

} // namespace proxima
