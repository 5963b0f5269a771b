// The coverage check of the community map (guidelines 2.1 and 4.3) on hand-built inputs: exact lists, the committee's
// size limit and balance, and the edges (12 is fine, 13 is too many; inactive members do not count; a need whose case
// is gone has no case; the not-reached window includes its first day).
#include "TestSupport.h"

#include "core/services/CommunityCoverage.h"
#include "core/services/CoverageInputLoader.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/GroupRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/OutreachRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace proxima;

namespace {

const QDate Today(2026, 6, 15);

Member member(qint64 id, Sector sector, QDate from = {}, QDate to = {})
{
    Member m;
    m.id = id;
    m.name = QStringLiteral("Member %1").arg(id);
    m.sector = sector;
    m.activeFrom = from;
    m.activeTo = to;
    return m;
}

CommunityGroup group(qint64 id, const QString& name, GroupKind kind, Engagement engagement = Engagement::Informed)
{
    CommunityGroup g;
    g.id = id;
    g.name = name;
    g.kind = kind;
    g.engagement = engagement;
    g.reviewedOn = Today.addMonths(-1);
    return g;
}

OutreachActivity activity(QDate on, QList<qint64> groups)
{
    OutreachActivity a;
    a.id = on.toJulianDay();
    a.heldOn = on;
    a.groupIds = std::move(groups);
    return a;
}

CoverageInput baseInput()
{
    CoverageInput input;
    input.today = Today;
    input.notReachedMonths = 6;
    return input;
}

} // namespace

TEST_CASE("group kinds map to the roster's sectors; institutions are police, municipality, social services and "
          "schools",
          "[services][coverage]")
{
    CHECK(sectorForGroupKind(GroupKind::StreetResidents) == Sector::Resident);
    CHECK(sectorForGroupKind(GroupKind::Youth) == Sector::YouthWork);
    CHECK(sectorForGroupKind(GroupKind::Religious) == Sector::ReligiousCommunity);
    CHECK(sectorForGroupKind(GroupKind::Diaspora) == Sector::MigrantAssociation);
    CHECK(sectorForGroupKind(GroupKind::School) == Sector::School);
    CHECK(sectorForGroupKind(GroupKind::Business) == Sector::Business);
    CHECK(sectorForGroupKind(GroupKind::SocialService) == Sector::SocialServices);
    CHECK(sectorForGroupKind(GroupKind::Seniors) == Sector::Resident);
    CHECK(sectorForGroupKind(GroupKind::SportsCulture) == Sector::Other);
    CHECK(sectorForGroupKind(GroupKind::Other) == Sector::Other);
    QList<Sector> institutions;
    for (Sector s : allSectors()) {
        if (isInstitution(s))
            institutions << s;
    }
    CHECK(institutions == QList<Sector>{Sector::Police, Sector::School, Sector::Municipality, Sector::SocialServices});
}

