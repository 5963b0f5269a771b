// proxima-cli group, contact, outreach and coverage (the command-line contract of issue 12), and the community counts
// of info --json; in process with captured output, plus the registered binary once.
#include "TestSupport.h"

#include "cli/ContactCommand.h"
#include "cli/CoverageCommand.h"
#include "cli/GroupCommand.h"
#include "cli/OutreachCommand.h"
#include "cli/WorkspaceCommands.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    qint64 id() const { return out.trimmed().toLongLong(); }
};

Run run(Command&& command, const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Io io{out, err};
    r.code = command.run(arguments, io);
    out.flush();
    err.flush();
    return r;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* w : words)
        list << QString::fromUtf8(w);
    return list;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    qint64 member = 0;
    qint64 formerMember = 0;
    qint64 caseId = 0;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("w.proxima"));
        auto ws = Workspace::create(path);
        REQUIRE(ws.ok());
        Member m;
        m.name = QStringLiteral("Inspector Lambert");
        m.sector = Sector::Police;
        member = MemberRepository(*ws.value()).add(m)->id;
        m.name = QStringLiteral("Former resident");
        m.sector = Sector::Resident;
        m.activeTo = QDate(2020, 1, 1);
        formerMember = MemberRepository(*ws.value()).add(m)->id;
        ProblemCase c;
        c.title = QStringLiteral("Night noise");
        caseId = CaseRepository(*ws.value()).add(c)->id;
    }

    QStringList with(const QString& sub, std::initializer_list<const char*> rest) const
    {
        QStringList list{sub, path};
        list << args(rest);
        return list;
    }

    QStringList file(std::initializer_list<const char*> rest) const
    {
        QStringList list{path};
        list << args(rest);
        return list;
    }

    QByteArray digest() const { return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256); }
};

} // namespace

TEST_CASE("cli: group add prints the id and group list --json gives every field", "[cli][community]")
{
    Fixture f;
    const Run added = run(GroupCommand(), f.with(QStringLiteral("add"),
                                                 {"--name", "Rue Haute residents", "--kind", "street_residents",
                                                  "--engagement", "consulted", "--area", "Gare", "--basis", "interest",
                                                  "--size", "140", "--languages", "fr, nl", "--hard-to-reach", "--need",
                                                  "Safe crossing", "--need", "Lighting", "--representative", "1",
                                                  "--reviewed", "2026-01-15", "--notes", "Tuesdays"}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(added.id() > 0);
    const Run second = run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "Al-Nour mosque", "--kind",
                                                                          "religious"}));
    REQUIRE(second.code == 0);

    const Run listed = run(GroupCommand(), f.with(QStringLiteral("list"), {"--json"}));
    REQUIRE(listed.code == 0);
    const QJsonArray groups = listed.array();
    REQUIRE(groups.size() == 2);
    const QJsonObject mosque = groups.at(0).toObject();
    CHECK(mosque.value(QStringLiteral("name")).toString() == QStringLiteral("Al-Nour mosque"));
    CHECK(mosque.value(QStringLiteral("engagement")).toString() == QStringLiteral("not_engaged"));
    CHECK(mosque.value(QStringLiteral("area")).isNull());
    CHECK(mosque.value(QStringLiteral("representative_id")).isNull());
    const QJsonObject g = groups.at(1).toObject();
    CHECK(g.value(QStringLiteral("id")).toInteger() == added.id());
    CHECK(g.value(QStringLiteral("name")).toString() == QStringLiteral("Rue Haute residents"));
    CHECK(g.value(QStringLiteral("kind")).toString() == QStringLiteral("street_residents"));
    CHECK(g.value(QStringLiteral("engagement")).toString() == QStringLiteral("consulted"));
    CHECK(g.value(QStringLiteral("basis")).toString() == QStringLiteral("interest"));
    CHECK(g.value(QStringLiteral("size")).toInt() == 140);
    CHECK(g.value(QStringLiteral("languages")).toArray() == QJsonArray{QStringLiteral("fr"), QStringLiteral("nl")});
    CHECK(g.value(QStringLiteral("hard_to_reach")).toBool());
    CHECK(g.value(QStringLiteral("area")).toString() == QStringLiteral("Gare"));
    CHECK(g.value(QStringLiteral("representative_id")).toInteger() == f.member);
    CHECK(g.value(QStringLiteral("reviewed_on")).toString() == QStringLiteral("2026-01-15"));
    CHECK(g.value(QStringLiteral("notes")).toString() == QStringLiteral("Tuesdays"));
    const QJsonArray needs = g.value(QStringLiteral("needs")).toArray();
    REQUIRE(needs.size() == 2);
    CHECK(needs.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Safe crossing"));
    CHECK(needs.at(1).toObject().value(QStringLiteral("case_id")).isNull());

    const Run text = run(GroupCommand(), f.with(QStringLiteral("list"), {}));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Rue Haute residents")));
    CHECK(text.out.contains(QStringLiteral("hard-to-reach")));
}

