// Voting sessions in the workspace: secrecy of ballots, one vote per member, withdrawal, closing and priorities.
#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/services/VotingCountService.h"
#include "core/storage/repositories/VotingRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace proxima;
using voting::Method;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QList<qint64> caseIds;
    QList<qint64> memberIds;
    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("v.proxima"));
        REQUIRE(Workspace::create(path).ok());
        ws = std::move(Workspace::open(path)).value();
        for (int i = 0; i < 4; ++i) {
            ProblemCase c;
            c.title = QStringLiteral("Case %1").arg(i + 1);
            caseIds << CaseRepository(*ws).add(c)->id;
        }
        for (int i = 0; i < 12; ++i) {
            Member m;
            m.name = QStringLiteral("Member %1").arg(i + 1);
            memberIds << MemberRepository(*ws).add(m)->id;
        }
    }
    VotingSession session(Method method, int candidates, bool secret)
    {
        VotingSession s;
        s.question = QStringLiteral("Which problems first?");
        for (int i = 0; i < candidates; ++i)
            s.candidates << VotingCandidate{caseIds.at(i), QStringLiteral("Case %1").arg(i + 1)};
        s.options.method = method;
        s.secret = secret;
        s.eligibleIds = memberIds.mid(0, 11);
        auto added = VotingRepository(*ws).add(s);
        REQUIRE(added.ok());
        REQUIRE(VotingRepository(*ws).open(added->id).ok());
        return *VotingRepository(*ws).find(added->id);
    }
    QStringList columns(const QString& table)
    {
        QSqlQuery q(ws->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        QStringList names;
        while (q.next())
            names << q.value(1).toString();
        return names;
    }
    int priorityOf(qint64 caseId) { return CaseRepository(*ws).find(caseId)->priority; }
};

CastBallot ranking(voting::Tiers tiers)
{
    CastBallot b;
    b.ranking = std::move(tiers);
    return b;
}

} // namespace

