#include "cli/BudgetCommand.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace proxima;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output runBudget(const QStringList& arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    cli::Io io{out, err};
    cli::BudgetCommand command;
    output.code = command.run(arguments, io);
    return output;
}

QString anin() { return test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb")); }

} // namespace

TEST_CASE("budget --json gives rule, funded ids in order and cost", "[cli][budget]")
{
    const Output output = runBudget({anin(), QStringLiteral("--rule"), QStringLiteral("mes"), QStringLiteral("--json")});
    REQUIRE(output.code == 0);
    const QJsonObject object = QJsonDocument::fromJson(output.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("rule")).toString() == QStringLiteral("mes"));
    QStringList funded;
    for (const QJsonValue& id : object.value(QStringLiteral("funded")).toArray())
        funded << id.toString();
    CHECK(funded.join(QLatin1Char(',')) == QStringLiteral("875,522,2314,2260,2327,529,279,404,283"));
    CHECK(object.value(QStringLiteral("cost")).toObject().value(QStringLiteral("budget")).toInteger() == 97600);
    CHECK(object.value(QStringLiteral("budget")).toObject().value(QStringLiteral("budget")).toInteger() == 152813);
    CHECK(object.value(QStringLiteral("unfunded")).toArray().size() == 8);
    CHECK(object.value(QStringLiteral("explanations")).toObject().size() == 17);
}

TEST_CASE("budget exact reports optimality", "[cli][budget]")
{
    const Output output = runBudget({anin(), QStringLiteral("--rule=exact"), QStringLiteral("--json")});
    REQUIRE(output.code == 0);
    const QJsonObject object = QJsonDocument::fromJson(output.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("optimal")).toBool());
    CHECK(object.value(QStringLiteral("gap")).toDouble() == 0);
}

TEST_CASE("budget human output lists funded projects and reasons", "[cli][budget]")
{
    const Output output = runBudget({anin(), QStringLiteral("--rule"), QStringLiteral("mes-add1")});
    REQUIRE(output.code == 0);
    CHECK(output.out.contains(QStringLiteral("1. 875")));
    CHECK(output.out.contains(QStringLiteral("Total Budget: 147,600 PLN of 152,813 PLN")));
    CHECK(output.out.contains(QStringLiteral("Per-voter share: 496.38 PLN after 164 runs")));
    CHECK(output.out.contains(QStringLiteral("533: Not funded")));
}

TEST_CASE("budget usage errors exit 2, file errors exit 1 with the line", "[cli][budget]")
{
    CHECK(runBudget({anin()}).code == 2);
    CHECK(runBudget({anin(), QStringLiteral("--rule"), QStringLiteral("borda")}).code == 2);
    CHECK(runBudget({anin(), QStringLiteral("--rule"), QStringLiteral("mes"), QStringLiteral("--tie-break"),
                     QStringLiteral("coin")}).code == 2);
    CHECK(runBudget({QStringLiteral("--rule"), QStringLiteral("mes")}).code == 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.pb"));
    test::writeAll(path, "META\nkey;value\nbudget;100\nnum_projects;1\nnum_votes;1\nPROJECTS\nproject_id;cost\n"
                         "1;50\nVOTES\nvoter_id;vote\nv1;2\n");
    const Output output = runBudget({path, QStringLiteral("--rule"), QStringLiteral("greedy")});
    CHECK(output.code == 1);
    CHECK(output.err.trimmed() == path + QStringLiteral(":11: vote: voter v1 votes for 2, which is not in PROJECTS"));
}
