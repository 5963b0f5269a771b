#pragma once

#include "core/reports/ActionMatrix.h"

#include <QLocale>
#include <QString>

namespace proxima::reports {

/// Display text of matrix cells, shared by the printed layouts and the CSV export so that they agree.
class MatrixCells
{
public:
    /// Text of one cell of an action row.
    static QString text(const reports::ActionRow& action, const reports::ProblemGroup& group,
                        reports::MatrixColumn column, const QLocale& locale, const QString& dateFormat);
    /// Hours with at most two decimals, trailing zeros dropped ("12", "2.5").
    static QString hours(double value, const QLocale& locale);
    /// Amount with two decimals ("1250.00").
    static QString euros(double value, const QLocale& locale);
    /// Relative printed width of a column.
    static double weight(reports::MatrixColumn column);
    /// Columns holding numbers (right-aligned, summed in totals rows).
    static bool isNumeric(reports::MatrixColumn column);
    /// Columns holding dates.
    static bool isDate(reports::MatrixColumn column);
};

} // namespace proxima::reports
