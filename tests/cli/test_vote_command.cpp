// proxima-cli vote and tally on a workspace session, run in-process.
#include "TestSupport.h"

#include "cli/TallyCommand.h"
#include "cli/VoteCommand.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <catch2/catch.hpp>

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
};

template <typename C> Run run(QStringList args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Io io{out, err};
    C command;
    r.code = command.run(args, io);
    out.flush();
    err.flush();
    return r;
}

struct SessionFixture
{
    QTemporaryDir dir;
    QString path;
    qint64 sessionId = 0;
    QList<qint64> cases, members;
    explicit SessionFixture(voting::Method method, bool hide = false)
    {
        path = dir.filePath(QStringLiteral("w.proxima"));
        auto ws = std::move(Workspace::create(path)).value();
        for (const char* title : {"Dumping", "Speeding", "Graffiti"}) {
            ProblemCase c;
            c.title = QString::fromLatin1(title);
            cases << CaseRepository(*ws).add(c)->id;
        }
        for (int i = 0; i < 5; ++i) {
            Member m;
            m.name = QStringLiteral("M%1").arg(i);
            members << MemberRepository(*ws).add(m)->id;
        }
        VotingSession s;
        s.question = QStringLiteral("What first?");
        s.candidates = {{cases[0], QStringLiteral("Dumping")}, {cases[1], QStringLiteral("Speeding")},
                        {0, QStringLiteral("Something else")}};
        s.options.method = method;
        s.hideResults = hide;
        s.eligibleIds = members;
        sessionId = VotingRepository(*ws).add(s)->id;
    }
    QString sid() const { return QString::number(sessionId); }
};

} // namespace

TEST_CASE("vote: the ranking argument groups tied candidates in braces", "[cli][vote]")
{
    CHECK(*parseRankingArgument(QStringLiteral("3,1,{2,5}")) ==
          QList<QStringList>{{QStringLiteral("3")}, {QStringLiteral("1")}, {QStringLiteral("2"), QStringLiteral("5")}});
    CHECK(*parseRankingArgument(QStringLiteral("{#3, 2}, 1")) ==
          QList<QStringList>{{QStringLiteral("#3"), QStringLiteral("2")}, {QStringLiteral("1")}});
    CHECK(parseRankingArgument(QString())->isEmpty());
    for (const char* bad : {"3,,1", "{1,2", "1}", "{1}2", "{}"})
        CHECK(parseRankingArgument(QString::fromLatin1(bad)).error().field == QStringLiteral("--ranking"));
}