TEST_CASE("secret ballots cannot be linked to their voters", "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Borda, 4, true);
    VotingRepository repo(*f.ws);
    // Ten different ballots, cast by members 1..10 in this order.
    for (int i = 0; i < 10; ++i) {
        const voting::Tiers t = {{i % 4}, {(i + 1 + i / 4) % 4 == i % 4 ? (i + 2) % 4 : (i + 1 + i / 4) % 4}};
        REQUIRE(repo.cast(s.id, f.memberIds.at(i), ranking(t)).ok());
    }
    CHECK(f.columns(QStringLiteral("voting_ballots")) ==
          QStringList({QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("channel"),
                       QStringLiteral("kind"), QStringLiteral("content"), QStringLiteral("weight")}));
    CHECK(f.columns(QStringLiteral("voting_register")) ==
          QStringList({QStringLiteral("session_id"), QStringLiteral("member_id")}));
    QSqlQuery links(f.ws->database());
    REQUIRE(links.exec(QStringLiteral("SELECT COUNT(*) FROM voting_ballot_voters")));
    REQUIRE(links.next());
    CHECK(links.value(0).toInt() == 0);

    // The register holds the ten voters, sorted by member, and nothing else.
    CHECK(*repo.voters(s.id) == f.memberIds.mid(0, 10));
    CHECK(repo.progress(s.id)->voted == 10);
    CHECK(repo.progress(s.id)->eligible == 11);

    // Ballot ids are random: read in id order (the only order the table has) they are not in cast order.
    QSqlQuery ids(f.ws->database());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM voting_ballots ORDER BY rowid")));
    QList<qint64> idOrder;
    while (ids.next())
        idOrder << ids.value(0).toLongLong();
    REQUIRE(idOrder.size() == 10);
    QList<qint64> sorted = idOrder;
    std::sort(sorted.begin(), sorted.end());
    CHECK(idOrder == sorted);
    CHECK(sorted.first() > 1000000); // not a small counter

    // Linking a secret ballot to a voter is refused by the file itself.
    QSqlQuery link(f.ws->database());
    CHECK_FALSE(link.exec(QStringLiteral("INSERT INTO voting_ballot_voters VALUES (%1, %2)")
                              .arg(idOrder.first())
                              .arg(f.memberIds.first())));
    CHECK(repo.namedBallots(s.id).error().code == ErrorCode::Refused);

    // The change log says that ballots came in, never whose nor what.
    QSqlQuery log(f.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT action, summary FROM change_log WHERE entity = 'voting_session'")));
    int ballots = 0;
    while (log.next()) {
        const QString summary = log.value(1).toString();
        if (log.value(0).toString() == QLatin1String("ballot")) {
            ++ballots;
            CHECK(summary == QStringLiteral("a secret ballot was cast"));
        }
        CHECK_FALSE(summary.contains(QStringLiteral("Member")));
        CHECK_FALSE(summary.contains(QLatin1Char('|')));
    }
    CHECK(ballots == 10);
    // No column anywhere in the voting tables holds a time except the session's own close and update times.
    for (const QString& table : {QStringLiteral("voting_ballots"), QStringLiteral("voting_register"),
                                 QStringLiteral("voting_ballot_voters")}) {
        for (const QString& column : f.columns(table))
            CHECK_FALSE(column.endsWith(QLatin1String("_at")));
    }
}

TEST_CASE("secret ballot ids do not follow the order of casting", "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Dots, 4, true);
    VotingRepository repo(*f.ws);
    // Each voter puts one dot on a distinct pattern so the content identifies the casting position.
    for (int i = 0; i < 11; ++i) {
        CastBallot b;
        b.values = {i % 3, (i / 3) % 3, i >= 9 ? 1 : 0, 0};
        for (qint64& v : b.values)
            v = std::min<qint64>(v, 2);
        REQUIRE(repo.cast(s.id, f.memberIds.at(i), b).ok());
    }
    QSqlQuery q(f.ws->database());
    REQUIRE(q.exec(QStringLiteral("SELECT id, content FROM voting_ballots ORDER BY id")));
    QStringList byId;
    while (q.next())
        byId << q.value(1).toString();
    QStringList cast;
    for (int i = 0; i < 11; ++i)
        cast << QStringLiteral("%1,%2,%3,0").arg(std::min(i % 3, 2)).arg(std::min((i / 3) % 3, 2)).arg(i >= 9 ? 1 : 0);
    CHECK(byId.size() == 11);
    QStringList sortedCast = cast, sortedById = byId;
    sortedCast.sort();
    sortedById.sort();
    CHECK(sortedById == sortedCast);
    CHECK(byId != cast); // 1 chance in 11!/dup-permutations of failing
}

TEST_CASE("a member votes once and must be eligible; the session must be open", "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Schulze, 3, true);
    VotingRepository repo(*f.ws);
    REQUIRE(repo.cast(s.id, f.memberIds.at(0), ranking({{0}, {1}})).ok());
    const Status again = repo.cast(s.id, f.memberIds.at(0), ranking({{1}}));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("member"));
    const Status outsider = repo.cast(s.id, f.memberIds.at(11), ranking({{1}}));
    REQUIRE_FALSE(outsider.ok());
    CHECK(outsider.error().field == QStringLiteral("member"));
    const Status twice = repo.cast(s.id, f.memberIds.at(1), ranking({{1}, {1}}));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QStringLiteral("ballot"));
    CHECK(repo.progress(s.id)->voted == 1);
    // Settings are frozen once the session is open.
    VotingSession edited = s;
    edited.question = QStringLiteral("Changed");
    CHECK(repo.update(edited).error().field == QStringLiteral("state"));
    REQUIRE(VotingCountService(*f.ws).close(s.id).ok());
    CHECK(repo.cast(s.id, f.memberIds.at(2), ranking({{0}})).error().field == QStringLiteral("state"));
}

