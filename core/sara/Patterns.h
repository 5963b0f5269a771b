#pragma once

#include "core/io/Incident.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace proxima::sara {

/// Incidents per weekday and hour of day. Day index 0 = Monday ... 6 = Sunday.
struct WeekHourCounts
{
    std::array<int, 7 * 24> counts{};
    int withoutTime = 0;   ///< incidents with a date but no time (not in the grid)

    int at(int day, int hour) const { return counts[size_t(day * 24 + hour)]; }
    int dayTotal(int day) const;
    int hourTotal(int hour) const;
    int total() const;
};

/// One month of a trend series.
struct MonthCount
{
    int year = 0;
    int month = 0;   ///< 1..12
    int count = 0;
    bool operator==(const MonthCount&) const = default;
};

/// Incidents of one category.
struct CategoryCount
{
    QString category;
    int count = 0;
    bool operator==(const CategoryCount&) const = default;
};

/// The 7 x 24 grid of when incidents happen.
WeekHourCounts weekdayHourCounts(const QList<io::Incident>& incidents);

/// Count per month from the month of `from` to the month of `to`, months without incidents included as 0.
/// Invalid from/to default to the first/last incident's month; no incidents and no range give an empty list.
/// Incidents outside the range are not counted.
QList<MonthCount> monthlyTrend(const QList<io::Incident>& incidents, QDate from = {}, QDate to = {});

/// Count per category, most frequent first; equal counts by name (case-insensitive, then exact). Category names
/// are compared after trimming; an empty category is listed as an empty name.
QList<CategoryCount> countsByCategory(const QList<io::Incident>& incidents);

} // namespace proxima::sara