TEST_CASE("an empty workspace has nothing to report", "[services][coverage]")
{
    const CoverageReport r = checkCoverage(baseInput());
    CHECK(r.committeeSize == 0);
    CHECK(r.groupsNotEngaged.isEmpty());
    CHECK(r.needsWithoutCase.isEmpty());
    CHECK(r.committeeBalance.size() == allSectors().size());
    CHECK_FALSE(r.committeeTooLarge);
    CHECK_FALSE(r.committeeUnbalanced);
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("the lists of the coverage check, by group name", "[services][coverage]")
{
    CoverageInput input = baseInput();
    input.members = {member(1, Sector::Police), member(2, Sector::Resident),
                     member(3, Sector::YouthWork, {}, Today.addDays(-1)), member(4, Sector::Business)};
    ProblemCase open;
    open.id = 50;
    input.cases = {open};

    CommunityGroup youth = group(10, QStringLiteral("Youth of the park"), GroupKind::Youth, Engagement::NotEngaged);
    youth.hardToReach = true;
    youth.representativeId = 3; // left yesterday
    youth.needs = {{100, QStringLiteral("A place to hang out"), 0}, {101, QStringLiteral("Less stop and search"), 50}};
    youth.reviewedOn = {};
    CommunityGroup shops = group(11, QStringLiteral("shopkeepers"), GroupKind::Business, Engagement::Partner);
    shops.representativeId = 4;
    shops.needs = {{102, QStringLiteral("Shoplifting"), 77}}; // case 77 was deleted
    CommunityGroup mosque = group(12, QStringLiteral("Al-Nour mosque"), GroupKind::Religious, Engagement::Consulted);
    mosque.hardToReach = true;
    mosque.reviewedOn = Today.addYears(-1); // exactly a year ago: still reviewed within the year
    CommunityGroup seniors = group(13, QStringLiteral("Beguinage seniors"), GroupKind::Seniors, Engagement::Involved);
    seniors.hardToReach = true;
    seniors.representativeId = 2;
    seniors.reviewedOn = Today.addYears(-1).addDays(-1);
    CommunityGroup ghost = group(14, QStringLiteral("Club with a missing representative"), GroupKind::SportsCulture,
                                 Engagement::NotEngaged);
    ghost.representativeId = 999;
    input.groups = {youth, shops, mosque, seniors, ghost};
    input.activities = {activity(Today.addMonths(-2), {11, 13}), activity(Today.addMonths(-7), {12})};

    const CoverageReport r = checkCoverage(input);
    CHECK(r.groupsNotEngaged == QList<qint64>{14, 10});
    CHECK(r.hardToReachNotInvolved == QList<qint64>{12, 10});
    CHECK(r.groupsWithoutRepresentative == QList<qint64>{12, 14, 10});
    CHECK(r.groupsNotReached == QList<qint64>{12, 14, 10});
    CHECK(r.groupsNeverReviewed == QList<qint64>{13, 10});
    REQUIRE(r.needsWithoutCase.size() == 2);
    CHECK(r.needsWithoutCase.at(0).groupId == 11);
    CHECK(r.needsWithoutCase.at(0).needId == 102);
    CHECK(r.needsWithoutCase.at(0).text == QStringLiteral("Shoplifting"));
    CHECK(r.needsWithoutCase.at(1).needId == 100);
    CHECK(r.committeeSize == 3);
    CHECK(r.committeeBalance.value(Sector::YouthWork) == 0);
    CHECK(r.committeeBalance.value(Sector::Resident) == 1);
    CHECK(r.institutionMembers == 1);
    CHECK(r.communityMembers == 2);
    CHECK(r.sectorsWithGroupsButNoMember
          == QList<Sector>{Sector::YouthWork, Sector::ReligiousCommunity, Sector::Other});
    CHECK_FALSE(r.committeeUnbalanced);
    CHECK_FALSE(r.committeeTooLarge);
    REQUIRE(r.warnings.size() == 7);
    CHECK(r.warnings.at(0)
          == QStringLiteral("Groups not engaged with the police yet (2): Club with a missing representative, Youth of "
                            "the park."));
    CHECK(r.warnings.at(3).startsWith(QStringLiteral("Groups not reached by any activity in the last 6 months (3)")));
    CHECK(r.warnings.at(5) == QStringLiteral("Needs of the community map that no case takes up: 2."));
}

TEST_CASE("the committee advises at most 12 active members", "[services][coverage]")
{
    CoverageInput input = baseInput();
    for (int id = 1; id <= 6; ++id)
        input.members << member(id, Sector::Resident);
    for (int id = 7; id <= 12; ++id)
        input.members << member(id, id % 2 ? Sector::Police : Sector::Municipality);
    // Not counted: left before today, or joining after today.
    input.members << member(20, Sector::Police, {}, Today.addDays(-1))
                  << member(21, Sector::Resident, Today.addDays(1));
    CoverageReport r = checkCoverage(input);
    CHECK(r.committeeSize == 12);
    CHECK_FALSE(r.committeeTooLarge);
    CHECK(r.institutionMembers == 6);
    CHECK(r.communityMembers == 6);
    CHECK_FALSE(r.committeeUnbalanced);
    CHECK(r.warnings.isEmpty());

    // Active on its first and its last day.
    input.members << member(13, Sector::School, Today, Today);
    r = checkCoverage(input);
    CHECK(r.committeeSize == 13);
    CHECK(r.committeeTooLarge);
    CHECK(r.institutionMembers == 7);
    CHECK(r.committeeUnbalanced);
    CHECK(r.committeeBalance.value(Sector::School) == 1);
    CHECK(r.warnings
          == QStringList{QStringLiteral("The CoPmittee has 13 active members; the guidelines advise at most 12."),
                         QStringLiteral("Institutions have 7 active members in the CoPmittee against 6 for "
                                        "residents and civil society; the guidelines ask for a balance.")});
}

TEST_CASE("a group is reached by an activity from N months ago up to today", "[services][coverage]")
{
    CoverageInput input = baseInput();
    input.notReachedMonths = 3;
    input.groups = {group(1, QStringLiteral("A"), GroupKind::Other), group(2, QStringLiteral("B"), GroupKind::Other),
                    group(3, QStringLiteral("C"), GroupKind::Other), group(4, QStringLiteral("D"), GroupKind::Other)};
    input.activities = {activity(Today.addMonths(-3), {1}),                // first day of the window: reached
                        activity(Today.addMonths(-3).addDays(-1), {2}),    // one day before: not reached
                        activity(Today, {3}),                              // today: reached
                        activity(Today.addDays(1), {4})};                  // planned: not yet
    CoverageReport r = checkCoverage(input);
    CHECK(r.groupsNotReached == QList<qint64>{2, 4});
    input.notReachedMonths = 4;
    r = checkCoverage(input);
    CHECK(r.groupsNotReached == QList<qint64>{4});
}

TEST_CASE("the coverage input is loaded from a workspace", "[services][coverage]")
{
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("w.proxima")));
    REQUIRE(created.ok());
    Workspace& ws = *created.value();
    Member m = member(0, Sector::Resident);
    const qint64 memberId = MemberRepository(ws).add(m)->id;
    CommunityGroup g = group(0, QStringLiteral("Tenants"), GroupKind::StreetResidents);
    g.representativeId = memberId;
    g.needs = {{0, QStringLiteral("Lighting"), 0}};
    const qint64 groupId = GroupRepository(ws).add(g)->id;
    REQUIRE(OutreachRepository(ws).add(activity(Today.addMonths(-1), {groupId})).ok());

    auto input = loadCoverageInput(ws, Today, 2);
    REQUIRE(input.ok());
    CHECK(input->today == Today);
    CHECK(input->notReachedMonths == 2);
    CHECK(input->groups.size() == 1);
    CHECK(input->members.size() == 1);
    CHECK(input->activities.size() == 1);
    const CoverageReport r = checkCoverage(input.value());
    CHECK(r.groupsWithoutRepresentative.isEmpty());
    CHECK(r.groupsNotReached.isEmpty());
    CHECK(r.needsWithoutCase.size() == 1);
    CHECK(r.committeeBalance.value(Sector::Resident) == 1);
}
