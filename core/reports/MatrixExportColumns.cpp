#include "core/reports/MatrixExportColumns.h"

namespace proxima::reports {

QList<reports::MatrixColumn> exportColumns(const reports::ActionMatrix& matrix, bool withProblem)
{
    using reports::MatrixColumn;
    QList<MatrixColumn> columns = matrix.columns;
    if (columns.isEmpty()) {
        columns = reports::ActionMatrix::allColumns();
        columns.removeAll(MatrixColumn::Problem);
    }
    if (withProblem && !columns.contains(MatrixColumn::Problem))
        columns.prepend(MatrixColumn::Problem);
    return columns;
}

} // namespace proxima::reports
