#include <catch2/catch.hpp>

#include "core/io/IncidentCsvParser.h"
#include "core/sara/DemoIncidents.h"
#include "core/sara/DeterministicRandom.h"
#include "core/sara/Patterns.h"

#include <QTemporaryDir>

using namespace proxima::sara;
using proxima::io::Incident;

namespace {

bool same(const Incident& a, const Incident& b)
{
    return a.reference == b.reference && a.date == b.date && a.time == b.time && a.category == b.category
           && a.address == b.address && a.latitude == b.latitude && a.longitude == b.longitude
           && a.description == b.description && a.fingerprint == b.fingerprint;
}

} // namespace

TEST_CASE("deterministic random: standard engine output and own draws", "[generator]")
{
    DeterministicRandom standard(5489);
    quint64 value = 0;
    for (int i = 0; i < 10000; ++i)
        value = standard.next();
    CHECK(value == 9981545732273789042ULL);   // required of mt19937_64 by the C++ standard

    DeterministicRandom random(1);
    const double weights[] = {0, 3, 0, 1};
    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4000; ++i) {
        ++counts[random.weighted(weights, 4)];
        const quint64 b = random.below(7);
        REQUIRE(b < 7);
        const double u = random.uniform();
        REQUIRE((u >= 0 && u < 1));
        const double n = random.normal();
        REQUIRE((n >= -6 && n <= 6));
    }
    CHECK(counts[0] == 0);
    CHECK(counts[2] == 0);
    CHECK(counts[1] > 2800);
    CHECK(counts[3] > 800);
    CHECK(random.below(0) == 0);
}

TEST_CASE("demo incidents: same seed, same output; other seed, other output", "[generator]")
{
    DemoOptions options;
    options.count = 2500;
    const auto first = generateDemoIncidents(options);
    const auto second = generateDemoIncidents(options);
    REQUIRE(first.size() == 2500);
    REQUIRE(second.size() == 2500);
    for (int i = 0; i < first.size(); ++i)
        REQUIRE(same(first[i], second[i]));
    CHECK(first[0].reference == QStringLiteral("DEMO-20240305-1"));

    options.seed = 7;
    const auto other = generateDemoIncidents(options);
    int identical = 0;
    for (int i = 0; i < other.size(); ++i)
        identical += other[i].date == first[i].date && other[i].time == first[i].time ? 1 : 0;
    CHECK(identical < 100);
}

TEST_CASE("demo incidents follow the neighbourhood's rhythms and places", "[generator]")
{
    const auto incidents = generateDemoIncidents();
    REQUIRE(incidents.size() == 3000);
    CHECK(incidents.first().date >= QDate(2023, 1, 1));
    CHECK(incidents.last().date <= QDate(2024, 12, 31));
    for (int i = 1; i < incidents.size(); ++i)
        REQUIRE(incidents[i - 1].occurred() <= incidents[i].occurred());

    const auto categories = countsByCategory(incidents);
    REQUIRE(categories.size() == 5);
    CHECK(categories[0].category == QStringLiteral("Nuisance nocturne"));

    QList<Incident> bikes;
    QList<Incident> nuisance;
    QList<Incident> burglary;
    for (const Incident& incident : incidents) {
        REQUIRE(incident.latitude.has_value());
        REQUIRE(std::abs(*incident.latitude - 50.465) < 0.03);
        REQUIRE(std::abs(*incident.longitude - 4.867) < 0.05);
        if (incident.category == QStringLiteral("Vol de vélo"))
            bikes << incident;
        else if (incident.category == QStringLiteral("Nuisance nocturne"))
            nuisance << incident;
        else if (incident.category == QStringLiteral("Cambriolage"))
            burglary << incident;
    }
    const WeekHourCounts bikeGrid = weekdayHourCounts(bikes);
    int commuting = 0;
    for (int hour : {7, 8, 9, 16, 17, 18})
        commuting += bikeGrid.hourTotal(hour);
    CHECK(commuting * 2 > bikeGrid.total());
    const WeekHourCounts nightGrid = weekdayHourCounts(nuisance);
    CHECK((nightGrid.dayTotal(4) + nightGrid.dayTotal(5) + nightGrid.dayTotal(6)) * 2 > nightGrid.total());
    const WeekHourCounts burglaryGrid = weekdayHourCounts(burglary);
    int weekdayAfternoon = 0;
    for (int day = 0; day < 5; ++day) {
        for (int hour = 12; hour < 19; ++hour)
            weekdayAfternoon += burglaryGrid.at(day, hour);
    }
    CHECK(weekdayAfternoon * 2 > burglaryGrid.total());
}

TEST_CASE("the benchmark CSV parses back without rejections", "[generator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.csv"));
    REQUIRE(writeDemoCsv(path, 3000, 11).ok());
    auto parsed = proxima::io::IncidentCsvParser::parse(path, {});
    REQUIRE(parsed.ok());
    CHECK(parsed->delimiter == QChar(u';'));
    CHECK(parsed->encoding == proxima::io::TextEncoding::Utf8);
    CHECK(parsed->rejected.isEmpty());
    REQUIRE(parsed->incidents.size() == 3000);
    CHECK(parsed->incidents[0].reference == QStringLiteral("PV-11-1"));
    CHECK(parsed->incidents[0].description.contains(QStringLiteral("\n(suite; \"voir PV\")")));
    CHECK(parsed->incidents[1].sourceLine == 4);   // row 1 spans two lines
    CHECK(parsed->incidents[50].description.endsWith(QStringLiteral("; témoin \"présent\"")));
}
