// IncidentImportService: the one import path of the app, the CLI and the demo (parse, validate, file under areas,
// store all or nothing). The bulk store and the parser have their own tests (storage, io).
#include "TestSupport.h"

#include "core/services/IncidentImportService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/IncidentQueries.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.proxima")));
        REQUIRE(created.ok());
        ws = std::move(created).value();
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(ws->database());
        q.exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

Result<IncidentFileImport> importText(Workspace& ws, const QByteArray& csv, bool skipInvalid,
                                      const io::IncidentProgress& progress = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    io::IncidentParseOptions options;
    options.csv.fileName = QStringLiteral("export.csv");
    return IncidentImportService(ws).importFile(&buffer, {}, options, skipInvalid, progress);
}

// Line 3 has an impossible date, line 5 an impossible date and a latitude that is not a number.
const QByteArray MixedCsv = "id;date;type;lat;lon;area\n"
                            "A1;2024-03-01;Vol de vélo;50.67;4.60;Gare\n"
                            "A2;2024-02-31;Vol de vélo;50.67;4.60;Gare\n"
                            "A3;2024-03-02;Tapage;;;nord\n"
                            "A4;2024-13-01;Tapage;north;4.60;\n"
                            "A5;2024-03-04;Tapage;;;GARE\n";

io::Incident incident(const QString& reference, const QDate& date, const QString& area = {})
{
    io::Incident i;
    i.reference = reference;
    i.date = date;
    i.category = QStringLiteral("Vol");
    i.area = area;
    return i;
}

} // namespace

TEST_CASE("the import service stores the valid rows, files them under areas and reports the rejected ones",
          "[services]")
{
    Fixture f;
    const qint64 station = AreaRepository(*f.ws).idForName(QStringLiteral("Gare"), true).value();
    auto imported = importText(*f.ws, MixedCsv, true);
    REQUIRE(imported.ok());
    const IncidentImportSummary& s = imported->summary;
    CHECK(s.rowsRead == 5);
    CHECK(s.imported == 3);
    CHECK(s.alreadyPresent == 0);
    CHECK(s.rejected == 2);
    CHECK_FALSE(s.cancelled);
    CHECK(s.importId > 0);
    CHECK(s.unknownAreas == QMap<QString, int>{{QStringLiteral("nord"), 1}});
    CHECK(describeUnknownAreas(s.unknownAreas) == QStringLiteral("nord (1)"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE area_id = %1").arg(station)) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE area_id IS NULL")) == 1);

    // The report of the rejected rows, in line order, each with every reason and without repeating its line.
    REQUIRE(imported->parse.rejected.size() == 2);
    CHECK(imported->parse.rejected.at(0).line == 3);
    CHECK(IncidentImportService::describeReasons(imported->parse.rejected.at(0)) ==
          QStringLiteral("column 'date': '2024-02-31' is not a valid date"));
    CHECK(imported->parse.rejected.at(1).line == 5);
    CHECK(IncidentImportService::describeReasons(imported->parse.rejected.at(1)) ==
          QStringLiteral("column 'date': '2024-13-01' is not a valid date; column 'lat': 'north' is not a number"));

    // The import is recorded with the counts it reported.
    auto recorded = IncidentQueries(*f.ws).imports();
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().first == QStringLiteral("export.csv"));
    CHECK(recorded->first().second.importId == s.importId);
    CHECK(recorded->first().second.rowsRead == 5);
    CHECK(recorded->first().second.imported == 3);
    CHECK(recorded->first().second.rejected == 2);
}

TEST_CASE("the import service stores nothing when rows are rejected and the valid ones were not asked for",
          "[services]")
{
    Fixture f;
    auto refused = importText(*f.ws, MixedCsv, false);
    REQUIRE(refused.ok());
    CHECK(refused->summary.importId == 0);
    CHECK(refused->summary.imported == 0);
    CHECK(refused->summary.rejected == 2);
    CHECK(refused->summary.unknownAreas.isEmpty());
    CHECK_FALSE(refused->summary.cancelled);
    CHECK(refused->parse.rejected.size() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);
    CHECK(f.ws->integrityCheck().value().isEmpty());
}

