// Agenda, minutes and handover pack as ReportDocuments built from the demo workspace plus six actions.
#include "DemoActions.h"
#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/reports/DocumentBuilder.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/MeetingActionRepository.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::reports;

namespace {

QStringList headings(const ReportDocument& document)
{
    QStringList result;
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            result << block.text;
    }
    return result;
}

const ReportBlock* blockAfter(const ReportDocument& document, const QString& heading)
{
    for (qsizetype i = 0; i + 1 < document.blocks.size(); ++i) {
        if (document.blocks[i].kind == ReportBlock::Kind::Heading && document.blocks[i].text == heading)
            return &document.blocks[i + 1];
    }
    return nullptr;
}

struct MeetingFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QList<qint64> actionIds;
    Meeting meeting;
    DocumentOptions options;

    MeetingFixture()
    {
        const QString path = dir.filePath(QStringLiteral("d.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        actionIds = test::addDemoActions(*ws);
        REQUIRE(actionIds.size() == 6);
        Meeting m;
        m.title = QStringLiteral("CoPmittee October");
        m.heldOn = QDate(2026, 10, 8);
        m.startsAt = QTime(19, 30);
        m.place = QStringLiteral("Salle paroissiale");
        m.minutes = QStringLiteral("Next meeting in November.\n\nThanks to the parish for the room.");
        m.attendeeIds = {1, 3, 5};
        m.items = {{0, QStringLiteral("Harassment near the station"), 1, QStringLiteral("Street coaches proposed"),
                    QStringLiteral("Start in November"), },
                   {0, QStringLiteral("Any other business"), 0, {}, {}}};
        auto added = MeetingRepository(*ws).add(m);
        REQUIRE(added.ok());
        meeting = added.value();
        REQUIRE(MeetingActionRepository(*ws).link({meeting.id, actionIds[1], meeting.items[0].id}).ok());
        options.generatedOn = QDate(2026, 10, 1);
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    WorkspaceData data() const
    {
        auto loaded = WorkspaceData::load(*ws);
        REQUIRE(loaded.ok());
        return loaded.value();
    }
};

} // namespace

TEST_CASE("agenda: meeting facts, invited members, numbered items with their cases", "[storage][documents]")
{
    MeetingFixture f;
    const WorkspaceData data = f.data();
    const ReportDocument agenda = DocumentBuilder::agenda(data, f.meeting, f.options);
    CHECK(agenda.title == QStringLiteral("Agenda"));
    CHECK(agenda.subtitle == QStringLiteral("CoPmittee October"));
    CHECK(agenda.workspace == QStringLiteral("Saint-Roch (demo)"));
    CHECK(agenda.period == QStringLiteral("Thursday, 8 October 2026"));
    REQUIRE(agenda.blocks.first().kind == ReportBlock::Kind::KeyValues);
    CHECK(agenda.blocks.first().keyValues.size() == 4);
    CHECK(agenda.blocks.first().keyValues[2].value == QStringLiteral("19:30"));
    CHECK(headings(agenda) == QStringList{QStringLiteral("Invited"), QStringLiteral("Items")});
    const ReportBlock* invited = blockAfter(agenda, QStringLiteral("Invited"));
    REQUIRE(invited);
    CHECK(invited->items == QStringList{QStringLiteral("Inspecteur Karim Benali, Zone de police Dyle-Senne"),
                                        QStringLiteral("Marie Dupont, Comité de quartier Saint-Roch"),
                                        QStringLiteral("Yasmina El Idrissi, AMO Le Cercle (youth work)")});
    const ReportBlock* items = blockAfter(agenda, QStringLiteral("Items"));
    REQUIRE(items);
    REQUIRE(items->rows.size() == 2);
    CHECK(items->rows[0] == QStringList{QStringLiteral("1"), QStringLiteral("Harassment near the station"),
                                        QStringLiteral("Street harassment of women near the station (priority 1, "
                                                       "Respond)"),
                                        QStringLiteral("Street coaches proposed")});
    CHECK(items->rows[1][2].isEmpty());

    // Nobody ticked yet: every active member is invited.
    Meeting unplanned = f.meeting;
    unplanned.attendeeIds.clear();
    unplanned.items.clear();
    const ReportDocument open = DocumentBuilder::agenda(data, unplanned, f.options);
    CHECK(blockAfter(open, QStringLiteral("Invited"))->items.size() == 11);
    CHECK(blockAfter(open, QStringLiteral("Items"))->text == QStringLiteral("No items yet."));
}

TEST_CASE("minutes: present and absent members, decisions, actions agreed, notes", "[storage][documents]")
{
    MeetingFixture f;
    const ReportDocument minutes = DocumentBuilder::minutes(f.data(), f.meeting, f.options);
    CHECK(minutes.title == QStringLiteral("Minutes"));
    CHECK(headings(minutes) == QStringList{QStringLiteral("Present"), QStringLiteral("Not present"),
                                           QStringLiteral("Items"), QStringLiteral("1. Harassment near the station"),
                                           QStringLiteral("2. Any other business"), QStringLiteral("Actions agreed"),
                                           QStringLiteral("Notes")});
    CHECK(blockAfter(minutes, QStringLiteral("Present"))->items.size() == 3);
    CHECK(blockAfter(minutes, QStringLiteral("Not present"))->items.size() == 8);
    const ReportBlock* first = blockAfter(minutes, QStringLiteral("1. Harassment near the station"));
    REQUIRE(first);
    REQUIRE(first->keyValues.size() == 3);
    CHECK(first->keyValues[2].key == QStringLiteral("Decision"));
    CHECK(first->keyValues[2].value == QStringLiteral("Start in November"));
    CHECK(blockAfter(minutes, QStringLiteral("2. Any other business"))->keyValues.last().value ==
          QStringLiteral("none recorded"));
    const ReportBlock* agreed = blockAfter(minutes, QStringLiteral("Actions agreed"));
    REQUIRE(agreed);
    REQUIRE(agreed->rows.size() == 1);
    CHECK(agreed->rows[0] == QStringList{QStringLiteral("Street coaches on Friday nights"),
                                         QStringLiteral("Street harassment of women near the station"),
                                         QStringLiteral("Yasmina El Idrissi (AMO Le Cercle (youth work))"),
                                         QStringLiteral("01/11/2026"), QStringLiteral("31/03/2027"),
                                         actionStatusLabel(ActionStatus::Planned)});
    // The bullet under the item names the same action.
    bool bulletFound = false;
    for (const ReportBlock& block : minutes.blocks)
        bulletFound = bulletFound || block.items.contains(QStringLiteral(
                                         "Street coaches on Friday nights \u2013 lead: Yasmina El Idrissi (AMO Le "
                                         "Cercle (youth work)) \u2013 due 31/03/2027"));
    CHECK(bulletFound);
    CHECK(minutes.blocks.last().text == QStringLiteral("Thanks to the parish for the room."));
}

TEST_CASE("handover pack: the area's open cases and actions, priorities, partners, contacts, map", "[storage][documents]")
{
    MeetingFixture f;
    const WorkspaceData data = f.data();
    HandoverOptions handover;
    handover.area = QStringLiteral("Saint-Roch Gare");
    QString mapAsked;
    handover.mapImage = [&](const QString& area) {
        mapAsked = area;
        return QByteArray("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
    };
    const ReportDocument pack = DocumentBuilder::handover(data, handover, f.options);
    CHECK(mapAsked == QStringLiteral("Saint-Roch Gare"));
    CHECK(pack.area == QStringLiteral("Saint-Roch Gare"));
    // Gare: cases 1, 2, 8, 9, 11, 12 are open (5 is closed).
    const ReportBlock* priorities = blockAfter(pack, QStringLiteral("Priorities"));
    REQUIRE(priorities);
    // Ranked open Gare cases: 1, 2, 8 and 11, and 12, which the demo's vote ranked 10th or later.
    REQUIRE(priorities->rows.size() == 5);
    CHECK(priorities->rows[0][0] == QStringLiteral("1"));
    CHECK(priorities->rows[3][1] == QStringLiteral("Loitering and drinking at the night shop"));
    const QStringList all = headings(pack);
    CHECK(all.contains(QStringLiteral("Map")));
    CHECK(all.contains(QStringLiteral("Parking on pavements at the market")));
    CHECK_FALSE(all.contains(QStringLiteral("Illegal dumping behind the shops")));
    CHECK_FALSE(all.contains(QStringLiteral("Speeding in front of the school")));
    // Case 1: the walk is done, so only the street coaches remain open.
    const ReportBlock* harassment = nullptr;
    for (qsizetype i = 0; i < pack.blocks.size(); ++i) {
        if (pack.blocks[i].text == QStringLiteral("Street harassment of women near the station"))
            harassment = &pack.blocks[i + 3];
    }
    REQUIRE(harassment);
    REQUIRE(harassment->kind == ReportBlock::Kind::Table);
    REQUIRE(harassment->rows.size() == 1);
    CHECK(harassment->rows[0][2] == QStringLiteral("Commune (funding); SNCB (lighting)"));
    const ReportBlock* partners = blockAfter(pack, QStringLiteral("Partner organisations"));
    REQUIRE(partners);
    REQUIRE(partners->rows.size() == 3);
    CHECK(partners->rows[0] == QStringList{QStringLiteral("Commune"), QStringLiteral("funding, signage"),
                                           QStringLiteral("2"), QString()});
    CHECK(partners->rows[2][3] == QStringLiteral("Luc Claes"));
    CHECK(blockAfter(pack, QStringLiteral("Contact people"))->rows.size() == 11);

    HandoverOptions noMap;
    CHECK_FALSE(headings(DocumentBuilder::handover(data, noMap, f.options)).contains(QStringLiteral("Map")));
    CHECK(DocumentBuilder::checkArea(data, QStringLiteral("saint-roch parc")).ok());
    CHECK(DocumentBuilder::checkArea(data, QStringLiteral("Mars")).error().message ==
          QStringLiteral("unknown area 'Mars' (areas: Bruyères, Saint-Roch Gare, Saint-Roch Parc)"));
}
