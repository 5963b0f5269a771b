#include "ui/map/HotspotRaster.h"

#include "core/sara/Hotspots.h"

#include <QCoreApplication>

#include <cmath>

namespace proxima {
namespace {


// Keeps the raster small enough to compute and draw at once, whatever cell size is asked.
constexpr double MaxCells = 250000;

} // namespace

QList<QColor> HotspotRaster::ramp(int classes)
{
    // Sequential yellow-orange-red, readable over a light plan and distinguishable in greyscale.
    static const QList<QColor> stops = {QColor(0xff, 0xf3, 0xa0), QColor(0xfe, 0xc4, 0x4f), QColor(0xfb, 0x8a, 0x2c),
                                        QColor(0xe8, 0x4a, 0x1f), QColor(0xb1, 0x0c, 0x26)};
    QList<QColor> colours;
    for (int i = 0; i < classes; ++i) {
        const double t = classes == 1 ? 1.0 : double(i) / double(classes - 1) * double(stops.size() - 1);
        const int low = qMin(int(std::floor(t)), int(stops.size()) - 2);
        const double f = t - low;
        const QColor a = stops[low];
        const QColor b = stops[low + 1];
        colours << QColor(int(std::lround(a.red() + (b.red() - a.red()) * f)),
                          int(std::lround(a.green() + (b.green() - a.green()) * f)),
                          int(std::lround(a.blue() + (b.blue() - a.blue()) * f)));
    }
    return colours;
}

HotspotRaster HotspotRaster::compute(const MapContent& content, const HotspotOptions& options)
{
    HotspotRaster raster;
    if (!content.map) {
        raster.problem = QCoreApplication::translate("HotspotRaster", "no map loaded");
        return raster;
    }
    QList<sara::PlanePoint> points;
    auto collect = [&](const QList<MapPin>& pins) {
        for (const MapPin& pin : pins) {
            if (const auto p = content.pixelOf(pin))
                points.append({p->x(), p->y()});
        }
    };
    if (options.fromIncidents)
        collect(content.incidents);
    if (options.fromConcerns)
        collect(content.concerns);
    raster.points = int(points.size());
    const bool metric = content.georeference.has_value();
    const double mpp = content.metresPerPixel();
    const QString what = options.fromIncidents && options.fromConcerns ? QCoreApplication::translate("HotspotRaster", "Incidents and concerns")
                         : options.fromIncidents                      ? QCoreApplication::translate("HotspotRaster", "Incidents")
                                                                      : QCoreApplication::translate("HotspotRaster", "Concerns");
    const QString sizeUnit = metric ? QCoreApplication::translate("HotspotRaster", "m") : QCoreApplication::translate("HotspotRaster", "px");
    if (points.isEmpty()) {
        raster.problem = QCoreApplication::translate("HotspotRaster", "nothing to map: no %1 with a place on the plan").arg(what.toLower());
        return raster;
    }

    const sara::Extent extent{0, 0, content.map->width, content.map->height};
    double cell = qMax(options.cellMetres, 0.01) / mpp;
    const double minimumCell = std::sqrt(extent.width() * extent.height() / MaxCells);
    cell = qMax(cell, minimumCell);
    Result<sara::DensityGrid> grid = options.method == HotspotOptions::Method::GridCounts
                                         ? sara::gridCounts(points, extent, cell)
                                         : sara::kernelDensity(points, extent, cell,
                                                               qMax(options.bandwidthMetres / mpp, cell));
    if (!grid) {
        raster.problem = grid.error().message;
        return raster;
    }
    // Legend units: counts per cell, or density per km² (per 1000 px² without georeference).
    const double scale = options.method == HotspotOptions::Method::GridCounts ? 1.0
                         : metric                                          ? 1e6 / (mpp * mpp)
                                                                           : 1e3;
    if (options.method == HotspotOptions::Method::GridCounts)
        raster.title = QCoreApplication::translate("HotspotRaster", "%1 per cell of %2 %3").arg(what).arg(cell * mpp, 0, 'f', 0).arg(sizeUnit);
    else
        raster.title = metric ? QCoreApplication::translate("HotspotRaster", "%1 per km² (kernel %2 m)").arg(what).arg(options.bandwidthMetres, 0, 'f', 0)
                              : QCoreApplication::translate("HotspotRaster", "%1 per 1000 px² (kernel %2 px)").arg(what).arg(options.bandwidthMetres, 0, 'f', 0);
    const QList<double> breaks = sara::classBreaks(*grid, qMax(1, options.classes), sara::ClassMethod::Quantile);
    if (breaks.isEmpty()) {
        raster.problem = QCoreApplication::translate("HotspotRaster", "no density inside the plan");
        return raster;
    }
    const QList<QColor> colours = ramp(int(breaks.size()));
    raster.image = QImage(grid->columns, grid->rows, QImage::Format_ARGB32_Premultiplied);
    raster.image.fill(Qt::transparent);
    for (int row = 0; row < grid->rows; ++row) {
        auto* line = reinterpret_cast<QRgb*>(raster.image.scanLine(row));
        for (int column = 0; column < grid->columns; ++column) {
            const int c = sara::classOf(grid->at(column, row), breaks);
            if (c < 0)
                continue;
            QColor colour = colours[c];
            colour.setAlpha(Alpha);
            line[column] = qPremultiply(colour.rgba());
        }
    }
    raster.rect = QRectF(grid->extent.minX, grid->extent.minY, grid->columns * grid->cellSize,
                         grid->rows * grid->cellSize);
    raster.smooth = options.method == HotspotOptions::Method::KernelDensity;
    for (double b : breaks)
        raster.breaks << b * scale;
    return raster;
}

} // namespace proxima