TEST_CASE("the import service stops at the first progress report that says so and stores nothing", "[services]")
{
    Fixture f;
    int reports = 0;
    auto cancelled = importText(*f.ws, MixedCsv, true, [&](qint64, qint64) { return ++reports < 1; });
    REQUIRE(cancelled.ok());
    CHECK(reports == 1);
    CHECK(cancelled->summary.cancelled);
    CHECK(cancelled->summary.importId == 0);
    CHECK(cancelled->summary.imported == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);

    // The same service imports the file afterwards: nothing of the stopped run is left in the way.
    auto again = importText(*f.ws, MixedCsv, true);
    REQUIRE(again.ok());
    CHECK(again->summary.imported == 3);
}

TEST_CASE("the import service names the file it cannot open", "[services]")
{
    Fixture f;
    auto missing = IncidentImportService(*f.ws).importFile(f.dir.filePath(QStringLiteral("absent.csv")), {}, {}, true);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(missing.error().file == QStringLiteral("absent.csv"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);
}

TEST_CASE("the import service stores incidents parsed elsewhere, by area name or by the caller's rule", "[services]")
{
    Fixture f;
    AreaRepository areas(*f.ws);
    const qint64 station = areas.idForName(QStringLiteral("Gare"), true).value();
    const qint64 park = areas.idForName(QStringLiteral("Parc"), true).value();
    IncidentImportService service(*f.ws);

    auto byName = service.importIncidents({incident(QStringLiteral("N1"), QDate(2024, 1, 2), QStringLiteral("gare")),
                                           incident(QStringLiteral("N2"), QDate(2024, 1, 3), QStringLiteral("Ouest")),
                                           incident(QStringLiteral("N1"), QDate(2024, 1, 2), QStringLiteral("gare"))},
                                          QStringLiteral("named"), 4, 1);
    REQUIRE(byName.ok());
    CHECK(byName->imported == 2);
    CHECK(byName->alreadyPresent == 1);
    CHECK(byName->rowsRead == 4);
    CHECK(byName->rejected == 1);
    CHECK(byName->unknownAreas == QMap<QString, int>{{QStringLiteral("Ouest"), 1}});
    CHECK(f.scalar(QStringLiteral("SELECT area_id FROM incidents WHERE reference = 'N1'")) == station);

    // A rule of the caller's (the demo files by position) replaces the names, which are then not looked at.
    auto byRule = service.importIncidents({incident(QStringLiteral("R1"), QDate(2024, 2, 1), QStringLiteral("Ouest"))},
                                          QStringLiteral("ruled"), 1, 0, [&](const io::Incident&) { return park; });
    REQUIRE(byRule.ok());
    CHECK(byRule->unknownAreas.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT area_id FROM incidents WHERE reference = 'R1'")) == park);

    // One incident without a valid date refuses the whole list, naming its line.
    io::Incident undated = incident(QStringLiteral("U2"), QDate());
    undated.sourceLine = 7;
    auto refused = service.importIncidents({incident(QStringLiteral("U1"), QDate(2024, 3, 1)), undated},
                                           QStringLiteral("undated"), 2, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == QStringLiteral("undated"));
    CHECK(refused.error().line == 7);
    CHECK(refused.error().field == QStringLiteral("date"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE reference LIKE 'U_'")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 2);
}

TEST_CASE("incidents stored inside a larger write go back with it when that write fails", "[services]")
{
    Fixture f;
    const Status failed = f.ws->write([&]() -> Status {
        auto stored = IncidentImportService(*f.ws).importIncidents(
            {incident(QStringLiteral("W1"), QDate(2024, 4, 1)), incident(QStringLiteral("W2"), QDate(2024, 4, 2))},
            QStringLiteral("within"), 2, 0);
        REQUIRE(stored.ok());
        CHECK(stored->imported == 2);
        return Error{QStringLiteral("a later step failed"), {}, 0, {}};
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);
}

TEST_CASE("the import service refuses to import a file inside another write, which could not undo a refusal",
          "[services]")
{
    Fixture f;
    const Status outer = f.ws->write([&]() -> Status {
        auto nested = importText(*f.ws, MixedCsv, false);
        REQUIRE_FALSE(nested.ok());
        CHECK(nested.error().file == QStringLiteral("export.csv"));
        return Status{};
    });
    REQUIRE(outer.ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
}