TEST_CASE("vote cast, close and tally WORKSPACE --session agree; ids are case ids and #positions", "[cli][vote]")
{
    SessionFixture f(voting::Method::Schulze);
    const QString a = QString::number(f.cases[0]), b = QString::number(f.cases[1]);
    CHECK(run<VoteCommand>({QStringLiteral("cast"), f.path, QStringLiteral("--session"), f.sid(),
                            QStringLiteral("--member"), QString::number(f.members[0]), QStringLiteral("--ranking"),
                            a + QStringLiteral(",{#3,") + b + QLatin1Char('}')})
              .code == ExitFailure); // draft: not open yet
    REQUIRE(run<VoteCommand>({QStringLiteral("open"), f.path, QStringLiteral("--session"), f.sid()}).code == 0);
    const QStringList rankings = {QStringLiteral("#3,") + a + QLatin1Char(',') + b,
                                  QStringLiteral("#3,{") + a + QLatin1Char(',') + b + QLatin1Char('}'),
                                  a + QLatin1Char(',') + b};
    for (int i = 0; i < rankings.size(); ++i) {
        const Run cast = run<VoteCommand>({QStringLiteral("cast"), f.path, QStringLiteral("--session"), f.sid(),
                                           QStringLiteral("--member"), QString::number(f.members[i]),
                                           QStringLiteral("--ranking"), rankings[i]});
        INFO(cast.err.toStdString());
        REQUIRE(cast.code == 0);
    }
    const Run again = run<VoteCommand>({QStringLiteral("cast"), f.path, QStringLiteral("--session"), f.sid(),
                                        QStringLiteral("--member"), QString::number(f.members[0]),
                                        QStringLiteral("--ranking"), a});
    CHECK(again.code == ExitFailure);
    CHECK(again.err.contains(QStringLiteral("has voted already")));
    CHECK(run<VoteCommand>({QStringLiteral("cast"), f.path, QStringLiteral("--session"), f.sid(),
                            QStringLiteral("--member"), QString::number(f.members[3]), QStringLiteral("--ranking"),
                            QStringLiteral("999")})
              .code == ExitFailure);

    const Run sessions = run<VoteCommand>({QStringLiteral("sessions"), f.path, QStringLiteral("--json")});
    REQUIRE(sessions.code == 0);
    const QJsonObject s = QJsonDocument::fromJson(sessions.out.toUtf8()).array().at(0).toObject();
    CHECK(s.value(QStringLiteral("voted")).toInt() == 3);
    CHECK(s.value(QStringLiteral("eligible")).toInt() == 5);
    CHECK(s.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(s.value(QStringLiteral("candidates")).toArray().at(2).toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("#3"));

    // #3 beats A 2-1 and B 2-0 (one tie); A beats B 2-0 (one tie): #3, A, B.
    const Run tally = run<TallyCommand>({f.path, QStringLiteral("--session"), f.sid(), QStringLiteral("--json")});
    INFO(tally.err.toStdString());
    REQUIRE(tally.code == 0);
    const QJsonObject t = QJsonDocument::fromJson(tally.out.toUtf8()).object();
    CHECK(t.value(QStringLiteral("method")).toString() == QStringLiteral("schulze"));
    const QJsonArray expected = {QJsonArray{QStringLiteral("#3")}, QJsonArray{int(f.cases[0])},
                                 QJsonArray{int(f.cases[1])}};
    CHECK(t.value(QStringLiteral("ranking")).toArray() == expected);
    CHECK(t.value(QStringLiteral("winners")).toArray() == QJsonArray{QStringLiteral("#3")});
    CHECK(t.value(QStringLiteral("ballots")).toInt() == 3);
    // Another method on the same ballots.
    const Run borda = run<TallyCommand>({f.path, QStringLiteral("--session"), f.sid(), QStringLiteral("--method"),
                                         QStringLiteral("borda"), QStringLiteral("--json")});
    REQUIRE(borda.code == 0);
    CHECK(QJsonDocument::fromJson(borda.out.toUtf8()).object().value(QStringLiteral("method")).toString() ==
          QStringLiteral("borda"));

    const Run close = run<VoteCommand>({QStringLiteral("close"), f.path, QStringLiteral("--session"), f.sid()});
    REQUIRE(close.code == 0);
    CHECK(close.out == QStringLiteral("  1     #3  Something else\n  2  %1  Dumping\n  3  %2  Speeding\n")
                           .arg(a, 5)
                           .arg(b, 5));
    auto ws = std::move(Workspace::open(f.path)).value();
    CHECK(CaseRepository(*ws).find(f.cases[0])->priority == 2);
    CHECK(CaseRepository(*ws).find(f.cases[1])->priority == 3);
    CHECK(CaseRepository(*ws).find(f.cases[2])->priority == 0);
}

TEST_CASE("tally on a workspace: hidden results need --reveal, a missing session is an error", "[cli][vote]")
{
    SessionFixture f(voting::Method::Dots, true);
    auto ws = std::move(Workspace::open(f.path)).value();
    REQUIRE(VotingRepository(*ws).open(f.sessionId).ok());
    REQUIRE(run<VoteCommand>({QStringLiteral("cast"), f.path, QStringLiteral("--session"), f.sid(),
                              QStringLiteral("--member"), QString::number(f.members[0]), QStringLiteral("--values"),
                              QStringLiteral("1,2,2")})
                .code == 0);
    const Run hidden = run<TallyCommand>({f.path, QStringLiteral("--session"), f.sid()});
    CHECK(hidden.code == ExitFailure);
    CHECK(hidden.err.contains(QStringLiteral("--reveal")));
    const Run shown =
        run<TallyCommand>({f.path, QStringLiteral("--session"), f.sid(), QStringLiteral("--reveal"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    const QJsonObject t = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(t.value(QStringLiteral("method")).toString() == QStringLiteral("dots"));
    const QJsonArray expected = {QJsonArray{int(f.cases[1]), QStringLiteral("#3")}, QJsonArray{int(f.cases[0])}};
    CHECK(t.value(QStringLiteral("ranking")).toArray() == expected);
    CHECK(run<TallyCommand>({f.path, QStringLiteral("--session"), QStringLiteral("99")}).code == ExitFailure);
    CHECK(run<TallyCommand>({f.path}).code == ExitUsage);
}
