// The repositories of the community side (schema 8): every field survives a round trip, stale saves are reported,
// removals cascade as the schema says, a key person removed is gone from the file's bytes, the change log names no
// key person, and a schema 7 workspace upgrades to 8 keeping everything.
#include "TestSupport.h"

#include "core/storage/DeletedRows.h"
#include "core/storage/Migrator.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/ContactRepository.h"
#include "core/storage/repositories/GroupRepository.h"
#include "core/storage/repositories/LinkRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/OutreachRepository.h"
#include "core/storage/repositories/PlaceRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Workspace> ws;
    qint64 area = 0;
    qint64 caseId = 0;
    qint64 concernId = 0;
    qint64 memberA = 0;
    qint64 memberB = 0;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("w.proxima"));
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        ws = std::move(created).value();
        ws->setClock(&clock);
        area = AreaRepository(*ws).idForName(QStringLiteral("Gare"), true).value();
        ProblemCase problem;
        problem.title = QStringLiteral("Night noise at the square");
        caseId = CaseRepository(*ws).add(problem)->id;
        Concern concern;
        concern.text = QStringLiteral("Scooters on the pavement");
        concernId = ConcernRepository(*ws).add(concern)->id;
        Member m;
        m.name = QStringLiteral("Inspector Lambert");
        m.sector = Sector::Police;
        memberA = MemberRepository(*ws).add(m)->id;
        m.name = QStringLiteral("Nadia from the youth house");
        m.sector = Sector::YouthWork;
        memberB = MemberRepository(*ws).add(m)->id;
    }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(ws->database());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    CommunityGroup addGroup(const QString& name)
    {
        CommunityGroup g;
        g.name = name;
        g.kind = GroupKind::Youth;
        auto added = GroupRepository(*ws).add(g);
        REQUIRE(added.ok());
        return added.value();
    }

    KeyContact addContact(qint64 group, const QString& name)
    {
        KeyContact c;
        c.groupId = group;
        c.name = name;
        c.consent = true;
        auto added = ContactRepository(*ws).add(c);
        REQUIRE(added.ok());
        return added.value();
    }
};

void checkField(const Error& e, const QString& field)
{
    INFO(e.toString().toStdString());
    CHECK(e.field == field);
}

} // namespace

