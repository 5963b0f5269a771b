#pragma once

#include <QMarginsF>
#include <QPageLayout>

namespace proxima::documents {

/// Paper, orientation and margins of a printed document. Landscape A4 suits most plans; A3 for wall copies.
struct PageSetup
{
    enum class Paper { A4, A3 };

    Paper paper = Paper::A4;
    bool landscape = true;
    QMarginsF marginsMm{12.0, 10.0, 12.0, 10.0};  ///< left, top, right, bottom

    /// The page layout for QPdfWriter / QPrinter.
    QPageLayout pageLayout() const;
};

} // namespace proxima::documents
