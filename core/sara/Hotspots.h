#pragma once

#include "core/common/Result.h"
#include "core/sara/LocalProjection.h"

#include <QList>

#include <vector>

namespace proxima::sara {

/// Rectangle on a plane (metres of a LocalProjection, or pixels).
struct Extent
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

/// Raster of values over an extent. Cell (column, row) covers [minX + column*cellSize, +cellSize) in x and
/// [minY + row*cellSize, +cellSize) in y: row 0 is at minY (the bottom for metres, the top for pixels).
struct DensityGrid
{
    Extent extent;
    double cellSize = 0;
    int columns = 0;
    int rows = 0;
    std::vector<double> values;     ///< row-major: values[row * columns + column]
    double maxValue = 0;            ///< for the legend
    int pointsOutside = 0;          ///< grid counts only: points not inside the extent

    double at(int column, int row) const { return values[size_t(row) * size_t(columns) + size_t(column)]; }
    /// Centre of a cell on the plane.
    PlanePoint cellCentre(int column, int row) const;
};

/// Kernel shape of a density estimate; both reach zero at the bandwidth.
enum class Kernel {
    Quartic,        ///< 3/(pi h^2) * (1 - d^2/h^2)^2, the usual crime-mapping kernel
    Epanechnikov,   ///< 2/(pi h^2) * (1 - d^2/h^2)
};

/// How class breaks for the legend are chosen.
enum class ClassMethod { Quantile, EqualInterval };

/// Number of points per cell. The extent is split in ceil(width/cellSize) x ceil(height/cellSize) cells; points
/// on the max edge go to the last cell, points outside are counted in pointsOutside.
Result<DensityGrid> gridCounts(const QList<PlanePoint>& points, const Extent& extent, double cellSize);

/// Kernel density (points per square unit) at each cell centre. Each point visits only the cells within the
/// bandwidth, so the cost is points x (bandwidth/cellSize)^2, independent of the grid size. Points outside the
/// extent still contribute to the cells near them.
Result<DensityGrid> kernelDensity(const QList<PlanePoint>& points, const Extent& extent, double cellSize,
                                  double bandwidth, Kernel kernel = Kernel::Quartic);

/// Upper bounds of classes over the positive cell values (empty cells are "no density", not a class): quantile
/// breaks split the positive values in equally sized groups, equal intervals split (0, max]. The last break is
/// the maximum. Empty when no cell is positive or classes < 1.
QList<double> classBreaks(const DensityGrid& grid, int classes, ClassMethod method);

/// Class index (0-based) of a value: the first break not below it; -1 for values <= 0 or without breaks.
int classOf(double value, const QList<double>& breaks);

} // namespace proxima::sara
