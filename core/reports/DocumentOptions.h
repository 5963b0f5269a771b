#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace proxima::reports {

/// Settings shared by every document builder: the day it is made and the language of the interface.
struct DocumentOptions
{
    QDate generatedOn;              ///< Passed in so documents are reproducible.
    QLocale locale = QLocale();     ///< The interface language: month names, number format.
    QString logoPath;               ///< Optional logo in the page header.

    /// Format of dates in lists and tables: the locale's short format, ISO 8601 for the neutral C locale.
    QString dateFormat() const
    {
        return locale.language() == QLocale::C ? QStringLiteral("yyyy-MM-dd") : locale.dateFormat(QLocale::ShortFormat);
    }
    /// A date as printed in lists and tables ("01/10/2026", "2026-10-01", ... by locale).
    QString shortDate(const QDate& date) const { return date.isValid() ? locale.toString(date, dateFormat()) : QString(); }
    /// A date as printed in headings ("Thursday 1 October 2026").
    QString longDate(const QDate& date) const
    {
        return date.isValid() ? locale.toString(date, QLocale::LongFormat) : QString();
    }
    /// A time of day ("19:30").
    QString time(const QTime& time) const
    {
        return locale.language() == QLocale::C ? time.toString(QStringLiteral("HH:mm"))
                                               : locale.toString(time, QLocale::ShortFormat);
    }
};

} // namespace proxima::reports
