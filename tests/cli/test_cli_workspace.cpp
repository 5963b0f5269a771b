// proxima-cli as a script would use it: the real binary, its output and its exit codes.
#include "TestSupport.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/StageRepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace proxima;
using test::runCli;

TEST_CASE("cli: init, info and check on a new workspace", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    auto init = runCli({QStringLiteral("init"), path});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("created")));

    auto again = runCli({QStringLiteral("init"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cases")).toInt() == 0);
    CHECK(object.value(QStringLiteral("counts")).toObject().contains(QStringLiteral("members")));
    CHECK(object.value(QStringLiteral("app_version")).toString() == QStringLiteral(PROXIMA_VERSION));

    auto check = runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("ok")));
}

TEST_CASE("cli: the demo workspace has its neighbourhood, committee and cases", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(runCli({QStringLiteral("demo"), path}).exitCode == 0);
    auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject counts =
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("cases")).toInt() == 15);
    CHECK(counts.value(QStringLiteral("members")).toInt() == 11);
    CHECK(counts.value(QStringLiteral("areas")).toInt() == 3);   // Gare, Parc and the comparison district
    CHECK(counts.value(QStringLiteral("groups")).toInt() == 12);
    CHECK(counts.value(QStringLiteral("community_places")).toInt() == 15);
    CHECK(counts.value(QStringLiteral("contacts")).toInt() == 20);
    CHECK(counts.value(QStringLiteral("outreach")).toInt() == 25);

    auto list = runCli({QStringLiteral("case"), QStringLiteral("list"), path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray cases = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(cases.size() == 15);
    QSet<QString> stages;
    for (const QJsonValue& value : cases) {
        const QJsonObject c = value.toObject();
        CHECK(c.contains(QStringLiteral("id")));
        CHECK(c.contains(QStringLiteral("title")));
        CHECK(c.contains(QStringLiteral("priority")));
        stages.insert(c.value(QStringLiteral("stage")).toString());
    }
    CHECK(stages.size() == 5);
}

TEST_CASE("cli: case add, show, set and list", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    REQUIRE(runCli({QStringLiteral("init"), path}).exitCode == 0);

    auto add = runCli({QStringLiteral("case"), QStringLiteral("add"), path, QStringLiteral("--title"),
                       QStringLiteral("Dumping behind the shops"), QStringLiteral("--stage"), QStringLiteral("analyse"),
                       QStringLiteral("--area"), QStringLiteral("Centre")});
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.trimmed() == QStringLiteral("1"));

    auto show = runCli({QStringLiteral("case"), QStringLiteral("show"), path, QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject c = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(c.value(QStringLiteral("title")).toString() == QStringLiteral("Dumping behind the shops"));
    CHECK(c.value(QStringLiteral("stage")).toString() == QStringLiteral("analyse"));
    CHECK(c.value(QStringLiteral("area")).toString() == QStringLiteral("Centre"));
    CHECK(c.value(QStringLiteral("priority")).toInt() == 0);

    REQUIRE(runCli({QStringLiteral("case"), QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("--priority"),
                    QStringLiteral("2")})
                .exitCode == 0);
    auto text = runCli({QStringLiteral("case"), QStringLiteral("list"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Dumping behind the shops")));
    CHECK(text.out.contains(QStringLiteral("   1     2  analyse")));
}

TEST_CASE("cli: wrong command lines and bad input exit non-zero with a message on stderr", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    REQUIRE(runCli({QStringLiteral("init"), path}).exitCode == 0);

    auto none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("usage")));

    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);

    auto noTitle = runCli({QStringLiteral("case"), QStringLiteral("add"), path});
    CHECK(noTitle.exitCode == 2);
    CHECK(noTitle.err.contains(QStringLiteral("--title")));

    auto badStage = runCli({QStringLiteral("case"), QStringLiteral("add"), path, QStringLiteral("--title"),
                            QStringLiteral("x"), QStringLiteral("--stage"), QStringLiteral("later")});
    CHECK(badStage.exitCode == 1);
    CHECK(badStage.err.contains(QStringLiteral("--stage: unknown stage 'later'")));

    auto badOption = runCli({QStringLiteral("info"), path, QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(QStringLiteral("unknown option --colour")));

    auto missingCase = runCli({QStringLiteral("case"), QStringLiteral("show"), path, QStringLiteral("42")});
    CHECK(missingCase.exitCode == 1);
    CHECK(missingCase.err.contains(QStringLiteral("case 42 does not exist")));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    test::writeAll(text, "hello\n");
    auto notWorkspace = runCli({QStringLiteral("check"), text});
    CHECK(notWorkspace.exitCode == 1);
    CHECK(notWorkspace.err.contains(QStringLiteral("not a Proxima workspace")));
    CHECK(test::readAll(text) == QByteArray("hello\n"));

    auto help = runCli({QStringLiteral("help"), QStringLiteral("case")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("case add FILE --title TEXT")));
    auto version = runCli({QStringLiteral("--version")});
    CHECK(version.out.trimmed() == QStringLiteral("proxima-cli " PROXIMA_VERSION));
}

TEST_CASE("cli: members are listed and added", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(runCli({QStringLiteral("demo"), path}).exitCode == 0);
    auto add = runCli({QStringLiteral("member"), QStringLiteral("add"), path, QStringLiteral("--name"),
                       QStringLiteral("Ann Smet"), QStringLiteral("--sector"), QStringLiteral("school")});
    REQUIRE(add.exitCode == 0);
    auto list = runCli({QStringLiteral("member"), QStringLiteral("list"), path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 12);
    auto bad = runCli({QStringLiteral("member"), QStringLiteral("add"), path, QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--sector"), QStringLiteral("army")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("unknown sector 'army'")));
}

TEST_CASE("cli: case set --stage checks the stage's checklist; --reason overrides it and is recorded", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    REQUIRE(runCli({QStringLiteral("init"), path}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("case"), QStringLiteral("add"), path, QStringLiteral("--title"),
                    QStringLiteral("Speeding in the school street")})
                .exitCode == 0);
    const auto stageOf = [&] {
        auto show = runCli({QStringLiteral("case"), QStringLiteral("show"), path, QStringLiteral("1"),
                            QStringLiteral("--json")});
        return QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("stage")).toString();
    };
    // Nothing links the case to evidence yet: Analyse is refused, and the case stays in Scan.
    auto refused = runCli({QStringLiteral("case"), QStringLiteral("set"), path, QStringLiteral("1"),
                           QStringLiteral("--stage"), QStringLiteral("analyse")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("proxima-cli case: --reason: not ready for this stage")));
    CHECK(stageOf() == QStringLiteral("scan"));

    auto overridden = runCli({QStringLiteral("case"), QStringLiteral("set"), path, QStringLiteral("1"),
                              QStringLiteral("--stage"), QStringLiteral("analyse"), QStringLiteral("--reason"),
                              QStringLiteral("agreed at the March meeting")});
    CHECK(overridden.exitCode == 0);
    CHECK(stageOf() == QStringLiteral("analyse"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    auto history = StageRepository(*ws.value()).history(1);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().overridden);
    CHECK(history->first().reason == QStringLiteral("agreed at the March meeting"));

    // Moving back needs no reason.
    CHECK(runCli({QStringLiteral("case"), QStringLiteral("set"), path, QStringLiteral("1"), QStringLiteral("--stage"),
                  QStringLiteral("scan")})
              .exitCode == 0);
    CHECK(stageOf() == QStringLiteral("scan"));
}
