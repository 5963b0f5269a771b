#include "TestSupport.h"

#include "core/services/IncidentImportService.h"
#include "core/storage/Migrator.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceProbe.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/IncidentCaseRules.h"
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
    qint64 caseA = 0;
    qint64 caseB = 0;
    Fixture()
    {
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.proxima")));
        REQUIRE(created.ok());
        ws = std::move(created).value();
        ProblemCase a;
        a.title = QStringLiteral("Bicycle theft");
        caseA = CaseRepository(*ws).add(a)->id;
        a.title = QStringLiteral("Night noise");
        caseB = CaseRepository(*ws).add(a)->id;
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(ws->database());
        q.exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

Result<IncidentFileImport> importText(Workspace& ws, const QByteArray& csv, bool skipInvalid)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    io::IncidentParseOptions options;
    options.csv.fileName = QStringLiteral("x.csv");
    return IncidentImportService(ws).importFile(&buffer, {}, options, skipInvalid);
}

const QByteArray GoodCsv = "id,date,time,type,address,lat,lon,description\n"
                           "PV-1,2024-03-05,14:30,Vol de vélo,Rue du Quai 1,50.6716,4.6072,Cadenas coupé\n"
                           "PV-2,05/03/2024,08:10,Vol de vélo,Rue du Quai 3,50.6717,4.6071,\n"
                           "PV-3,2024-03-07,,Cambriolage,Rue des Tilleuls 4,,,Porte forcée\n";

} // namespace

