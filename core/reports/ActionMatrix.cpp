#include "core/reports/ActionMatrix.h"

namespace proxima::reports {

QList<MatrixColumn> ActionMatrix::allColumns()
{
    QList<MatrixColumn> columns;
    for (int c = int(MatrixColumn::Problem); c <= int(MatrixColumn::Referral); ++c)
        columns << MatrixColumn(c);
    return columns;
}

int ActionMatrix::actionCount() const
{
    int count = 0;
    for (const ProblemGroup& group : groups)
        count += int(group.actions.size());
    return count;
}

} // namespace proxima::reports
