#include <catch2/catch.hpp>

#include "core/sara/Hotspots.h"
#include "core/sara/Patterns.h"

#include <cmath>

using namespace proxima::sara;
using proxima::io::Incident;

namespace {

Incident at(QDate date, std::optional<QTime> time, const char* category = "x")
{
    Incident incident;
    incident.date = date;
    incident.time = time;
    incident.category = QString::fromUtf8(category);
    return incident;
}

} // namespace

TEST_CASE("grid counts are exact, edges included, outside counted", "[hotspots]")
{
    const QList<PlanePoint> points = {{0, 0}, {9.99, 9.99}, {10, 0}, {25, 25}, {30, 30}, {30.01, 5}, {-1, 5}, {15, 12}};
    auto grid = gridCounts(points, Extent{0, 0, 30, 30}, 10);
    REQUIRE(grid.ok());
    CHECK(grid->columns == 3);
    CHECK(grid->rows == 3);
    CHECK(grid->at(0, 0) == 2);
    CHECK(grid->at(1, 0) == 1);
    CHECK(grid->at(1, 1) == 1);
    CHECK(grid->at(2, 2) == 2);
    CHECK(grid->at(2, 0) == 0);
    CHECK(grid->pointsOutside == 2);
    CHECK(grid->maxValue == 2);
    double sum = 0;
    for (double v : grid->values)
        sum += v;
    CHECK(sum == 6);
    auto partial = gridCounts({}, Extent{0, 0, 25, 11}, 10);
    REQUIRE(partial.ok());
    CHECK(partial->columns == 3);
    CHECK(partial->rows == 2);
    CHECK(partial->maxValue == 0);
    CHECK(classBreaks(partial.value(), 5, ClassMethod::Quantile).isEmpty());
}

TEST_CASE("grid and density input errors", "[hotspots]")
{
    CHECK(gridCounts({}, Extent{0, 0, 10, 10}, 0).error().message == QStringLiteral("the cell size must be positive"));
    CHECK(gridCounts({}, Extent{0, 0, 0, 10}, 1).error().message == QStringLiteral("the area to map is empty"));
    CHECK(kernelDensity({}, Extent{0, 0, 10, 10}, 1, -5).error().message == QStringLiteral("the bandwidth must be positive"));
    CHECK(gridCounts({}, Extent{0, 0, 1e6, 1e6}, 0.1).error().message
          == QStringLiteral("the cells are too small for this area (10000000 x 10000000 cells)"));
}

TEST_CASE("kernel density peaks at the point and is symmetric", "[hotspots]")
{
    for (const Kernel kernel : {Kernel::Quartic, Kernel::Epanechnikov}) {
        auto grid = kernelDensity({{50, 50}}, Extent{0, 0, 101, 101}, 1, 10, kernel);   // a cell centre at 50.5
        REQUIRE(grid.ok());
        auto centred = kernelDensity({{50.5, 50.5}}, Extent{0, 0, 101, 101}, 1, 10, kernel);
        REQUIRE(centred.ok());
        const double peak = (kernel == Kernel::Quartic ? 3.0 : 2.0) / (M_PI * 100);
        CHECK(centred->at(50, 50) == Approx(peak));
        CHECK(centred->maxValue == Approx(peak));
        for (int d = 1; d <= 12; ++d) {
            CHECK(centred->at(50 + d, 50) == Approx(centred->at(50 - d, 50)));
            CHECK(centred->at(50, 50 + d) == Approx(centred->at(50 - d, 50)));
            CHECK(centred->at(50 + d, 50 + d) == Approx(centred->at(50 - d, 50 - d)));
            if (d <= 10)
                CHECK(centred->at(50 + d, 50) < centred->at(50 + d - 1, 50));
            else
                CHECK(centred->at(50 + d, 50) == 0);
        }
        CHECK(centred->at(60, 50) == 0);   // exactly at the bandwidth
        CHECK(centred->at(59, 50) > 0);
        // The point between four centres: the four cells around it share the maximum.
        CHECK(grid->at(49, 49) == Approx(grid->at(50, 50)));
        CHECK(grid->at(49, 50) == Approx(grid->at(50, 49)));
        // The kernel integrates to 1 (sum of cells x cell area).
        double sum = 0;
        for (double v : centred->values)
            sum += v;
        CHECK(sum == Approx(1.0).epsilon(0.01));
    }
}