TEST_CASE("concerns keep every field, move between cases and report stale saves", "[storage]")
{
    Fixture f;
    ConcernRepository concerns(*f.ws);
    Concern k;
    k.text = QStringLiteral("  Bikes stolen at the racks  ");
    k.source = ConcernSource::GuidedWalk;
    k.raisedOn = QDate(2026, 9, 1);
    k.place = QStringLiteral("Station racks");
    k.category = QStringLiteral("Theft");
    k.severity = 4;
    k.frequency = ConcernFrequency::Weekly;
    k.raisedBy = QStringLiteral("anonymous");
    k.areaId = AreaRepository(*f.ws).idForName(QStringLiteral("Gare"), true).value();
    k.lat = 50.6716;
    k.lon = 4.6072;
    k.caseId = f.caseA;
    auto added = concerns.add(k);
    REQUIRE(added.ok());
    CHECK(added->text == QStringLiteral("Bikes stolen at the racks"));
    CHECK(added->source == ConcernSource::GuidedWalk);
    CHECK(added->raisedOn == QDate(2026, 9, 1));
    CHECK(added->severity == 4);
    CHECK(added->frequency == ConcernFrequency::Weekly);
    CHECK(added->raisedBy == QStringLiteral("anonymous"));
    CHECK(added->areaName == QStringLiteral("Gare"));
    CHECK(added->caseTitle == QStringLiteral("Bicycle theft"));
    CHECK(*added->lat == 50.6716);
    CHECK_FALSE(added->mapX.has_value());
    CHECK(added->revision == 1);
    QSqlQuery q(f.ws->database());
    q.exec(QStringLiteral("SELECT source, frequency, map_x IS NULL FROM concerns"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("guided_walk"));
    CHECK(q.value(1).toString() == QStringLiteral("weekly"));
    CHECK(q.value(2).toInt() == 1);

    auto moved = concerns.moveToCase(added->id, f.caseB, added->revision);
    REQUIRE(moved.ok());
    CHECK(moved->caseId == f.caseB);
    CHECK(moved->revision == 2);
    CHECK(concerns.listForCase(f.caseA)->isEmpty());
    CHECK(concerns.listForCase(f.caseB)->size() == 1);

    Concern stale = added.value();
    stale.text = QStringLiteral("edited from an old copy");
    auto refused = concerns.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(concerns.moveToCase(added->id, f.caseA, 1).error().code == ErrorCode::Conflict);
    CHECK(concerns.moveToCase(added->id, 9999, 2).error().code == ErrorCode::NotFound);

    Concern bad;
    bad.text = QStringLiteral("x");
    bad.severity = 6;
    CHECK(concerns.add(bad).error().field == QStringLiteral("severity"));
    bad.severity = 0;
    bad.lat = 50.0;
    CHECK(concerns.add(bad).error().field == QStringLiteral("position"));
    bad.lat.reset();
    bad.text = QStringLiteral("   ");
    CHECK(concerns.add(bad).error().field == QStringLiteral("text"));

    Concern loose;
    loose.text = QStringLiteral("Not grouped yet");
    auto looseAdded = concerns.add(loose);
    REQUIRE(looseAdded.ok());
    CHECK(looseAdded->severity == 0);
    CHECK(looseAdded->caseId == 0);
    REQUIRE(concerns.listForCase(0)->size() == 1);
    CHECK(concerns.listForCase(0)->first().id == looseAdded->id);
    CHECK(concerns.remove(looseAdded->id, looseAdded->revision).ok());
    CHECK(concerns.listAll()->size() == 1);
}

TEST_CASE("splitting a case creates a case holding the chosen concerns, in one transaction", "[storage]")
{
    Fixture f;
    ConcernRepository concerns(*f.ws);
    QList<qint64> ids;
    for (const char* text : {"one", "two", "three"}) {
        Concern k;
        k.text = QString::fromLatin1(text);
        k.caseId = f.caseA;
        ids << concerns.add(k)->id;
    }
    ProblemCase split;
    split.title = QStringLiteral("Split off");
    auto created = concerns.splitIntoNewCase(split, {ids[0], ids[2]});
    REQUIRE(created.ok());
    CHECK(created->title == QStringLiteral("Split off"));
    const auto inNew = concerns.listForCase(created->id).value();
    REQUIRE(inNew.size() == 2);
    CHECK(concerns.listForCase(f.caseA)->size() == 1);
    CHECK(concerns.listForCase(f.caseA)->first().id == ids[1]);

    // A missing concern refuses the whole split: no new case, nothing moved.
    const qint64 casesBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    auto refused = concerns.splitIntoNewCase(split, {ids[1], 4242});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")) == casesBefore);
    CHECK(concerns.find(ids[1])->caseId == f.caseA);
}

TEST_CASE("incident import is idempotent and records each import", "[storage]")
{
    Fixture f;
    auto first = importText(*f.ws, GoodCsv, false);
    REQUIRE(first.ok());
    CHECK(first->summary.rowsRead == 3);
    CHECK(first->summary.imported == 3);
    CHECK(first->summary.alreadyPresent == 0);
    CHECK(first->summary.rejected == 0);
    CHECK(first->summary.importId > 0);
    auto again = importText(*f.ws, GoodCsv, false);
    REQUIRE(again.ok());
    CHECK(again->summary.imported == 0);
    CHECK(again->summary.alreadyPresent == 3);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 3);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT rows_already FROM incident_imports ORDER BY id DESC LIMIT 1")) == 3);

    IncidentQueries incidents(*f.ws);
    auto page = incidents.page(0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 3);
    // Stored oldest first: on 5 March, PV-2 at 08:10 comes before PV-1 at 14:30 although the file lists it second.
    CHECK(page->at(0).incident.reference == QStringLiteral("PV-2"));
    CHECK(page->at(0).incident.time == QTime(8, 10));
    CHECK(page->at(1).incident.reference == QStringLiteral("PV-1"));
    CHECK(page->at(1).incident.time == QTime(14, 30));
    CHECK(page->at(1).incident.category == QStringLiteral("Vol de vélo"));
    CHECK(*page->at(1).incident.latitude == 50.6716);
    CHECK(page->at(2).incident.reference == QStringLiteral("PV-3"));
    CHECK_FALSE(page->at(2).incident.time.has_value());
    CHECK_FALSE(page->at(2).incident.latitude.has_value());
    CHECK(incidents.categories().value() == QStringList{QStringLiteral("Cambriolage"), QStringLiteral("Vol de vélo")});
    IncidentFilter byCategory;
    byCategory.category = QStringLiteral("Vol de vélo");
    CHECK(incidents.count(byCategory).value() == 2);
    IncidentFilter byText;
    byText.text = QStringLiteral("forcée");
    CHECK(incidents.count(byText).value() == 1);
    IncidentFilter byPeriod;
    byPeriod.from = QDate(2024, 3, 6);
    CHECK(incidents.count(byPeriod).value() == 1);
    auto after = incidents.pageAfter(page->at(0), 10);
    REQUIRE(after->size() == 2);
    CHECK(after->at(0).id == page->at(1).id);
    auto descending = incidents.page(0, 1, {}, IncidentOrder::DateDescending);
    CHECK(descending->first().incident.reference == QStringLiteral("PV-3"));
}