TEST_CASE("cli: group add refuses unknown keys, bad values and missing records, naming the option", "[cli][community]")
{
    Fixture f;
    const QByteArray before = f.digest();
    Run r = run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "X", "--kind", "gang"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--kind")));
    CHECK(r.err.contains(QStringLiteral("street_residents, youth, religious, diaspora, school, business, "
                                        "sports_culture, social_service, seniors, other")));
    r = run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "X", "--kind", "youth", "--engagement", "high"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("not_engaged, informed, consulted, involved, partner")));
    r = run(GroupCommand(),
            f.with(QStringLiteral("add"), {"--name", "X", "--kind", "youth", "--reviewed", "2026-02-30"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--reviewed")));
    r = run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "X", "--kind", "youth", "--size", "-4"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--size")));
    r = run(GroupCommand(), f.with(QStringLiteral("add"), {"--kind", "youth"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--name is required")));
    r = run(GroupCommand(),
            f.with(QStringLiteral("add"), {"--name", "X", "--kind", "youth", "--representative", "77"}));
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("representative")));
    CHECK(r.err.contains(QStringLiteral("77")));
    r = run(GroupCommand(), {QStringLiteral("remove"), f.path});
    CHECK(r.code == ExitUsage);
    CHECK(f.digest() == before);
}

TEST_CASE("cli: contact add and list", "[cli][community]")
{
    Fixture f;
    const qint64 group =
        run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "Youth", "--kind", "youth"})).id();
    const Run added = run(ContactCommand(), f.with(QStringLiteral("add"),
                                                   {"--group", "1", "--name", "Coach M.", "--role", "coach", "--ally",
                                                    "--key-figure", "--reach", "via the youth house", "--language",
                                                    "fr", "--consent", "--review", "2026-09-01"}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(run(ContactCommand(), f.with(QStringLiteral("add"), {"--group", "1", "--name", "Anna"})).code == 0);
    const Run listed = run(ContactCommand(), f.with(QStringLiteral("list"), {"--json"}));
    REQUIRE(listed.code == 0);
    REQUIRE(listed.array().size() == 2);
    const QJsonObject c = listed.array().at(1).toObject();
    CHECK(c.value(QStringLiteral("id")).toInteger() == added.id());
    CHECK(c.value(QStringLiteral("group_id")).toInteger() == group);
    CHECK(c.value(QStringLiteral("name")).toString() == QStringLiteral("Coach M."));
    CHECK(c.value(QStringLiteral("role")).toString() == QStringLiteral("coach"));
    CHECK(c.value(QStringLiteral("reach")).toString() == QStringLiteral("via the youth house"));
    CHECK(c.value(QStringLiteral("language")).toString() == QStringLiteral("fr"));
    CHECK(c.value(QStringLiteral("ally")).toBool());
    CHECK(c.value(QStringLiteral("key_figure")).toBool());
    CHECK(c.value(QStringLiteral("consent")).toBool());
    CHECK(c.value(QStringLiteral("review_on")).toString() == QStringLiteral("2026-09-01"));
    const QJsonObject anna = listed.array().at(0).toObject();
    CHECK_FALSE(anna.value(QStringLiteral("ally")).toBool());
    CHECK(anna.value(QStringLiteral("review_on")).isNull());

    const QByteArray before = f.digest();
    Run r = run(ContactCommand(), f.with(QStringLiteral("add"), {"--group", "42", "--name", "Nobody"}));
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("group: group 42 does not exist")));
    r = run(ContactCommand(), f.with(QStringLiteral("add"), {"--group", "one", "--name", "Nobody"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--group")));
    r = run(ContactCommand(), f.with(QStringLiteral("add"), {"--group", "1", "--name", "N", "--review", "soon"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--review: 'soon' is not a date (YYYY-MM-DD)")));
    r = run(ContactCommand(), f.with(QStringLiteral("add"), {"--name", "Nobody"}));
    CHECK(r.code == ExitUsage);
    CHECK(f.digest() == before);
}

TEST_CASE("cli: outreach add with repeated groups and members, and list", "[cli][community]")
{
    Fixture f;
    run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "Block C", "--kind", "street_residents"}));
    run(GroupCommand(), f.with(QStringLiteral("add"), {"--name", "School", "--kind", "school"}));
    const Run added = run(OutreachCommand(), f.with(QStringLiteral("add"),
                                                    {"--date", "2026-02-14", "--kind", "door_to_door", "--group", "2",
                                                     "--group", "1", "--people", "37", "--title", "Block C doors",
                                                     "--languages", "fr, tr", "--member", "1", "--area", "Gare",
                                                     "--follow-up", "Report the broken light", "--notes", "Cold"}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    REQUIRE(run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "2026-03-01", "--kind", "office_hours"}))
                .code
            == 0);
    const Run listed = run(OutreachCommand(), f.with(QStringLiteral("list"), {"--json"}));
    REQUIRE(listed.code == 0);
    REQUIRE(listed.array().size() == 2);
    CHECK(listed.array().at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("office_hours"));
    const QJsonObject a = listed.array().at(1).toObject();
    CHECK(a.value(QStringLiteral("id")).toInteger() == added.id());
    CHECK(a.value(QStringLiteral("held_on")).toString() == QStringLiteral("2026-02-14"));
    CHECK(a.value(QStringLiteral("kind")).toString() == QStringLiteral("door_to_door"));
    CHECK(a.value(QStringLiteral("title")).toString() == QStringLiteral("Block C doors"));
    CHECK(a.value(QStringLiteral("people")).toInt() == 37);
    CHECK(a.value(QStringLiteral("languages")).toArray() == QJsonArray{QStringLiteral("fr"), QStringLiteral("tr")});
    CHECK(a.value(QStringLiteral("area")).toString() == QStringLiteral("Gare"));
    CHECK(a.value(QStringLiteral("group_ids")).toArray() == QJsonArray{1, 2});
    CHECK(a.value(QStringLiteral("member_ids")).toArray() == QJsonArray{int(f.member)});
    const QJsonArray followUps = a.value(QStringLiteral("follow_ups")).toArray();
    REQUIRE(followUps.size() == 1);
    CHECK(followUps.at(0).toObject().value(QStringLiteral("text")).toString()
          == QStringLiteral("Report the broken light"));
    CHECK_FALSE(followUps.at(0).toObject().value(QStringLiteral("done")).toBool());
    CHECK(a.value(QStringLiteral("notes")).toString() == QStringLiteral("Cold"));
    const Run text = run(OutreachCommand(), f.with(QStringLiteral("list"), {}));
    CHECK(text.out.contains(QStringLiteral("1 open")));

    const QByteArray before = f.digest();
    Run r = run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "14/02/2026", "--kind", "door_to_door"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--date")));
    r = run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "2026-02-14", "--kind", "rally"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("information_meeting, door_to_door")));
    r = run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "2026-02-14", "--kind", "other", "--group",
                                                              "9"}));
    CHECK(r.code == ExitFailure);
    CHECK(r.err.contains(QStringLiteral("groups: group 9 does not exist")));
    r = run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "2026-02-14", "--kind", "other", "--people",
                                                              "many"}));
    CHECK(r.code == ExitUsage);
    CHECK(r.err.contains(QStringLiteral("--people")));
    CHECK(f.digest() == before);
}

