#include "core/sara/Patterns.h"

#include <QHash>

#include <algorithm>

namespace proxima::sara {

int WeekHourCounts::dayTotal(int day) const
{
    int sum = 0;
    for (int hour = 0; hour < 24; ++hour)
        sum += at(day, hour);
    return sum;
}

int WeekHourCounts::hourTotal(int hour) const
{
    int sum = 0;
    for (int day = 0; day < 7; ++day)
        sum += at(day, hour);
    return sum;
}

int WeekHourCounts::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

WeekHourCounts weekdayHourCounts(const QList<io::Incident>& incidents)
{
    WeekHourCounts grid;
    for (const io::Incident& incident : incidents) {
        if (!incident.date.isValid())
            continue;
        if (!incident.time || !incident.time->isValid()) {
            ++grid.withoutTime;
            continue;
        }
        const int day = incident.date.dayOfWeek() - 1;   // Qt: 1 = Monday
        ++grid.counts[size_t(day * 24 + incident.time->hour())];
    }
    return grid;
}

QList<MonthCount> monthlyTrend(const QList<io::Incident>& incidents, QDate from, QDate to)
{
    const auto monthIndex = [](QDate date) { return date.year() * 12 + date.month() - 1; };
    int first = from.isValid() ? monthIndex(from) : std::numeric_limits<int>::max();
    int last = to.isValid() ? monthIndex(to) : std::numeric_limits<int>::min();
    if (!from.isValid() || !to.isValid()) {
        for (const io::Incident& incident : incidents) {
            if (!incident.date.isValid())
                continue;
            if (!from.isValid())
                first = std::min(first, monthIndex(incident.date));
            if (!to.isValid())
                last = std::max(last, monthIndex(incident.date));
        }
    }
    QList<MonthCount> series;
    if (first > last)
        return series;
    for (int m = first; m <= last; ++m)
        series << MonthCount{m / 12, m % 12 + 1, 0};
    for (const io::Incident& incident : incidents) {
        if (!incident.date.isValid())
            continue;
        const int m = monthIndex(incident.date);
        if (m >= first && m <= last)
            ++series[m - first].count;
    }
    return series;
}

QList<CategoryCount> countsByCategory(const QList<io::Incident>& incidents)
{
    QHash<QString, int> counts;
    for (const io::Incident& incident : incidents)
        ++counts[incident.category.trimmed()];
    QList<CategoryCount> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list << CategoryCount{it.key(), it.value()};
    std::sort(list.begin(), list.end(), [](const CategoryCount& a, const CategoryCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int folded = a.category.compare(b.category, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.category < b.category;
    });
    return list;
}

} // namespace proxima::sara