TEST_CASE("class breaks: quantile over positive cells and equal intervals", "[hotspots]")
{
    DensityGrid grid;
    grid.columns = 5;
    grid.rows = 2;
    grid.values = {0, 0, 1, 2, 3, 4, 5, 6, 7, 10};
    grid.maxValue = 10;
    CHECK(classBreaks(grid, 4, ClassMethod::Quantile) == QList<double>{2, 4, 6, 10});
    CHECK(classBreaks(grid, 5, ClassMethod::EqualInterval) == QList<double>{2, 4, 6, 8, 10});
    CHECK(classBreaks(grid, 0, ClassMethod::EqualInterval).isEmpty());
    const QList<double> breaks{2, 4, 6, 10};
    CHECK(classOf(0, breaks) == -1);
    CHECK(classOf(1, breaks) == 0);
    CHECK(classOf(2, breaks) == 0);
    CHECK(classOf(2.5, breaks) == 1);
    CHECK(classOf(10, breaks) == 3);
    CHECK(classOf(11, breaks) == 3);
    CHECK(classOf(1, {}) == -1);
}

TEST_CASE("weekday x hour grid counts, Monday first", "[patterns]")
{
    const QList<Incident> incidents = {at(QDate(2024, 3, 4), QTime(0, 0)),      // Monday
                                       at(QDate(2024, 3, 4), QTime(0, 59)),
                                       at(QDate(2024, 3, 10), QTime(23, 30)),    // Sunday
                                       at(QDate(2024, 3, 6), QTime(14, 0)),      // Wednesday
                                       at(QDate(2024, 3, 6), std::nullopt)};
    const WeekHourCounts grid = weekdayHourCounts(incidents);
    CHECK(grid.at(0, 0) == 2);
    CHECK(grid.at(6, 23) == 1);
    CHECK(grid.at(2, 14) == 1);
    CHECK(grid.total() == 4);
    CHECK(grid.withoutTime == 1);
    CHECK(grid.dayTotal(0) == 2);
    CHECK(grid.dayTotal(1) == 0);
    CHECK(grid.hourTotal(23) == 1);
    CHECK(weekdayHourCounts({}).total() == 0);
}

TEST_CASE("monthly trend includes empty months and crosses years", "[patterns]")
{
    const QList<Incident> incidents = {at(QDate(2023, 11, 30), {}), at(QDate(2024, 2, 1), {}),
                                       at(QDate(2024, 2, 29), {}), at(QDate(2023, 11, 1), {})};
    CHECK(monthlyTrend(incidents)
          == QList<MonthCount>{{2023, 11, 2}, {2023, 12, 0}, {2024, 1, 0}, {2024, 2, 2}});
    CHECK(monthlyTrend(incidents, QDate(2024, 1, 15), QDate(2024, 3, 1))
          == QList<MonthCount>{{2024, 1, 0}, {2024, 2, 2}, {2024, 3, 0}});
    CHECK(monthlyTrend({}).isEmpty());
    CHECK(monthlyTrend({}, QDate(2024, 1, 1), QDate(2024, 1, 31)) == QList<MonthCount>{{2024, 1, 0}});
}

TEST_CASE("counts by category: descending, ties by name", "[patterns]")
{
    const QList<Incident> incidents = {at({}, {}, "Vol"), at({}, {}, "Nuisance"), at({}, {}, "burglary"),
                                       at({}, {}, "Nuisance "), at({}, {}, "Vol"), at({}, {}, "Arson"),
                                       at({}, {}, "Burglary")};
    CHECK(countsByCategory(incidents)
          == QList<CategoryCount>{{QStringLiteral("Nuisance"), 2}, {QStringLiteral("Vol"), 2},
                                  {QStringLiteral("Arson"), 1}, {QStringLiteral("Burglary"), 1},
                                  {QStringLiteral("burglary"), 1}});
    CHECK(countsByCategory({}).isEmpty());
}
