#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace proxima;

TEST_CASE("actions keep every field and their partners, and conflicting saves are reported", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    ActionRepository actions(*ws.value());
    const qint64 caseId = CaseRepository(*ws.value()).list()->first().id;
    const qsizetype demoActions = actions.listForCase(caseId)->size();   // the demo's own plan
    const qint64 memberId = MemberRepository(*ws.value()).list()->first().id;

    ResponseAction a;
    a.caseId = caseId;
    a.title = QStringLiteral("Street coaches on Friday nights");
    a.rationale = QStringLiteral("Guardians at the bus stops");
    a.side = TriangleSide::Guardian;
    a.phase = ChainPhase::Prevention;
    a.leadMemberId = memberId;
    a.leadOrganisation = QStringLiteral("AMO Le Cercle");
    a.startOn = QDate(2026, 11, 1);
    a.dueOn = QDate(2027, 3, 31);
    a.status = ActionStatus::InProgress;
    a.policeHours = 12.5;
    a.volunteerHours = 40;
    a.euros = 1500;
    a.successMeasure = QStringLiteral("fewer reports of harassment");
    a.isReferral = true;
    a.referralService = QStringLiteral("Service prévention");
    a.referredOn = QDate(2026, 10, 20);
    a.partners = {{QStringLiteral("Commune"), QStringLiteral("funding"), 0},
                  {QStringLiteral("SNCB"), QStringLiteral("lighting"), memberId}};
    auto added = actions.add(a);
    REQUIRE(added.ok());
    CHECK(added->title == a.title);
    CHECK(added->side == TriangleSide::Guardian);
    CHECK(added->phase == ChainPhase::Prevention);
    CHECK(added->status == ActionStatus::InProgress);
    CHECK(added->policeHours == 12.5);
    CHECK(added->isReferral);
    CHECK(added->referredOn == QDate(2026, 10, 20));
    CHECK(added->partners == a.partners);
    CHECK_FALSE(added->leadName.isEmpty());
    CHECK(added->leadDisplay().contains(QStringLiteral("AMO Le Cercle")));
    CHECK(actions.listForCase(caseId)->size() == demoActions + 1);

    ResponseAction first = added.value();
    ResponseAction second = added.value();
    first.status = ActionStatus::Done;
    first.partners.removeLast();
    REQUIRE(actions.update(first).ok());
    CHECK(actions.find(first.id)->partners.size() == 1);
    second.euros = 99;
    auto refused = actions.update(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);

    ResponseAction bad = a;
    bad.dueOn = QDate(2026, 1, 1);
    auto invalid = actions.add(bad);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field == QStringLiteral("due"));

    // Deleting the case deletes its plan, and only its plan.
    const qsizetype others = actions.listAll()->size() - actions.listForCase(caseId)->size();
    auto c = CaseRepository(*ws.value()).find(caseId);
    REQUIRE(CaseRepository(*ws.value()).remove(caseId, c->revision).ok());
    CHECK(actions.listForCase(caseId)->isEmpty());
    const QList<ResponseAction> left = actions.listAll().value();
    CHECK(std::none_of(left.begin(), left.end(), [&](const ResponseAction& x) { return x.caseId == caseId; }));
    CHECK(left.size() == others);
}

TEST_CASE("meetings keep their attendees and agenda in order", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    const auto members = MemberRepository(*ws.value()).list().value();
    MeetingRepository meetings(*ws.value());
    const qint64 demoMeetings = meetings.list()->size(); // the demo's own meetings (voting)
    Meeting m;
    m.title = QStringLiteral("CoPmittee of November");
    m.heldOn = QDate(2026, 11, 12);
    m.startsAt = QTime(19, 30);
    m.place = QStringLiteral("Maison de quartier");
    m.attendeeIds = {members.at(0).id, members.at(3).id};
    m.items = {{0, QStringLiteral("Priorities"), 0, {}, {}}, {0, QStringLiteral("Underpass lighting"), 8, {}, {}}};
    auto added = meetings.add(m);
    REQUIRE(added.ok());
    CHECK(added->startsAt == QTime(19, 30));
    CHECK(added->attendeeIds.size() == 2);
    REQUIRE(added->items.size() == 2);
    CHECK(added->items.at(1).title == QStringLiteral("Underpass lighting"));
    CHECK(added->items.at(1).caseId == 8);

    Meeting edited = added.value();
    edited.items.swapItemsAt(0, 1);
    edited.items[0].decision = QStringLiteral("Ask the railway for lights");
    auto saved = meetings.update(edited);
    REQUIRE(saved.ok());
    CHECK(saved->items.at(0).title == QStringLiteral("Underpass lighting"));
    CHECK(saved->items.at(0).decision == QStringLiteral("Ask the railway for lights"));
    CHECK(meetings.list()->size() == demoMeetings + 1);
    Meeting undated = m;
    undated.heldOn = QDate();
    CHECK(meetings.add(undated).error().field == QStringLiteral("date"));
}
