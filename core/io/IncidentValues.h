#pragma once

#include <QDate>
#include <QStringView>
#include <QTime>

#include <optional>

namespace proxima::io {

/// A date with an optional time of day, as read from one cell.
struct DateAndTime
{
    QDate date;
    std::optional<QTime> time;
};

/// Parses the date formats found in Belgian exports: ISO 2024-03-05 (also 2024/03/05), day first 5/3/2024,
/// 05.03.2024, 05-03-2024; optionally followed by 'T' or spaces and a time (see parseTime). Four-digit years
/// only: a two-digit year is ambiguous. Empty when the text is not such a date or the date does not exist.
std::optional<DateAndTime> parseDateTime(QStringView text);

/// Parses 14:30, 9:05, 14:30:15, 14:30:15.250, 14h30, 14h. Empty when invalid (25:00, 14:60, ...).
std::optional<QTime> parseTime(QStringView text);

/// Parses a decimal number with '.' or ',' as decimal separator; when both occur the last one is the decimal
/// separator and the other groups thousands. Spaces (also no-break) are ignored. Empty when not a finite number.
std::optional<double> parseNumber(QStringView text);

} // namespace proxima::io