TEST_CASE("a spoiled ballot can be withdrawn only in a named session", "[storage][voting]")
{
    Fixture f;
    const VotingSession secret = f.session(Method::Borda, 3, true);
    VotingRepository repo(*f.ws);
    REQUIRE(repo.cast(secret.id, f.memberIds.at(0), ranking({{0}})).ok());
    const Status refused = repo.withdraw(secret.id, f.memberIds.at(0));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("secret"));

    const VotingSession named = f.session(Method::Borda, 3, false);
    REQUIRE(repo.cast(named.id, f.memberIds.at(0), ranking({{2}, {0}})).ok());
    REQUIRE(repo.cast(named.id, f.memberIds.at(1), ranking({{1}})).ok());
    auto ballots = repo.namedBallots(named.id);
    REQUIRE(ballots.ok());
    REQUIRE(ballots->size() == 2);
    CHECK(ballots->at(0).memberId == f.memberIds.at(0));
    CHECK(ballots->at(0).ballot.ranking == voting::Tiers{{2}, {0}});
    REQUIRE(repo.withdraw(named.id, f.memberIds.at(0)).ok());
    CHECK(*repo.voters(named.id) == QList<qint64>{f.memberIds.at(1)});
    CHECK(repo.namedBallots(named.id)->size() == 1);
    REQUIRE(repo.cast(named.id, f.memberIds.at(0), ranking({{0}, {1}, {2}})).ok());
    CHECK(repo.namedBallots(named.id)->at(0).ballot.ranking == voting::Tiers{{0}, {1}, {2}});
    CHECK(repo.withdraw(named.id, f.memberIds.at(5)).error().code == ErrorCode::NotFound);
}

TEST_CASE("closing a Schulze session writes the ranking back as the cases' priorities", "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Schulze, 3, true);
    VotingRepository repo(*f.ws);
    // 4 x A>B>C, 2 x B>C>A, 1 x C>A>B: A beats B 5-2 and C 4-3, B beats C 6-1.
    for (int i = 0; i < 4; ++i)
        REQUIRE(repo.cast(s.id, f.memberIds.at(i), ranking({{0}, {1}, {2}})).ok());
    for (int i = 4; i < 6; ++i)
        REQUIRE(repo.cast(s.id, f.memberIds.at(i), ranking({{1}, {2}, {0}})).ok());
    REQUIRE(repo.cast(s.id, f.memberIds.at(6), ranking({{2}, {0}, {1}})).ok());
    auto closedVote = VotingCountService(*f.ws).close(s.id);
    REQUIRE(closedVote.ok());
    const voting::TallyResult* result = &closedVote->count.result;
    CHECK(result->ranking == voting::Tiers{{0}, {1}, {2}});
    CHECK(result->pairwise[0][1] == 5);
    CHECK(result->pairwise[0][2] == 4);
    CHECK(result->pairwise[1][2] == 6);
    CHECK(f.priorityOf(f.caseIds.at(0)) == 1);
    CHECK(f.priorityOf(f.caseIds.at(1)) == 2);
    CHECK(f.priorityOf(f.caseIds.at(2)) == 3);
    CHECK(f.priorityOf(f.caseIds.at(3)) == 0);
    const VotingSession closed = *repo.find(s.id);
    CHECK(closed.state == VotingState::Closed);
    CHECK(closed.agreedRanking == voting::Tiers{{0}, {1}, {2}});
    CHECK(closed.closedAt.isValid());
    QSqlQuery log(f.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT summary FROM change_log WHERE entity = 'voting_session' AND action = "
                                    "'close'")));
    REQUIRE(log.next());
    CHECK(log.value(0).toString() == QStringLiteral("1. Case 1; 2. Case 2; 3. Case 3"));
}

