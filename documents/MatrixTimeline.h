#pragma once

#include "documents/Flow.h"
#include "documents/MatrixRenderOptions.h"
#include "core/reports/ActionMatrix.h"

#include <QCoreApplication>

namespace proxima::documents {

/// Timeline layout of the action matrix: one band per action over the months from the earliest start to the
/// latest due date, coloured and patterned by status, grouped by problem, with an optional "today" line.
class MatrixTimeline
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::MatrixTimeline)

public:
    static void build(Flow& flow, const LayoutContext& context, const reports::ActionMatrix& matrix,
                      const MatrixRenderOptions& options);

    /// First and last month (as first days) covered by the dated actions; invalid dates when there are none.
    static std::pair<QDate, QDate> monthRange(const reports::ActionMatrix& matrix);
};

} // namespace proxima::documents
