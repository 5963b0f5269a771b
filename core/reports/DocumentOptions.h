#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace proxima::reports {

/// Settings shared by every document builder: the day it is made and the language of the interface.
struct DocumentOptions
{
    QDate generatedOn;              ///< Passed in so documents are reproducible.
    QLocale locale = QLocale();     ///< The interface language: month names, number format.
    QString logoPath;               ///< Optional logo in the page header.

    /// A date as printed in lists and tables ("01/10/2026", "2026-10-01", ... by locale).
    QString shortDate(const QDate& date) const { return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString(); }
    /// A date as printed in headings ("Thursday 1 October 2026").
    QString longDate(const QDate& date) const { return date.isValid() ? locale.toString(date, QLocale::LongFormat) : QString(); }
};

} // namespace proxima::reports