TEST_CASE("one bad row without skipping imports nothing; with skipping the valid rows go in", "[storage]")
{
    Fixture f;
    const QByteArray csv = GoodCsv + "PV-4,31/02/2024,10:00,Vol de vélo,Rue du Quai 5,,,\n";
    auto refused = importText(*f.ws, csv, false);
    REQUIRE(refused.ok());
    CHECK(refused->summary.importId == 0);
    CHECK(refused->summary.imported == 0);
    CHECK(refused->summary.rejected == 1);
    REQUIRE(refused->parse.rejected.size() == 1);
    CHECK(refused->parse.rejected.first().line == 5);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);

    auto skipped = importText(*f.ws, csv, true);
    REQUIRE(skipped.ok());
    CHECK(skipped->summary.imported == 3);
    CHECK(skipped->summary.rejected == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 3);
    CHECK(f.scalar(QStringLiteral("SELECT rows_rejected FROM incident_imports")) == 1);
}

TEST_CASE("cancelling an import leaves the workspace as it was", "[storage]")
{
    Fixture f;
    QByteArray csv = "date;type\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("2024-01-%1;Type %2\n").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i).toUtf8();
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto cancelled =
        IncidentImportService(*f.ws).importFile(&buffer, {}, {}, true, [](qint64, qint64) { return false; });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->summary.cancelled);
    CHECK(cancelled->summary.importId == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_imports")) == 0);
}

