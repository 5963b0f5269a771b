#include "core/sara/Hotspots.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace proxima::sara {

namespace {

constexpr double maxCells = 25e6;   // 200 MB of doubles: beyond this the cell size is surely a typo

Result<DensityGrid> emptyGrid(const Extent& extent, double cellSize)
{
    if (!(cellSize > 0) || !std::isfinite(cellSize))
        return Error{QCoreApplication::translate("Hotspots", "the cell size must be positive"), {}, 0, {}};
    if (!(extent.width() > 0) || !(extent.height() > 0))
        return Error{QCoreApplication::translate("Hotspots", "the area to map is empty"), {}, 0, {}};
    const double columns = std::ceil(extent.width() / cellSize);
    const double rows = std::ceil(extent.height() / cellSize);
    if (columns * rows > maxCells)
        return Error{QCoreApplication::translate("Hotspots", "the cells are too small for this area (%1 x %2 cells)")
                         .arg(columns, 0, 'f', 0)
                         .arg(rows, 0, 'f', 0),
                     {}, 0, {}};
    DensityGrid grid;
    grid.extent = extent;
    grid.cellSize = cellSize;
    grid.columns = int(columns);
    grid.rows = int(rows);
    grid.values.assign(size_t(grid.columns) * size_t(grid.rows), 0.0);
    return grid;
}

} // namespace

PlanePoint DensityGrid::cellCentre(int column, int row) const
{
    return {extent.minX + (column + 0.5) * cellSize, extent.minY + (row + 0.5) * cellSize};
}

Result<DensityGrid> gridCounts(const QList<PlanePoint>& points, const Extent& extent, double cellSize)
{
    auto made = emptyGrid(extent, cellSize);
    if (!made.ok())
        return made;
    DensityGrid grid = std::move(made).value();
    for (const PlanePoint& p : points) {
        if (!(p.x >= extent.minX && p.x <= extent.maxX && p.y >= extent.minY && p.y <= extent.maxY)) {
            ++grid.pointsOutside;
            continue;
        }
        const int column = std::min(grid.columns - 1, int((p.x - extent.minX) / cellSize));
        const int row = std::min(grid.rows - 1, int((p.y - extent.minY) / cellSize));
        double& cell = grid.values[size_t(row) * size_t(grid.columns) + size_t(column)];
        cell += 1;
        grid.maxValue = std::max(grid.maxValue, cell);
    }
    return grid;
}

Result<DensityGrid> kernelDensity(const QList<PlanePoint>& points, const Extent& extent, double cellSize,
                                  double bandwidth, Kernel kernel)
{
    if (!(bandwidth > 0) || !std::isfinite(bandwidth))
        return Error{QCoreApplication::translate("Hotspots", "the bandwidth must be positive"), {}, 0, {}};
    auto made = emptyGrid(extent, cellSize);
    if (!made.ok())
        return made;
    DensityGrid grid = std::move(made).value();
    const double h2 = bandwidth * bandwidth;
    const double scale = (kernel == Kernel::Quartic ? 3.0 : 2.0) / (std::numbers::pi * h2);
    for (const PlanePoint& p : points) {
        // Cells whose centre lies within the bandwidth: centre = min + (i + 0.5) * cell.
        const double fx = (p.x - extent.minX) / cellSize - 0.5;
        const double fy = (p.y - extent.minY) / cellSize - 0.5;
        const double reach = bandwidth / cellSize;
        const int c0 = std::max(0, int(std::ceil(fx - reach)));
        const int c1 = std::min(grid.columns - 1, int(std::floor(fx + reach)));
        const int r0 = std::max(0, int(std::ceil(fy - reach)));
        const int r1 = std::min(grid.rows - 1, int(std::floor(fy + reach)));
        for (int row = r0; row <= r1; ++row) {
            const double dy = extent.minY + (row + 0.5) * cellSize - p.y;
            double* line = grid.values.data() + size_t(row) * size_t(grid.columns);
            for (int column = c0; column <= c1; ++column) {
                const double dx = extent.minX + (column + 0.5) * cellSize - p.x;
                const double u = 1.0 - (dx * dx + dy * dy) / h2;
                if (u > 0)
                    line[column] += kernel == Kernel::Quartic ? scale * u * u : scale * u;
            }
        }
    }
    for (double v : grid.values)
        grid.maxValue = std::max(grid.maxValue, v);
    return grid;
}

QList<double> classBreaks(const DensityGrid& grid, int classes, ClassMethod method)
{
    QList<double> breaks;
    if (classes < 1 || !(grid.maxValue > 0))
        return breaks;
    if (method == ClassMethod::EqualInterval) {
        for (int k = 1; k <= classes; ++k)
            breaks << (k == classes ? grid.maxValue : grid.maxValue * k / classes);
        return breaks;
    }
    std::vector<double> positive;
    for (double v : grid.values) {
        if (v > 0)
            positive.push_back(v);
    }
    std::sort(positive.begin(), positive.end());
    const size_t n = positive.size();
    for (int k = 1; k <= classes; ++k) {
        // Smallest index whose rank reaches k/classes of the values.
        const size_t rank = (size_t(k) * n + size_t(classes) - 1) / size_t(classes);
        breaks << positive[std::max<size_t>(rank, 1) - 1];
    }
    return breaks;
}

int classOf(double value, const QList<double>& breaks)
{
    if (!(value > 0) || breaks.isEmpty())
        return -1;
    const auto it = std::lower_bound(breaks.begin(), breaks.end(), value);
    return it == breaks.end() ? int(breaks.size()) - 1 : int(it - breaks.begin());
}

} // namespace proxima::sara