TEST_CASE("sticker totals add to laptop dots with a subtotal per channel; ties share a priority",
          "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Dots, 3, true); // 5 dots, at most 2 per item
    VotingRepository repo(*f.ws);
    CastBallot laptop;
    laptop.values = {2, 2, 1};
    REQUIRE(repo.cast(s.id, f.memberIds.at(0), laptop).ok());
    laptop.values = {0, 2, 3};
    CHECK(repo.cast(s.id, f.memberIds.at(1), laptop).error().field == QStringLiteral("ballot"));
    CountedEntry stickers;
    stickers.totals = {6, 6, 3};
    stickers.voters = 3;
    REQUIRE(repo.addCounts(s.id, stickers).ok());
    CountedEntry bad = stickers;
    bad.channel = QStringLiteral("laptop");
    CHECK(repo.addCounts(s.id, bad).error().field == QStringLiteral("channel"));
    auto counted = VotingCountService(*f.ws).count(s.id);
    REQUIRE(counted.ok());
    const voting::TallyResult* r = &counted->result;
    CHECK(r->scores == std::vector<mpq_class>{8, 8, 4});
    CHECK(r->ballotsCounted == 4);
    REQUIRE(r->channels.size() == 2);
    CHECK(r->channels[0].channel == QStringLiteral("laptop"));
    CHECK(r->channels[0].ballots == 1);
    CHECK(r->channels[0].totals == std::vector<mpq_class>{2, 2, 1});
    CHECK(r->channels[1].channel == QStringLiteral("stickers"));
    CHECK(r->channels[1].ballots == 3);
    CHECK(r->channels[1].totals == std::vector<mpq_class>{6, 6, 3});
    CHECK(repo.progress(s.id)->otherBallots == 3);
    REQUIRE(VotingCountService(*f.ws).close(s.id).ok());
    CHECK(f.priorityOf(f.caseIds.at(0)) == 1);
    CHECK(f.priorityOf(f.caseIds.at(1)) == 1);
    CHECK(f.priorityOf(f.caseIds.at(2)) == 3);
}

TEST_CASE("paper and imported ranked ballots count with their weight; counts are refused for ranked methods",
          "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Borda, 3, true);
    VotingRepository repo(*f.ws);
    CastBallot paper = ranking({{1}, {0, 2}});
    paper.channel = QStringLiteral("paper");
    paper.weight = 3;
    REQUIRE(repo.addBallot(s.id, paper).ok());
    CountedEntry counts;
    counts.totals = {1, 1, 1};
    CHECK(repo.addCounts(s.id, counts).error().field == QStringLiteral("method"));
    auto counted = VotingCountService(*f.ws).count(s.id);
    REQUIRE(counted.ok());
    const voting::TallyResult* r = &counted->result;
    CHECK(r->scores == std::vector<mpq_class>{0, 6, 0});
    CHECK(r->ballotsCounted == 3);
    CHECK(repo.progress(s.id)->voted == 0);
    CHECK(repo.progress(s.id)->otherBallots == 3);
    // Empty session settings are refused with the field named.
    VotingSession empty;
    CHECK(repo.add(empty).error().field == QStringLiteral("question"));
    empty.question = QStringLiteral("?");
    CHECK(repo.add(empty).error().field == QStringLiteral("candidates"));
}

