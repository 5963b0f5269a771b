// The demo's community map, relationship register and outreach log: the sizes issue 12 asks for, places on the demo
// plan where their coordinates are, pseudonyms only, a year of activities, and the gaps the coverage check is meant
// to show.
#include "TestSupport.h"

#include "core/demo/DemoGeography.h"
#include "core/demo/DemoMap.h"
#include "core/demo/DemoWorkspace.h"
#include "core/services/CommunityCoverage.h"
#include "core/services/CoverageInputLoader.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/ContactRepository.h"
#include "core/storage/repositories/GroupRepository.h"
#include "core/storage/repositories/LinkRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/OutreachRepository.h"
#include "core/storage/repositories/PlaceRepository.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    Demo()
    {
        const QString path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
};

bool onPlan(double x, double y)
{
    return x >= 0 && x <= 1400 && y >= 0 && y <= 1320;
}

} // namespace

TEST_CASE("the demo maps the communities of both its areas", "[storage][community][demo]")
{
    Demo demo;
    const auto groups = GroupRepository(*demo.ws).list().value();
    const auto places = PlaceRepository(*demo.ws).list().value();
    REQUIRE(groups.size() == 12);
    REQUIRE(places.size() == 15);
    QHash<qint64, QString> areaNames;
    for (const Area& a : AreaRepository(*demo.ws).list().value())
        areaNames.insert(a.id, a.name);

    QSet<GroupKind> kinds;
    QSet<QString> groupAreas;
    int notEngaged = 0, hardToReach = 0, represented = 0, needsWithCase = 0;
    for (const CommunityGroup& g : groups) {
        INFO(g.name.toStdString());
        kinds.insert(g.kind);
        groupAreas.insert(areaNames.value(g.areaId));
        notEngaged += g.engagement == Engagement::NotEngaged;
        hardToReach += g.hardToReach;
        represented += g.representativeId > 0;
        REQUIRE(g.isPlaced());
        CHECK(onPlan(*g.mapX, *g.mapY));
        CHECK(g.mapRadius.value_or(0) > 0);
        CHECK_FALSE(g.needs.isEmpty());
        for (const GroupNeed& need : g.needs)
            needsWithCase += need.caseId > 0;
    }
    CHECK(kinds.size() >= 9);
    CHECK(groupAreas == QSet<QString>{QStringLiteral("Saint-Roch Gare"), QStringLiteral("Saint-Roch Parc")});
    CHECK(notEngaged == 4);
    CHECK(hardToReach == 4);
    CHECK(represented == 8);
    CHECK(needsWithCase >= 10);

    QSet<QString> placeAreas;
    QSet<qint64> groupsWithPlace;
    for (const CommunityPlace& p : places) {
        INFO(p.name.toStdString());
        placeAreas.insert(areaNames.value(p.areaId));
        REQUIRE(p.isPlaced());
        REQUIRE(p.lat.has_value());
        CHECK(onPlan(*p.mapX, *p.mapY));
        CHECK(*p.lat > demo::SouthLat);
        CHECK(*p.lat < demo::NorthLat);
        CHECK(*p.lon > demo::WestLon);
        CHECK(*p.lon < demo::EastLon);
        // Drawn where its coordinates are on the georeferenced plan, and in the area those coordinates fall in.
        const sara::PlanePoint pixel = DemoMap::pixelOf(*p.lat, *p.lon);
        CHECK(*p.mapX == Approx(pixel.x));
        CHECK(*p.mapY == Approx(pixel.y));
        CHECK(areaNames.value(p.areaId) == demo::areaOf(*p.lat, *p.lon));
        CHECK_FALSE(p.groupIds.isEmpty());
        for (qint64 id : p.groupIds)
            groupsWithPlace.insert(id);
    }
    CHECK(placeAreas.size() == 2);
    CHECK(groupsWithPlace.size() == 12);
}

TEST_CASE("the demo's key people are pseudonyms who agreed to be recorded, known by the committee",
          "[storage][community][demo]")
{
    Demo demo;
    const auto contacts = ContactRepository(*demo.ws).list().value();
    REQUIRE(contacts.size() == 20);
    QSet<QString> memberNames;
    for (const Member& m : MemberRepository(*demo.ws).list().value())
        memberNames.insert(m.name);
    QSet<QString> names;
    for (const KeyContact& c : contacts) {
        INFO(c.name.toStdString());
        CHECK(c.consent);
        CHECK(c.reviewOn.isValid());
        CHECK_FALSE(c.role.isEmpty());
        // One word, never the name of a person of the roster.
        CHECK_FALSE(c.name.contains(QLatin1Char(' ')));
        CHECK_FALSE(memberNames.contains(c.name));
        names.insert(c.name);
    }
    CHECK(names.size() == 20);

    QSqlQuery log(demo.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT summary FROM change_log WHERE entity IN ('contact', 'link')")));
    int entries = 0;
    while (log.next()) {
        ++entries;
        for (const QString& name : names)
            CHECK_FALSE(log.value(0).toString().contains(name));
    }
    CHECK(entries >= 20);

    const auto links = LinkRepository(*demo.ws).list().value();
    CHECK(links.size() >= 15);
    QSet<qint64> linkMembers;
    int toPeople = 0;
    for (const RelationshipLink& l : links) {
        linkMembers.insert(l.memberId);
        toPeople += l.contactId > 0;
    }
    CHECK(linkMembers.size() >= 8);
    CHECK(toPeople >= 10);
}

TEST_CASE("the demo's outreach covers the year before its reference day, with some follow-ups still open",
          "[storage][community][demo]")
{
    Demo demo;
    const auto activities = OutreachRepository(*demo.ws).list().value();
    REQUIRE(activities.size() == 25);
    QSet<OutreachKind> kinds;
    QSet<int> months;
    int open = 0, done = 0, toCases = 0, toConcerns = 0;
    for (const OutreachActivity& a : activities) {
        INFO(a.title.toStdString());
        CHECK(a.heldOn > demo::ReferenceDay.addYears(-1));
        CHECK(a.heldOn <= demo::ReferenceDay);
        CHECK(a.people > 0);
        CHECK_FALSE(a.groupIds.isEmpty());
        CHECK_FALSE(a.memberIds.isEmpty());
        kinds.insert(a.kind);
        months.insert(a.heldOn.year() * 12 + a.heldOn.month());
        for (const OutreachFollowUp& f : a.followUps) {
            (f.done ? done : open) += 1;
            toCases += f.caseId > 0;
            toConcerns += f.concernId > 0;
        }
    }
    CHECK(kinds.size() >= 8);
    CHECK(months.size() >= 10);
    CHECK(open >= 3);
    CHECK(open <= 8);
    CHECK(done > open);
    CHECK(toCases >= 8);
    CHECK(toConcerns == 2);

    // The gaps the demo is meant to show on the coverage check.
    auto input = loadCoverageInput(*demo.ws, demo::ReferenceDay, 6);
    REQUIRE(input.ok());
    const CoverageReport r = checkCoverage(input.value());
    CHECK(r.committeeSize == 11);
    CHECK_FALSE(r.committeeTooLarge);
    CHECK_FALSE(r.committeeUnbalanced);
    CHECK(r.groupsNotEngaged.size() == 4);
    CHECK(r.groupsWithoutRepresentative.size() == 4);
    CHECK(r.groupsNotReached.size() == 3);
    CHECK(r.sectorsWithGroupsButNoMember == QList<Sector>{Sector::Other});
    CHECK_FALSE(r.needsWithoutCase.isEmpty());
}
