#pragma once

#include "core/common/Result.h"
#include "core/reports/ActionMatrix.h"

#include <QCoreApplication>
#include <QString>

namespace proxima::documents {

/// The action matrix as an Excel workbook: bold frozen header, problem group rows, real dates and numbers,
/// SUBTOTAL formulas per problem and overall (cached values included), print setup for A4 landscape.
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(proxima::documents::XlsxExporter)

public:
    /// Writes to a sibling temporary file and renames it into place, so a failure never leaves half a file.
    static Status write(const QString& path, const reports::ActionMatrix& matrix);
};

} // namespace proxima::documents