TEST_CASE("a group keeps every field and its needs, and reports stale saves", "[storage][community]")
{
    Fixture f;
    GroupRepository groups(*f.ws);
    CommunityGroup g;
    g.name = QStringLiteral("  Rue Haute residents  ");
    g.kind = GroupKind::Seniors;
    g.basis = CommunityBasis::Interest;
    g.sizeEstimate = 140;
    g.languages = {QStringLiteral("fr"), QStringLiteral(" nl "), QStringLiteral("FR"), QStringLiteral("ar")};
    g.needs = {{0, QStringLiteral("Safe crossing near the school"), f.caseId}, {0, QStringLiteral("Lighting"), 0}};
    g.hardToReach = true;
    g.engagement = Engagement::Consulted;
    g.reviewedOn = QDate(2026, 1, 15);
    g.areaId = f.area;
    g.representativeId = f.memberB;
    g.mapX = 120.5;
    g.mapY = 340.25;
    g.mapRadius = 42.0;
    g.notes = QStringLiteral("Meets on Tuesdays");
    auto added = groups.add(g);
    REQUIRE(added.ok());
    const CommunityGroup& s = added.value();
    CHECK(s.id > 0);
    CHECK(s.name == QStringLiteral("Rue Haute residents"));
    CHECK(s.kind == GroupKind::Seniors);
    CHECK(s.basis == CommunityBasis::Interest);
    CHECK(s.sizeEstimate == 140);
    CHECK(s.languages == QStringList{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("ar")});
    REQUIRE(s.needs.size() == 2);
    CHECK(s.needs.at(0).text == QStringLiteral("Safe crossing near the school"));
    CHECK(s.needs.at(0).caseId == f.caseId);
    CHECK(s.needs.at(1).text == QStringLiteral("Lighting"));
    CHECK(s.needs.at(1).caseId == 0);
    CHECK(s.hardToReach);
    CHECK(s.engagement == Engagement::Consulted);
    CHECK(s.reviewedOn == QDate(2026, 1, 15));
    CHECK(s.areaId == f.area);
    CHECK(s.representativeId == f.memberB);
    CHECK(s.mapX == 120.5);
    CHECK(s.mapY == 340.25);
    CHECK(s.mapRadius == 42.0);
    CHECK(s.notes == QStringLiteral("Meets on Tuesdays"));
    CHECK(s.revision == 1);
    CHECK(f.scalar(QStringLiteral("SELECT updated_at = '2026-03-02T09:30:00.000Z' FROM community_groups WHERE id = %1")
                       .arg(s.id))
          == 1);
    CHECK(groups.count().value() == 1);

    // Update: the kept need keeps its id (and its case), a removed one goes, a new one gets a new id.
    CommunityGroup edited = s;
    edited.needs = {s.needs.at(0), {0, QStringLiteral("A place to meet"), 0}};
    edited.mapX.reset();
    edited.mapY.reset();
    edited.mapRadius.reset();
    edited.areaId = 0;
    edited.representativeId = 0;
    edited.reviewedOn = {};
    auto updated = groups.update(edited);
    REQUIRE(updated.ok());
    CHECK(updated->revision == 2);
    REQUIRE(updated->needs.size() == 2);
    CHECK(updated->needs.at(0).id == s.needs.at(0).id);
    CHECK(updated->needs.at(0).caseId == f.caseId);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM group_needs WHERE text = 'Lighting'")) == 0);
    CHECK(updated->needs.at(1).text == QStringLiteral("A place to meet"));
    CHECK_FALSE(updated->mapX.has_value());
    CHECK_FALSE(updated->mapRadius.has_value());
    CHECK(updated->areaId == 0);
    CHECK(updated->representativeId == 0);
    CHECK_FALSE(updated->reviewedOn.isValid());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM group_needs")) == 2);

    // A save of the first version is stale; overwriting is a choice.
    auto stale = groups.update(s);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto forced = groups.update(s, OnConflict::Overwrite);
    REQUIRE(forced.ok());
    CHECK(forced->revision == 3);
    CHECK(forced->areaId == f.area);
    CHECK_FALSE(groups.remove(s.id, 2).ok());
    REQUIRE(groups.remove(s.id, 3).ok());
    CHECK(groups.find(s.id).error().code == ErrorCode::NotFound);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM group_needs")) == 0);

    // Undo of a removal restores it with its id and its needs' ids.
    auto restored = groups.add(*forced);
    REQUIRE(restored.ok());
    CHECK(restored->id == s.id);
    REQUIRE(restored->needs.size() == 2);
    CHECK(restored->needs.at(0).id == forced->needs.at(0).id);
    CHECK(restored->needs.at(1).id == forced->needs.at(1).id);

    // A case deleted leaves its need without case.
    ProblemCase stored = CaseRepository(*f.ws).find(f.caseId).value();
    REQUIRE(CaseRepository(*f.ws).remove(f.caseId, stored.revision).ok());
    CHECK(groups.find(s.id)->needs.at(0).caseId == 0);
}

