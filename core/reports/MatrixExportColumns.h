#pragma once

#include "core/reports/ActionMatrix.h"

namespace proxima::reports {

/// Columns of the flat exports (CSV, XLSX): the chosen columns, or all but Problem when none are chosen.
/// withProblem puts the Problem column first when it is missing, since a flat file has no group rows.
QList<reports::MatrixColumn> exportColumns(const reports::ActionMatrix& matrix, bool withProblem);

} // namespace proxima::reports