TEST_CASE("the demo holds a closed Schulze vote matching the priorities and an open dot vote", "[storage][voting]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = std::move(Workspace::open(path)).value();
    VotingRepository repo(*ws);
    const QList<VotingSession> sessions = repo.list().value();
    REQUIRE(sessions.size() == 2);
    const VotingSession& dots = sessions[0];
    const VotingSession& schulze = sessions[1];
    CHECK(schulze.state == VotingState::Closed);
    CHECK(schulze.options.method == Method::Schulze);
    REQUIRE(schulze.candidates.size() == 13);
    REQUIRE(schulze.agreedRanking.size() == 13);
    for (int place = 0; place < 13; ++place) {
        const int c = schulze.agreedRanking[size_t(place)].front();
        CHECK(c == place);
        CHECK(CaseRepository(*ws).find(schulze.candidates[c].caseId)->priority == place + 1);
    }
    CHECK(CaseRepository(*ws).list()->first().title == QStringLiteral("Street harassment of women near the station"));
    CHECK(dots.state == VotingState::Open);
    CHECK(dots.options.method == Method::Dots);
    CHECK(repo.progress(dots.id)->voted == 5);
    CHECK(repo.progress(dots.id)->eligible == 10);
    CHECK(repo.progress(dots.id)->otherBallots == 2);
    auto counted = VotingCountService(*ws).count(dots.id);
    REQUIRE(counted.ok());
    const voting::TallyResult* r = &counted->result;
    CHECK(r->scores == std::vector<mpq_class>{8, 11, 5, 7, 4});
    CHECK(r->ballotsCounted == 7);
}

TEST_CASE("a ballot row damaged by another program is reported as an error, never thrown", "[storage][voting]")
{
    // Defect: namedBallots() called Result::value() on the decoded row, which throws into the event loop when the
    // content cannot be read.
    Fixture f;
    const VotingSession named = f.session(Method::Borda, 3, false);
    VotingRepository repo(*f.ws);
    REQUIRE(repo.cast(named.id, f.memberIds.at(0), ranking({{2}, {0}})).ok());
    QSqlQuery damage(f.ws->database());
    REQUIRE(damage.exec(QStringLiteral("UPDATE voting_ballots SET content = 'not a ranking'")));

    Result<QList<NamedBallot>> ballots = Error{};
    CHECK_NOTHROW(ballots = repo.namedBallots(named.id));
    REQUIRE_FALSE(ballots.ok());
    CHECK(ballots.error().message.startsWith(QStringLiteral("stored ballot ")));
    CHECK(ballots.error().field == QStringLiteral("ranking"));
    // The count refuses the same way, so the page, the CLI and the results sheet can say why.
    Result<VotingCount> counted = Error{};
    CHECK_NOTHROW(counted = VotingCountService(*f.ws).count(named.id));
    REQUIRE_FALSE(counted.ok());
    CHECK(counted.error().field == QStringLiteral("ranking"));
}

TEST_CASE("closing through the service reports the case revisions it wrote", "[storage][voting]")
{
    Fixture f;
    const VotingSession s = f.session(Method::Borda, 3, true);
    VotingRepository repo(*f.ws);
    REQUIRE(repo.cast(s.id, f.memberIds.at(0), ranking({{2}, {1}, {0}})).ok());
    CaseRepository cases(*f.ws);
    // Case 2 holds priority 2 already: its row is not written, so it gets no new revision.
    ProblemCase second = *cases.find(f.caseIds.at(1));
    second.priority = 2;
    REQUIRE(cases.update(second).ok());
    auto closed = VotingCountService(*f.ws).close(s.id);
    REQUIRE(closed.ok());
    CHECK(closed->sessionRevision == repo.find(s.id)->revision);
    CHECK(closed->count.session.state == VotingState::Closed);
    QList<QPair<qint64, int>> expected{{f.caseIds.at(2), cases.find(f.caseIds.at(2))->revision},
                                       {f.caseIds.at(0), cases.find(f.caseIds.at(0))->revision}};
    CHECK(closed->caseRevisions == expected);
    CHECK(f.priorityOf(f.caseIds.at(2)) == 1);
    CHECK(f.priorityOf(f.caseIds.at(0)) == 3);
    // A second close is refused and writes nothing.
    const int revision = cases.find(f.caseIds.at(0))->revision;
    CHECK(VotingCountService(*f.ws).close(s.id).error().field == QStringLiteral("state"));
    CHECK(cases.find(f.caseIds.at(0))->revision == revision);
}