TEST_CASE("the incidents of a case are its rule's plus the hand-picked ones", "[storage]")
{
    Fixture f;
    const qint64 gare = AreaRepository(*f.ws).idForName(QStringLiteral("Gare"), true).value();
    const qint64 parc = AreaRepository(*f.ws).idForName(QStringLiteral("Parc"), true).value();
    QList<io::Incident> list;
    const auto make = [&](const char* ref, QDate date, const char* category) {
        io::Incident i;
        i.reference = QString::fromLatin1(ref);
        i.date = date;
        i.category = QString::fromUtf8(category);
        list << i;
    };
    make("A", QDate(2024, 1, 10), "Vol de vélo"); // Gare
    make("B", QDate(2024, 2, 10), "Vol de vélo"); // Gare
    make("C", QDate(2024, 3, 10), "Vol de vélo"); // Parc
    make("D", QDate(2024, 2, 15), "Cambriolage"); // Gare
    make("E", QDate(2023, 12, 1), "Vol de vélo"); // Gare, before the period
    IncidentQueries incidents(*f.ws);
    IncidentCaseRules rules(*f.ws);
    auto imported = IncidentImportService(*f.ws).importIncidents(
        list, QStringLiteral("test"), 5, 0,
        [&](const io::Incident& i) { return i.reference == QStringLiteral("C") ? parc : gare; });
    REQUIRE(imported.ok());
    CHECK(imported->imported == 5);

    CHECK(incidents.countForCase(f.caseA).value() == 0); // no rule, nothing picked
    CaseIncidentRule rule = rules.rule(f.caseA).value();
    CHECK(rule.revision == 0);
    rule.areaId = gare;
    rule.categories = {QStringLiteral("Vol de vélo")};
    rule.from = QDate(2024, 1, 1);
    auto stored = rules.setRule(rule);
    REQUIRE(stored.ok());
    CHECK(stored->revision == 1);
    CHECK(stored->categories == QStringList{QStringLiteral("Vol de vélo")});
    CHECK(stored->from == QDate(2024, 1, 1));
    CHECK_FALSE(stored->to.isValid());
    CHECK(rules.setRule(rule).error().code == ErrorCode::Conflict); // rule.revision is still 0

    const auto refs = [&](qint64 caseId) {
        QStringList r;
        for (const StoredIncident& s : incidents.forCase(caseId).value())
            r << s.incident.reference;
        return r;
    };
    CHECK(refs(f.caseA) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    const qint64 idOfC = incidents.page(0, 10, {}, IncidentOrder::DateAscending)->at(4).id;
    const qint64 idOfA = incidents.page(0, 10)->at(1).id;
    REQUIRE(rules.setHandPicked(f.caseA, {idOfC, idOfA}, true).ok());
    CHECK(refs(f.caseA) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(incidents.countForCase(f.caseA).value() == 3);
    CHECK(rules.handPicked(f.caseA)->size() == 2);
    CHECK(refs(f.caseB).isEmpty());
    REQUIRE(rules.setHandPicked(f.caseA, {idOfC}, false).ok());
    CHECK(incidents.countForCase(f.caseA).value() == 2);

    CaseIncidentRule everything;
    everything.caseId = f.caseB;
    REQUIRE(rules.setRule(everything).ok());
    CHECK(incidents.countForCase(f.caseB).value() == 5);
}

TEST_CASE("a bulk import rebuilds the secondary indexes; a refused one leaves them as they were", "[storage]")
{
    Fixture f;
    const QString indexes =
        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name = 'incidents' AND sql IS NOT NULL ORDER BY name)");
    const auto names = [&] {
        QSqlQuery q(f.ws->database());
        q.exec(indexes);
        return q.next() ? q.value(0).toString() : QString();
    };
    const QString before = names();
    CHECK(before == QStringLiteral("incidents_area,incidents_category,incidents_date"));
    QList<io::Incident> many;
    for (int n = 0; n < 60000; ++n) {
        io::Incident i;
        i.reference = QStringLiteral("B-%1").arg(n);
        i.date = QDate(2024, 1, 1).addDays(n % 366);
        i.category = n % 3 == 0 ? QStringLiteral("Cambriolage") : QStringLiteral("Vol de vélo");
        many << i;
    }
    auto imported = IncidentImportService(*f.ws).importIncidents(many, QStringLiteral("bulk"), 60000, 0);
    REQUIRE(imported.ok());
    CHECK(imported->imported == 60000);
    CHECK(names() == before);
    IncidentFilter burglary;
    burglary.category = QStringLiteral("Cambriolage");
    CHECK(IncidentQueries(*f.ws).count(burglary).value() == 20000);
    CHECK(f.ws->integrityCheck().value().isEmpty());
    const QString throughAreaIndex =
        QStringLiteral("SELECT COUNT(*) FROM incidents INDEXED BY incidents_area WHERE area_id IS NOT NULL");
    CHECK(f.scalar(throughAreaIndex) == 0);

    // A bulk import that files rows under an area rebuilds the area index too (the one above left it alone: its
    // rows had no area).
    const qint64 station = AreaRepository(*f.ws).idForName(QStringLiteral("Gare"), true).value();
    for (io::Incident& i : many)
        i.reference.prepend(u'A');
    auto withAreas = IncidentImportService(*f.ws).importIncidents(
        many, QStringLiteral("areas"), 60000, 0,
        [&](const io::Incident& i) { return i.category == QStringLiteral("Cambriolage") ? station : 0; });
    REQUIRE(withAreas.ok());
    CHECK(withAreas->imported == 60000);
    CHECK(names() == before);
    CHECK(f.scalar(throughAreaIndex) == 20000);
    IncidentFilter atStation;
    atStation.areaId = station;
    CHECK(IncidentQueries(*f.ws).count(atStation).value() == 20000);
    CHECK(f.ws->integrityCheck().value().isEmpty());

    // A file that is refused (one bad row, no skipping) after dropping the indexes leaves them in place.
    // About 110 bytes a row, so that the size announces a bulk load larger than what is stored.
    QByteArray csv = "date;type;reference;description\n";
    const QString text(70, QLatin1Char('t'));
    for (int n = 0; n < 70000; ++n)
        csv += QStringLiteral("2024-02-%1;Dégradation;C-%2;%3\n")
                   .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                   .arg(n)
                   .arg(text)
                   .toUtf8();
    csv += "2024-02-30;Dégradation;C-bad;x\n";
    REQUIRE(csv.size() / 100 > 60000);
    auto refused = importText(*f.ws, csv, false);
    REQUIRE(refused.ok());
    CHECK(refused->summary.importId == 0);
    CHECK(refused->summary.rejected == 1);
    CHECK(names() == before);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 120000);
}