TEST_CASE("cli: coverage --json lists the gaps and the committee's balance; reading commands write nothing",
          "[cli][community]")
{
    Fixture f;
    const QString rep = QString::number(f.member);
    const QString former = QString::number(f.formerMember);
    run(GroupCommand(), {QStringLiteral("add"), f.path, QStringLiteral("--name"), QStringLiteral("Youth"),
                         QStringLiteral("--kind"), QStringLiteral("youth"), QStringLiteral("--need"),
                         QStringLiteral("A room"), QStringLiteral("--representative"), former});
    run(GroupCommand(), {QStringLiteral("add"), f.path, QStringLiteral("--name"), QStringLiteral("Shops"),
                         QStringLiteral("--kind"), QStringLiteral("business"), QStringLiteral("--engagement"),
                         QStringLiteral("partner"), QStringLiteral("--representative"), rep,
                         QStringLiteral("--reviewed"), QStringLiteral("2026-05-01")});
    run(OutreachCommand(), f.with(QStringLiteral("add"), {"--date", "2026-05-20", "--kind", "office_hours", "--group",
                                                          "2"}));
    const QByteArray before = f.digest();

    const Run r = run(CoverageCommand(), f.file({"--json", "--today", "2026-06-15", "--months", "3"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(QStringLiteral("groups_not_engaged")).toArray() == QJsonArray{1});
    CHECK(o.value(QStringLiteral("groups_without_representative")).toArray() == QJsonArray{1});
    CHECK(o.value(QStringLiteral("groups_not_reached")).toArray() == QJsonArray{1});
    CHECK(o.value(QStringLiteral("groups_not_reviewed")).toArray() == QJsonArray{1});
    CHECK(o.value(QStringLiteral("committee_size")).toInt() == 1);
    const QJsonObject balance = o.value(QStringLiteral("committee_balance")).toObject();
    CHECK(balance.size() == allSectors().size());
    CHECK(balance.value(QStringLiteral("police")).toInt() == 1);
    CHECK(balance.value(QStringLiteral("resident")).toInt() == 0);
    CHECK(o.value(QStringLiteral("committee_unbalanced")).toBool());
    CHECK_FALSE(o.value(QStringLiteral("committee_too_large")).toBool());
    const QJsonArray needs = o.value(QStringLiteral("needs_without_case")).toArray();
    REQUIRE(needs.size() == 1);
    CHECK(needs.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("A room"));
    CHECK(o.value(QStringLiteral("sectors_without_member")).toArray()
          == QJsonArray{QStringLiteral("youth_work"), QStringLiteral("business")});
    CHECK(o.value(QStringLiteral("months")).toInt() == 3);
    CHECK_FALSE(o.value(QStringLiteral("warnings")).toArray().isEmpty());

    // Three months after the office hours of 20 May and one day more, the shops are no longer reached.
    const Run later = run(CoverageCommand(), f.file({"--json", "--today", "2026-08-21", "--months", "3"}));
    CHECK(later.object().value(QStringLiteral("groups_not_reached")).toArray() == QJsonArray{2, 1});

    const Run text = run(CoverageCommand(), f.file({"--today", "2026-06-15"}));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Groups not engaged with the police yet (1): Youth.")));
    const Run bad = run(CoverageCommand(), f.file({"--months", "-1"}));
    CHECK(bad.code == ExitUsage);
    CHECK(bad.err.contains(QStringLiteral("--months")));
    CHECK(run(CoverageCommand(), f.file({"--today", "2026-06-31"})).code == ExitUsage);

    REQUIRE(run(GroupCommand(), f.with(QStringLiteral("list"), {"--json"})).code == 0);
    REQUIRE(run(ContactCommand(), f.with(QStringLiteral("list"), {"--json"})).code == 0);
    REQUIRE(run(OutreachCommand(), f.with(QStringLiteral("list"), {})).code == 0);
    CHECK(f.digest() == before);
}

TEST_CASE("cli: info --json counts groups, contacts and outreach, through the registered binary", "[cli][community]")
{
    Fixture f;
    auto cli = [&](QStringList arguments) {
        auto r = test::runCli(arguments);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    cli({QStringLiteral("group"), QStringLiteral("add"), f.path, QStringLiteral("--name"), QStringLiteral("A"),
         QStringLiteral("--kind"), QStringLiteral("seniors")});
    cli({QStringLiteral("group"), QStringLiteral("add"), f.path, QStringLiteral("--name"), QStringLiteral("B"),
         QStringLiteral("--kind"), QStringLiteral("other"), QStringLiteral("--engagement"),
         QStringLiteral("informed")});
    cli({QStringLiteral("contact"), QStringLiteral("add"), f.path, QStringLiteral("--group"), QStringLiteral("2"),
         QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--ally")});
    cli({QStringLiteral("outreach"), QStringLiteral("add"), f.path, QStringLiteral("--date"),
         QStringLiteral("2026-01-05"), QStringLiteral("--kind"), QStringLiteral("school_visit"),
         QStringLiteral("--group"), QStringLiteral("1"), QStringLiteral("--people"), QStringLiteral("30")});
    const QJsonObject counts = QJsonDocument::fromJson(cli({QStringLiteral("info"), f.path, QStringLiteral("--json")})
                                                           .toUtf8())
                                   .object()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    CHECK(counts.value(QStringLiteral("groups")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("contacts")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("outreach")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("community_groups")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("cases")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("members")).toInt() == 2);
    const QJsonObject coverage = QJsonDocument::fromJson(cli({QStringLiteral("coverage"), f.path,
                                                              QStringLiteral("--json")})
                                                             .toUtf8())
                                     .object();
    CHECK(coverage.value(QStringLiteral("groups_not_engaged")).toArray() == QJsonArray{1});
}