TEST_CASE("groups are listed by name and checked field by field", "[storage][community]")
{
    Fixture f;
    GroupRepository groups(*f.ws);
    f.addGroup(QStringLiteral("zeta club"));
    f.addGroup(QStringLiteral("Alpha school"));
    auto all = groups.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == QStringLiteral("Alpha school"));

    CommunityGroup g;
    g.name = QStringLiteral(" ");
    checkField(groups.add(g).error(), QStringLiteral("name"));
    g.name = QStringLiteral("Club");
    g.sizeEstimate = -1;
    checkField(groups.add(g).error(), QStringLiteral("size"));
    g.sizeEstimate = 0;
    g.mapX = 3;
    checkField(groups.add(g).error(), QStringLiteral("map"));
    g.mapY = 4;
    g.mapRadius = 0;
    checkField(groups.add(g).error(), QStringLiteral("radius"));
    g.mapRadius = 5;
    g.needs = {{0, QStringLiteral("  "), 0}};
    checkField(groups.add(g).error(), QStringLiteral("needs"));
    g.needs = {{0, QStringLiteral("Safety"), 9999}};
    checkField(groups.add(g).error(), QStringLiteral("needs"));
    g.needs.clear();
    g.areaId = 9999;
    checkField(groups.add(g).error(), QStringLiteral("area"));
    g.areaId = 0;
    g.representativeId = 9999;
    const Error missing = groups.add(g).error();
    checkField(missing, QStringLiteral("representative"));
    CHECK(missing.message.contains(QStringLiteral("9999")));
    CHECK(groups.count().value() == 2);
}