namespace {

QList<io::Incident> numbered(const QString& prefix, int from, int to)
{
    QList<io::Incident> list;
    for (int n = from; n < to; ++n) {
        io::Incident i;
        i.reference = QStringLiteral("%1-%2").arg(prefix).arg(n);
        i.date = QDate(2024, 1, 1).addDays((n * 7919) % 700);
        i.time = QTime((n * 13) % 24, (n * 7) % 60);
        i.category = QStringLiteral("Vol de vélo");
        i.sourceLine = n + 2;
        list << i;
    }
    return list;
}

} // namespace

TEST_CASE("large imports find stored and repeated incidents in memory and store them oldest first", "[storage]")
{
    Fixture f;
    IncidentImportService importer(*f.ws);
    auto first = importer.importIncidents(numbered(QStringLiteral("N"), 0, 60000), QStringLiteral("a"), 60000, 0);
    REQUIRE(first.ok());
    CHECK(first->imported == 60000);

    // A third stored already, 5,000 rows repeated inside the batch, 60,000 new: indexes dropped and rebuilt.
    QList<io::Incident> second = numbered(QStringLiteral("N"), 30000, 120000);
    second += numbered(QStringLiteral("N"), 115000, 120000);
    auto again = importer.importIncidents(second, QStringLiteral("b"), int(second.size()), 0);
    REQUIRE(again.ok());
    CHECK(again->imported == 60000);
    CHECK(again->alreadyPresent == 35000);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 120000);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(DISTINCT fingerprint) FROM incidents")) == 120000);

    // Few new rows among many stored: the indexes stay in place.
    QList<io::Incident> third = numbered(QStringLiteral("N"), 0, 60000);
    third += numbered(QStringLiteral("M"), 0, 100);
    auto small = importer.importIncidents(third, QStringLiteral("c"), int(third.size()), 0);
    REQUIRE(small.ok());
    CHECK(small->imported == 100);
    CHECK(small->alreadyPresent == 60000);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 120100);

    // Within each import, ids follow date and time.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents a JOIN incidents b ON b.id = a.id + 1 "
                                  "WHERE a.import_id = b.import_id AND (b.occurred_on || ifnull(b.occurred_time, '')) "
                                  "< (a.occurred_on || ifnull(a.occurred_time, ''))")) == 0);
    // Rows of the same day and minute keep the order they came in (their numbers grow with their lines).
    const QString sameTime = QStringLiteral(
        "SELECT COUNT(*) FROM incidents a JOIN incidents b ON b.id = a.id + 1 WHERE a.import_id = b.import_id "
        "AND b.occurred_on = a.occurred_on AND b.occurred_time IS a.occurred_time AND "
        "CAST(substr(b.reference, 3) AS INTEGER) %1 CAST(substr(a.reference, 3) AS INTEGER)");
    CHECK(f.scalar(sameTime.arg(QStringLiteral(">"))) > 100);
    CHECK(f.scalar(sameTime.arg(QStringLiteral("<"))) == 0);
    CHECK(f.ws->integrityCheck().value().isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(DISTINCT fingerprint) FROM incidents")) == 120100);
}

