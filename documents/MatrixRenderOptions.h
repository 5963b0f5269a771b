#pragma once

#include "documents/PageSetup.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace proxima::documents {

/// How the action matrix is printed.
struct MatrixRenderOptions
{
    /// Table grouped by problem; actions × safety-chain phases; actions over the months.
    enum class Layout { Table, Grid, Timeline };

    Layout layout = Layout::Table;
    PageSetup page;
    bool signatureBlock = true;          ///< Boxes for the signatories at the end (when there are any).
    QDate today;                         ///< Timeline: a vertical line at this date when valid.
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QLocale locale = QLocale::c();       ///< Numbers and month names.
    double fontPt = 8;                   ///< Body text size of the table.
};

} // namespace proxima::documents