TEST_CASE("a place keeps every field and the groups that use it", "[storage][community]")
{
    Fixture f;
    const qint64 g1 = f.addGroup(QStringLiteral("Mosque association")).id;
    const qint64 g2 = f.addGroup(QStringLiteral("Shopkeepers")).id;
    PlaceRepository places(*f.ws);
    CommunityPlace p;
    p.name = QStringLiteral("Station square");
    p.kind = PlaceKind::TransportHub;
    p.address = QStringLiteral("Place de la Gare 1");
    p.description = QStringLiteral("Buses and the night shop");
    p.areaId = f.area;
    p.mapX = 410;
    p.mapY = 220.5;
    p.lat = 50.6716;
    p.lon = 4.6072;
    p.groupIds = {g2, g1, g2};
    auto added = places.add(p);
    REQUIRE(added.ok());
    CHECK(added->name == p.name);
    CHECK(added->kind == PlaceKind::TransportHub);
    CHECK(added->address == p.address);
    CHECK(added->description == p.description);
    CHECK(added->areaId == f.area);
    CHECK(added->mapX == 410.0);
    CHECK(added->mapY == 220.5);
    CHECK(added->lat == 50.6716);
    CHECK(added->lon == 4.6072);
    CHECK(added->groupIds == QList<qint64>{g1, g2});
    CHECK(added->revision == 1);

    CommunityPlace edited = added.value();
    edited.groupIds = {g1};
    edited.lat.reset();
    edited.lon.reset();
    auto updated = places.update(edited);
    REQUIRE(updated.ok());
    CHECK(updated->groupIds == QList<qint64>{g1});
    CHECK_FALSE(updated->lat.has_value());
    CHECK(places.update(added.value()).error().code == ErrorCode::Conflict);
    CHECK(places.count().value() == 1);

    CommunityPlace bad = p;
    bad.lat = 91;
    checkField(places.add(bad).error(), QStringLiteral("lat"));
    bad.lat = 50;
    bad.lon = -181;
    checkField(places.add(bad).error(), QStringLiteral("lon"));
    bad.lon.reset();
    checkField(places.add(bad).error(), QStringLiteral("position"));
    bad = p;
    bad.name.clear();
    checkField(places.add(bad).error(), QStringLiteral("name"));
    bad = p;
    bad.groupIds = {g1, 777};
    checkField(places.add(bad).error(), QStringLiteral("groups"));
    CHECK(places.count().value() == 1);

    REQUIRE(places.remove(updated->id, updated->revision).ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM place_groups")) == 0);
    CHECK(GroupRepository(*f.ws).count().value() == 2);
}

TEST_CASE("a key person keeps every field and the change log never names them", "[storage][community]")
{
    Fixture f;
    const qint64 group = f.addGroup(QStringLiteral("Youth house")).id;
    ContactRepository contacts(*f.ws);
    KeyContact c;
    c.groupId = group;
    c.name = QStringLiteral("Moustapha K.");
    c.role = QStringLiteral("coach");
    c.reach = QStringLiteral("via the youth house");
    c.language = QStringLiteral("fr");
    c.ally = true;
    c.keyFigure = true;
    c.consent = true;
    c.reviewOn = QDate(2026, 9, 1);
    auto added = contacts.add(c);
    REQUIRE(added.ok());
    CHECK(added->groupId == group);
    CHECK(added->name == c.name);
    CHECK(added->role == c.role);
    CHECK(added->reach == c.reach);
    CHECK(added->language == c.language);
    CHECK(added->ally);
    CHECK(added->keyFigure);
    CHECK(added->consent);
    CHECK(added->reviewOn == QDate(2026, 9, 1));

    KeyContact edited = added.value();
    edited.name = QStringLiteral("Coach M.");
    edited.ally = false;
    edited.consent = false;
    edited.reviewOn = {};
    auto updated = contacts.update(edited);
    REQUIRE(updated.ok());
    CHECK(updated->name == QStringLiteral("Coach M."));
    CHECK_FALSE(updated->ally);
    CHECK(updated->keyFigure);
    CHECK_FALSE(updated->consent);
    CHECK_FALSE(updated->reviewOn.isValid());
    CHECK(contacts.update(added.value()).error().code == ErrorCode::Conflict);

    // Undo of a removal puts the person back under the same id.
    REQUIRE(contacts.remove(updated->id, updated->revision).ok());
    auto back = contacts.add(updated.value());
    REQUIRE(back.ok());
    CHECK(back->id == updated->id);
    CHECK(back->name == QStringLiteral("Coach M."));
    updated = back;

    f.addContact(group, QStringLiteral("Anna B."));
    auto ofGroup = contacts.listForGroup(group);
    REQUIRE(ofGroup.ok());
    REQUIRE(ofGroup->size() == 2);
    CHECK(ofGroup->at(0).name == QStringLiteral("Anna B."));
    CHECK(contacts.count().value() == 2);
    REQUIRE(contacts.remove(updated->id, updated->revision).ok());

    QSqlQuery log(f.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT action, summary FROM change_log WHERE entity = 'contact' ORDER BY id")));
    QStringList actions;
    while (log.next()) {
        actions << log.value(0).toString();
        const QString summary = log.value(1).toString();
        CHECK(summary == QStringLiteral("key person of group %1").arg(group));
    }
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                                 QStringLiteral("create"), QStringLiteral("create"), QStringLiteral("delete")});

    KeyContact bad = c;
    bad.name = QStringLiteral("  ");
    checkField(contacts.add(bad).error(), QStringLiteral("name"));
    bad = c;
    bad.groupId = 0;
    checkField(contacts.add(bad).error(), QStringLiteral("group"));
    bad.groupId = 4242;
    checkField(contacts.add(bad).error(), QStringLiteral("group"));
}