TEST_CASE("schema 7 keeps every incident and every case link of a schema 6 workspace", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("six.proxima"));
    const auto counts = [](const QSqlDatabase& db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM case_incidents), "
                              "(SELECT total(id) FROM incidents), (SELECT total(case_id * 7 + incident_id) FROM "
                              "case_incidents), (SELECT group_concat(fingerprint) FROM (SELECT fingerprint FROM incidents "
                              "ORDER BY id))"));
        q.next();
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()};
    };
    QStringList before;
    {
        // A schema 6 file written by the migrations of that time, with incidents linked to a case.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint64(WorkspaceProbe::ApplicationId))));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const Migration& migration : Migrator::migrations()) {
            if (migration.version > 6)
                break;
            for (const QString& statement : Migrator::splitStatements(migration.script))
                REQUIRE(q.exec(statement));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 6")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO cases (id, title, opened_on, updated_at) "
                                      "VALUES (1, 'Bikes', '2024-01-01', '2024-01-01')")));
        for (int n = 1; n <= 50; ++n) {
            REQUIRE(q.exec(QStringLiteral("INSERT INTO incidents (id, fingerprint, occurred_on, category) "
                                          "VALUES (%1, 'fp%1', '2024-02-%2', 'Vol de vélo')")
                               .arg(n * 3)
                               .arg(1 + n % 28, 2, 10, QLatin1Char('0'))));
            if (n % 2 == 0)
                REQUIRE(q.exec(QStringLiteral("INSERT INTO case_incidents VALUES (1, %1)").arg(n * 3)));
        }
        before = counts(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema6"));
    REQUIRE(before.at(0) == QStringLiteral("50"));
    REQUIRE(before.at(1) == QStringLiteral("25"));
    REQUIRE(Workspace::upgrade(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    CHECK(counts(opened.value()->database()) == before);
    CHECK(opened.value()->integrityCheck().value().isEmpty());
    QSqlQuery check(opened.value()->database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
    // The case's links still cascade when the case goes.
    REQUIRE(check.exec(QStringLiteral("DELETE FROM cases WHERE id = 1")));
    CHECK(counts(opened.value()->database()).at(1) == QStringLiteral("0"));
}

TEST_CASE("incident text is stored exactly, in every script", "[storage]")
{
    Fixture f;
    QList<io::Incident> list;
    const QStringList texts = {QStringLiteral("Vol de vélo – cadenas coupé"), QStringLiteral("Fietsdiefstal 🚲 ＰＶ"),
                               QStringLiteral("Ήχος τη νύχτα"), QStringLiteral("ضجيج"), QString()};
    for (int n = 0; n < texts.size(); ++n) {
        io::Incident i;
        i.reference = QStringLiteral("U-%1").arg(n);
        i.date = QDate(2024, 5, 1 + n);
        i.category = texts.at(n).isEmpty() ? QStringLiteral("Nuisance") : texts.at(n).left(4);
        i.address = texts.at(n);
        i.description = texts.at(n);
        list << i;
    }
    io::Incident lone;
    lone.reference = QStringLiteral("U-lone");
    lone.date = QDate(2024, 6, 1);
    lone.category = QStringLiteral("Nuisance");
    lone.description = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
    list << lone;
    REQUIRE(IncidentImportService(*f.ws).importIncidents(list, QStringLiteral("utf"), int(list.size()), 0).ok());
    auto page = IncidentQueries(*f.ws).page(0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 6);
    for (int n = 0; n < texts.size(); ++n) {
        CHECK(page->at(n).incident.reference == QStringLiteral("U-%1").arg(n));
        CHECK(page->at(n).incident.address == texts.at(n));
        CHECK(page->at(n).incident.description == texts.at(n));
        CHECK(page->at(n).incident.fingerprint == io::incidentFingerprint(list.at(n)));
    }
    CHECK(page->at(5).incident.description == QStringLiteral("a\ufffdb"));
}

TEST_CASE("an area column files incidents under the workspace's areas and reports names it does not know",
          "[storage]")
{
    Fixture f;
    AreaRepository areas(*f.ws);
    const qint64 station = areas.idForName(QStringLiteral("Gare"), true).value();
    const qint64 park = areas.idForName(QStringLiteral("Parc des Tilleuls"), true).value();
    const QByteArray csv = "pv;date;type;quartier\n"
                           "1;2024-03-01;Vol de vélo;Gare\n"
                           "2;2024-03-02;Vol de vélo; gare \n"
                           "3;2024-03-03;Tapage;PARC DES TILLEULS\n"
                           "4;2024-03-04;Tapage;Nord\n"
                           "5;2024-03-05;Tapage;Nord\n"
                           "6;2024-03-06;Tapage;\n";
    auto imported = importText(*f.ws, csv, false);
    REQUIRE(imported.ok());
    CHECK(imported->parse.mapping.column(io::IncidentField::Area).header == QStringLiteral("quartier"));
    CHECK(imported->summary.imported == 6);
    CHECK(imported->summary.unknownAreas == QMap<QString, int>{{QStringLiteral("Nord"), 2}});
    CHECK(describeUnknownAreas(imported->summary.unknownAreas) == QStringLiteral("Nord (2)"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE area_id = %1").arg(station)) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE area_id = %1").arg(park)) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE area_id IS NULL")) == 3);

    // A case looking at the station area now sees the imported incidents filed there.
    CaseIncidentRule rule;
    rule.caseId = f.caseA;
    rule.areaId = station;
    REQUIRE(IncidentCaseRules(*f.ws).setRule(rule).ok());
    CHECK(IncidentQueries(*f.ws).countForCase(f.caseA).value() == 2);
}

TEST_CASE("an import's progress covers reading, storing and indexing, never goes back, and can stop each part",
          "[storage]")
{
    // 70,000 rows: enough for the indexes to be dropped and rebuilt, and for several reports while storing.
    QByteArray csv = "date;type;reference\n";
    for (int n = 0; n < 70000; ++n)
        csv += QStringLiteral("2024-%1-%2;Vol;P-%3\n")
                   .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                   .arg(n)
                   .toUtf8();
    const auto run = [&](Workspace& ws, const std::function<bool(qint64, qint64)>& progress) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return IncidentImportService(ws).importFile(&buffer, {}, {}, true, progress);
    };
    Fixture f;
    QList<std::pair<qint64, qint64>> reports;
    auto imported = run(*f.ws, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    });
    REQUIRE(imported.ok());
    CHECK(imported->summary.imported == 70000);
    REQUIRE(reports.size() > 5);
    const qint64 total = reports.first().second;
    bool reading = false, storing = false;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        CHECK(reports[i].second == total);
        if (i > 0)
            CHECK(reports[i].first >= reports[i - 1].first);
        reading = reading || (reports[i].first > 0 && reports[i].first <= total * 3 / 10);
        storing = storing || (reports[i].first > total * 3 / 10 && reports[i].first < total);
    }
    CHECK(reading);
    CHECK(storing);
    CHECK(reports.last().first == total);

    // Stopping while the rows are stored, or between two index builds, stores nothing and leaves the indexes.
    for (const double stopAt : {0.5, 0.8}) {
        Fixture g;
        auto stopped = run(*g.ws, [&](qint64 done, qint64 all) { return double(done) < stopAt * double(all); });
        REQUIRE(stopped.ok());
        CHECK(stopped->summary.cancelled);
        CHECK(stopped->summary.importId == 0);
        CHECK(g.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
        CHECK(g.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'incidents' AND sql IS NOT NULL")) == 3);
    }
}