TEST_CASE("a key person removed is gone from the file's bytes, with the links to them", "[storage][community]")
{
    Fixture f;
    const QByteArray removedName = "Pseudonym-Kestrel-4471";
    const QByteArray keptName = "Pseudonym-Heron-9902";
    const qint64 group = f.addGroup(QStringLiteral("Market traders")).id;
    const KeyContact leaving = f.addContact(group, QString::fromLatin1(removedName));
    f.addContact(group, QString::fromLatin1(keptName));
    RelationshipLink link;
    link.memberId = f.memberA;
    link.contactId = leaving.id;
    REQUIRE(LinkRepository(*f.ws).add(link).ok());
    REQUIRE(ContactRepository(*f.ws).remove(leaving.id, leaving.revision).ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM relationship_links")) == 0);
    f.ws.reset();

    const QByteArray bytes = test::readAll(f.path);
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK(bytes.contains(keptName));
    CHECK_FALSE(bytes.contains(removedName));
    CHECK_FALSE(QFile::exists(f.path + QStringLiteral("-journal")));
}

TEST_CASE("removing a group removes its needs, key people and links; places and activities stay",
          "[storage][community]")
{
    Fixture f;
    const CommunityGroup leaving = f.addGroup(QStringLiteral("Skate park regulars"));
    const qint64 staying = f.addGroup(QStringLiteral("Parents' association")).id;
    const KeyContact person = f.addContact(leaving.id, QStringLiteral("Skater J."));
    f.addContact(staying, QStringLiteral("Parent P."));
    LinkRepository links(*f.ws);
    RelationshipLink toGroup;
    toGroup.memberId = f.memberA;
    toGroup.groupId = leaving.id;
    REQUIRE(links.add(toGroup).ok());
    RelationshipLink toPerson;
    toPerson.memberId = f.memberB;
    toPerson.contactId = person.id;
    REQUIRE(links.add(toPerson).ok());
    RelationshipLink other;
    other.memberId = f.memberB;
    other.groupId = staying;
    REQUIRE(links.add(other).ok());
    CommunityPlace park;
    park.name = QStringLiteral("Skate park");
    park.kind = PlaceKind::Square;
    park.groupIds = {leaving.id, staying};
    const qint64 placeId = PlaceRepository(*f.ws).add(park)->id;
    OutreachActivity walk;
    walk.heldOn = QDate(2026, 2, 1);
    walk.kind = OutreachKind::NeighbourhoodWalk;
    walk.groupIds = {leaving.id};
    const qint64 walkId = OutreachRepository(*f.ws).add(walk)->id;

    REQUIRE(GroupRepository(*f.ws).remove(leaving.id, leaving.revision).ok());
    CHECK(ContactRepository(*f.ws).count().value() == 1);
    CHECK(ContactRepository(*f.ws).listForGroup(leaving.id)->isEmpty());
    auto remaining = links.list();
    REQUIRE(remaining.ok());
    REQUIRE(remaining->size() == 1);
    CHECK(remaining->first().groupId == staying);
    CHECK(PlaceRepository(*f.ws).find(placeId)->groupIds == QList<qint64>{staying});
    auto kept = OutreachRepository(*f.ws).find(walkId);
    REQUIRE(kept.ok());
    CHECK(kept->groupIds.isEmpty());
}

TEST_CASE("undo of a group's or a member's removal puts back every community record the delete took",
          "[storage][community]")
{
    Fixture f;
    const CommunityGroup leaving = f.addGroup(QStringLiteral("Skate park regulars"));
    CommunityGroup withNeeds = leaving;
    withNeeds.needs = {{0, QStringLiteral("A lit ramp"), f.caseId}};
    withNeeds.representativeId = f.memberB;
    const CommunityGroup stored = GroupRepository(*f.ws).update(withNeeds).value();
    const KeyContact person = f.addContact(stored.id, QStringLiteral("Skater J."));
    RelationshipLink toGroup;
    toGroup.memberId = f.memberA;
    toGroup.groupId = stored.id;
    REQUIRE(LinkRepository(*f.ws).add(toGroup).ok());
    RelationshipLink toPerson;
    toPerson.memberId = f.memberB;
    toPerson.contactId = person.id;
    toPerson.lastContact = QDate(2026, 2, 1);
    REQUIRE(LinkRepository(*f.ws).add(toPerson).ok());
    CommunityPlace park;
    park.name = QStringLiteral("Skate park");
    park.kind = PlaceKind::Square;
    park.groupIds = {stored.id};
    REQUIRE(PlaceRepository(*f.ws).add(park).ok());
    OutreachActivity walk;
    walk.heldOn = QDate(2026, 2, 1);
    walk.groupIds = {stored.id};
    walk.memberIds = {f.memberA, f.memberB};
    REQUIRE(OutreachRepository(*f.ws).add(walk).ok());

    const auto snapshot = [&] {
        QStringList rows;
        for (const char* table : {"community_groups", "group_needs", "group_contacts", "relationship_links",
                                  "place_groups", "outreach_groups", "outreach_members"}) {
            QSqlQuery q(f.ws->database());
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values << q.value(c).toString();
                rows << QLatin1String(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        return rows;
    };
    const QStringList before = snapshot();

    // As the app's delete command does: capture, remove through the repository, and restore on undo.
    const auto removeAndRestore = [&](const QString& table, qint64 id, const std::function<Status()>& remove) {
        DeletedRows deleted;
        REQUIRE(f.ws->write([&]() -> Status {
                        auto captured = DeletedRows::capture(*f.ws, table, id);
                        if (!captured)
                            return captured.error();
                        deleted = std::move(captured).value();
                        return remove();
                    })
                    .ok());
        CHECK(snapshot() != before);
        REQUIRE(f.ws->write([&] { return deleted.restore(*f.ws); }).ok());
        CHECK(snapshot() == before);
    };
    removeAndRestore(QStringLiteral("community_groups"), stored.id,
                     [&] { return GroupRepository(*f.ws).remove(stored.id, stored.revision); });
    const Member member = MemberRepository(*f.ws).find(f.memberB).value();
    removeAndRestore(QStringLiteral("members"), member.id,
                     [&] { return MemberRepository(*f.ws).remove(member.id, member.revision); });
    CHECK(GroupRepository(*f.ws).find(stored.id)->representativeId == f.memberB);
    QSqlQuery check(f.ws->database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
}

TEST_CASE("a relationship link keeps every field and is to a group or a key person", "[storage][community]")
{
    Fixture f;
    const qint64 group = f.addGroup(QStringLiteral("Church choir")).id;
    const qint64 person = f.addContact(group, QStringLiteral("Choir leader")).id;
    LinkRepository links(*f.ws);
    RelationshipLink l;
    l.memberId = f.memberA;
    l.groupId = group;
    l.since = QDate(2024, 5, 1);
    l.strength = LinkStrength::Trusted;
    l.lastContact = QDate(2026, 2, 20);
    l.notes = QStringLiteral("Knows the priest");
    auto added = links.add(l);
    REQUIRE(added.ok());
    CHECK(added->memberId == f.memberA);
    CHECK(added->groupId == group);
    CHECK(added->contactId == 0);
    CHECK(added->since == QDate(2024, 5, 1));
    CHECK(added->strength == LinkStrength::Trusted);
    CHECK(added->lastContact == QDate(2026, 2, 20));
    CHECK(added->notes == l.notes);

    RelationshipLink edited = added.value();
    edited.groupId = 0;
    edited.contactId = person;
    edited.lastContact = {};
    edited.strength = LinkStrength::Regular;
    auto updated = links.update(edited);
    REQUIRE(updated.ok());
    CHECK(updated->contactId == person);
    CHECK(updated->groupId == 0);
    CHECK_FALSE(updated->lastContact.isValid());
    CHECK(updated->strength == LinkStrength::Regular);
    CHECK(links.update(added.value()).error().code == ErrorCode::Conflict);

    // Oldest last contact first within a member; never contacted first of all.
    RelationshipLink recent = l;
    recent.lastContact = QDate(2026, 3, 1);
    REQUIRE(links.add(recent).ok());
    RelationshipLink older = l;
    older.lastContact = QDate(2025, 6, 1);
    REQUIRE(links.add(older).ok());
    auto all = links.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK_FALSE(all->at(0).lastContact.isValid());
    CHECK(all->at(1).lastContact == QDate(2025, 6, 1));
    CHECK(all->at(2).lastContact == QDate(2026, 3, 1));

    RelationshipLink bad = l;
    bad.contactId = person;
    checkField(links.add(bad).error(), QStringLiteral("group"));
    bad.groupId = 0;
    bad.contactId = 0;
    checkField(links.add(bad).error(), QStringLiteral("group"));
    bad = l;
    bad.memberId = 0;
    checkField(links.add(bad).error(), QStringLiteral("member"));
    bad.memberId = 5151;
    checkField(links.add(bad).error(), QStringLiteral("member"));
    bad = l;
    bad.lastContact = QDate(2024, 4, 30);
    checkField(links.add(bad).error(), QStringLiteral("since"));
    bad = l;
    bad.groupId = 0;
    bad.contactId = 888;
    checkField(links.add(bad).error(), QStringLiteral("contact"));

    QSqlQuery log(f.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT summary FROM change_log WHERE entity = 'link'")));
    while (log.next())
        CHECK_FALSE(log.value(0).toString().contains(QStringLiteral("Choir leader")));

    REQUIRE(links.remove(updated->id, updated->revision).ok());
    CHECK(links.find(updated->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("an outreach activity keeps every field, its groups, members and follow-ups", "[storage][community]")
{
    Fixture f;
    const qint64 g1 = f.addGroup(QStringLiteral("Tenants of block C")).id;
    const qint64 g2 = f.addGroup(QStringLiteral("Primary school")).id;
    OutreachRepository outreach(*f.ws);
    OutreachActivity a;
    a.heldOn = QDate(2026, 2, 14);
    a.kind = OutreachKind::DoorToDoor;
    a.title = QStringLiteral("Block C doors");
    a.people = 37;
    a.languages = {QStringLiteral("fr"), QStringLiteral("tr")};
    a.areaId = f.area;
    a.groupIds = {g2, g1};
    a.memberIds = {f.memberB, f.memberA};
    a.followUps = {{0, QStringLiteral("Report the broken light"), QDate(2026, 3, 1), false, f.concernId, 0},
                   {0, QStringLiteral("Visit the caretaker"), {}, true, 0, f.caseId}};
    a.notes = QStringLiteral("Cold evening");
    auto added = outreach.add(a);
    REQUIRE(added.ok());
    const OutreachActivity& s = added.value();
    CHECK(s.heldOn == QDate(2026, 2, 14));
    CHECK(s.kind == OutreachKind::DoorToDoor);
    CHECK(s.title == a.title);
    CHECK(s.people == 37);
    CHECK(s.languages == a.languages);
    CHECK(s.areaId == f.area);
    CHECK(s.groupIds == QList<qint64>{g1, g2});
    CHECK(s.memberIds == QList<qint64>{f.memberA, f.memberB});
    CHECK(s.notes == a.notes);
    REQUIRE(s.followUps.size() == 2);
    CHECK(s.followUps.at(0).text == QStringLiteral("Report the broken light"));
    CHECK(s.followUps.at(0).dueOn == QDate(2026, 3, 1));
    CHECK_FALSE(s.followUps.at(0).done);
    CHECK(s.followUps.at(0).concernId == f.concernId);
    CHECK(s.followUps.at(0).caseId == 0);
    CHECK(s.followUps.at(1).done);
    CHECK(s.followUps.at(1).caseId == f.caseId);
    CHECK_FALSE(s.followUps.at(1).dueOn.isValid());

    OutreachActivity edited = s;
    edited.followUps[0].done = true;
    edited.followUps.removeAt(1);
    edited.followUps.append({0, QStringLiteral("Send the leaflet in Turkish"), QDate(2026, 3, 10), false, 0, 0});
    edited.groupIds = {g1};
    edited.memberIds.clear();
    auto updated = outreach.update(edited);
    REQUIRE(updated.ok());
    REQUIRE(updated->followUps.size() == 2);
    CHECK(updated->followUps.at(0).id == s.followUps.at(0).id);
    CHECK(updated->followUps.at(0).done);
    CHECK(updated->followUps.at(1).text == QStringLiteral("Send the leaflet in Turkish"));
    CHECK(updated->groupIds == QList<qint64>{g1});
    CHECK(updated->memberIds.isEmpty());
    CHECK(outreach.update(s).error().code == ErrorCode::Conflict);

    OutreachActivity later = a;
    later.heldOn = QDate(2026, 2, 28);
    later.followUps.clear();
    REQUIRE(outreach.add(later).ok());
    auto all = outreach.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).heldOn == QDate(2026, 2, 28));
    CHECK(all->at(1).followUps.size() == 2);
    CHECK(outreach.count().value() == 2);

    OutreachActivity bad = a;
    bad.heldOn = {};
    checkField(outreach.add(bad).error(), QStringLiteral("date"));
    bad = a;
    bad.people = -3;
    checkField(outreach.add(bad).error(), QStringLiteral("people"));
    bad = a;
    bad.followUps = {{0, QStringLiteral(" "), {}, false, 0, 0}};
    checkField(outreach.add(bad).error(), QStringLiteral("follow_ups"));
    bad.followUps = {{0, QStringLiteral("x"), {}, false, 31337, 0}};
    checkField(outreach.add(bad).error(), QStringLiteral("follow_ups"));
    bad = a;
    bad.groupIds = {g1, 606};
    checkField(outreach.add(bad).error(), QStringLiteral("groups"));
    bad = a;
    bad.memberIds = {707};
    checkField(outreach.add(bad).error(), QStringLiteral("members"));
    CHECK(outreach.count().value() == 2);

    REQUIRE(outreach.remove(updated->id, updated->revision).ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM outreach_followups")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM outreach_groups")) == 2);

    // Undo of the removal: the same id, the same follow-up ids.
    auto restored = outreach.add(updated.value());
    REQUIRE(restored.ok());
    CHECK(restored->id == updated->id);
    REQUIRE(restored->followUps.size() == 2);
    CHECK(restored->followUps.at(0).id == updated->followUps.at(0).id);
    CHECK(restored->followUps.at(1).id == updated->followUps.at(1).id);
    CHECK(restored->groupIds == updated->groupIds);
}

TEST_CASE("schema 8 keeps every record of a schema 7 workspace and adds the community tables", "[storage][community]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seven.proxima"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("fixtures/schema7-demo.proxima")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QList<QPair<QString, qint64>> before;
    {
        auto opened = Workspace::open(path, OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->fileSchemaVersion() == 7);
        before = opened.value()->recordCounts().value();
    }
    REQUIRE(Workspace::upgrade(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    CHECK(ws.fileSchemaVersion() == 8);
    const auto after = ws.recordCounts().value();
    qint64 total = 0;
    for (const auto& [table, rows] : before) {
        INFO(table.toStdString());
        auto it = std::find_if(after.begin(), after.end(), [&](const auto& p) { return p.first == table; });
        REQUIRE(it != after.end());
        CHECK(it->second == rows);
        total += rows;
    }
    CHECK(total > 0);
    for (const QString& table : Migrator::tablesOf(8) - Migrator::tablesOf(7)) {
        INFO(table.toStdString());
        auto it = std::find_if(after.begin(), after.end(), [&](const auto& p) { return p.first == table; });
        REQUIRE(it != after.end());
        CHECK(it->second == 0);
    }
    CHECK(ws.integrityCheck().value().isEmpty());
    QSqlQuery check(ws.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());

    // The upgraded file takes community records that refer to its older ones.
    auto members = MemberRepository(ws).list();
    REQUIRE(members.ok());
    REQUIRE_FALSE(members->isEmpty());
    auto cases = CaseRepository(ws).list();
    REQUIRE(cases.ok());
    REQUIRE_FALSE(cases->isEmpty());
    CommunityGroup g;
    g.name = QStringLiteral("Residents of the station district");
    g.representativeId = members->first().id;
    g.needs = {{0, QStringLiteral("Safer nights"), cases->first().id}};
    auto added = GroupRepository(ws).add(g);
    REQUIRE(added.ok());
    CHECK(added->needs.first().caseId == cases->first().id);
}
