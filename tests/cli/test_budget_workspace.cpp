#include "cli/BudgetCommand.h"
#include "cli/BudgetExportCommand.h"
#include "cli/BudgetImportCommand.h"

#include "TestSupport.h"
#include "core/budget/RoundInstance.h"
#include "core/demo/DemoWorkspace.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/BudgetRepository.h"

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

Output run(cli::Command& command, const QStringList& arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    cli::Io io{out, err};
    output.code = command.run(arguments, io);
    return output;
}

} // namespace

TEST_CASE("budget on a workspace round: JSON with proposal ids and cost per pool name", "[cli][budget]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    BudgetRound round;
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        round = *BudgetRepository(*ws.value()).load(BudgetRepository(*ws.value()).listRounds()->first().id);
    }
    const auto instance = RoundInstance::toInstance(round);
    REQUIRE(instance.ok());
    for (const char* rule : {"greedy", "greedy-ratio", "mes", "mes-add1", "mes-add1u", "exact"}) {
        cli::BudgetCommand command;
        const Output output = run(command, {path, QStringLiteral("--rule"), QString::fromLatin1(rule),
                                            QStringLiteral("--round"), QString::number(round.id),
                                            QStringLiteral("--json")});
        REQUIRE(output.code == 0);
        const QJsonObject object = QJsonDocument::fromJson(output.out.toUtf8()).object();
        CHECK(object.value(QStringLiteral("rule")).toString() == QString::fromLatin1(rule));
        const auto expected = budgeting::runBudgetRule(*instance, *budgeting::parseBudgetRule(QString::fromLatin1(rule)));
        REQUIRE(expected.ok());
        QJsonArray ids;
        for (int p : expected->funded)
            ids.append(QString::number(round.proposals[p].id));
        CHECK(object.value(QStringLiteral("funded")).toArray() == ids);
        const QJsonObject cost = object.value(QStringLiteral("cost")).toObject();
        CHECK(cost.keys() == QStringList{QStringLiteral("Euros"), QStringLiteral("Police officer hours"),
                                         QStringLiteral("Volunteer hours")});
        CHECK(cost.value(QStringLiteral("Police officer hours")).toInteger()
              == expected->totalCost[0].get_num().get_si());
        CHECK(cost.value(QStringLiteral("Euros")).toInteger() == expected->totalCost[2].get_num().get_si());
        CHECK(object.value(QStringLiteral("budget")).toObject().value(QStringLiteral("Euros")).toInteger() == 12000);
    }
    // Without --round: the latest round. Human output names the proposals.
    cli::BudgetCommand command;
    const Output human = run(command, {path, QStringLiteral("--rule"), QStringLiteral("greedy")});
    CHECK(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("Total Euros:")));
    const Output missing = run(command, {path, QStringLiteral("--rule"), QStringLiteral("greedy"),
                                         QStringLiteral("--round"), QStringLiteral("999")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    const Output wrong = run(command, {test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb")),
                                       QStringLiteral("--rule"), QStringLiteral("greedy"), QStringLiteral("--round"),
                                       QStringLiteral("1")});
    CHECK(wrong.code == 2);
}

TEST_CASE("budget-import and budget-export round trip a pabulib file", "[cli][budget]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    REQUIRE(Workspace::create(path).ok());
    const QString anin = test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb"));
    cli::BudgetImportCommand import;
    const Output imported = run(import, {path, anin, QStringLiteral("--json")});
    REQUIRE(imported.code == 0);
    const QJsonObject object = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("proposals")).toInt() == 17);
    CHECK(object.value(QStringLiteral("ballots")).toInt() == 457);
    const qint64 roundId = object.value(QStringLiteral("round")).toInteger();

    cli::BudgetExportCommand exportCommand;
    const QString out = dir.filePath(QStringLiteral("out.pb"));
    const Output exported = run(exportCommand, {path, QStringLiteral("--round"), QString::number(roundId), out});
    REQUIRE(exported.code == 0);
    CHECK(test::readAll(out) == io::PabulibWriter::write(*io::PabulibReader::readDocument(anin)));

    // The workspace round and the file give the same funded ids (the file's project ids).
    cli::BudgetCommand budget;
    const Output fromWorkspace = run(budget, {path, QStringLiteral("--rule"), QStringLiteral("mes-add1u"),
                                              QStringLiteral("--json")});
    const Output fromFile = run(budget, {anin, QStringLiteral("--rule"), QStringLiteral("mes-add1u"),
                                         QStringLiteral("--json")});
    REQUIRE(fromWorkspace.code == 0);
    const auto funded = [](const Output& o) {
        return QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("funded")).toArray();
    };
    CHECK(funded(fromWorkspace) == funded(fromFile));
    CHECK_FALSE(funded(fromFile).isEmpty());

    CHECK(run(exportCommand, {path, out}).code == 2);
    CHECK(run(import, {path, dir.filePath(QStringLiteral("none.pb"))}).code == 1);
}

TEST_CASE("budget-export --pool writes the budget and costs of the chosen pool", "[cli][budget]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    BudgetRound round;
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        round = *BudgetRepository(*ws.value()).load(BudgetRepository(*ws.value()).listRounds()->first().id);
    }
    REQUIRE(round.pools.size() == 3);
    const QString roundArg = QString::number(round.id);
    cli::BudgetExportCommand command;
    auto exported = [&](const QStringList& pool, const QString& name) {
        const QString out = dir.filePath(name);
        const Output output = run(command, QStringList{path, QStringLiteral("--round"), roundArg} + pool + QStringList{out});
        REQUIRE(output.code == 0);
        return io::PabulibReader::readDocument(out).value();
    };
    auto costs = [](const io::PabulibDocument& document) {
        QStringList values;
        for (const io::PabulibRow& row : document.projects)
            values << row.cells.at(1);
        return values;
    };
    auto poolCosts = [&](int pool) {
        QStringList values;
        for (const BudgetProposal& p : round.proposals)
            values << p.costIn(round.pools[pool].id);
        return values;
    };
    // Default: the euros pool, as before.
    const io::PabulibDocument euros = exported({}, QStringLiteral("euros.pb"));
    CHECK(euros.metaValue(QStringLiteral("budget")) == QStringLiteral("12000"));
    CHECK(costs(euros) == poolCosts(2));
    // By name (any case) and by id: the police officer hours.
    const io::PabulibDocument police = exported({QStringLiteral("--pool"), QStringLiteral("police officer hours")},
                                                QStringLiteral("police.pb"));
    CHECK(police.metaValue(QStringLiteral("budget")) == round.pools[0].capacity);
    CHECK(police.metaValue(QStringLiteral("currency")) == QStringLiteral("h"));
    CHECK(costs(police) == poolCosts(0));
    CHECK(costs(police) != costs(euros));
    const io::PabulibDocument volunteers = exported({QStringLiteral("--pool"), QString::number(round.pools[1].id)},
                                                    QStringLiteral("volunteers.pb"));
    CHECK(volunteers.metaValue(QStringLiteral("budget")) == round.pools[1].capacity);
    CHECK(costs(volunteers) == poolCosts(1));
    CHECK(costs(exported({QStringLiteral("--pool"), QStringLiteral("volunteer_hours")}, QStringLiteral("v2.pb")))
          == poolCosts(1));
    // An unknown pool is named in the error; nothing is written.
    const QString none = dir.filePath(QStringLiteral("none.pb"));
    const Output missing = run(command, {path, QStringLiteral("--round"), roundArg, QStringLiteral("--pool"),
                                         QStringLiteral("Horses"), none});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("\"Horses\"")));
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("budget on a round with a minimum: the flexible amounts in JSON and words", "[cli][budget]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    qint64 roundId = 0;
    {
        auto ws = Workspace::create(path);
        REQUIRE(ws.ok());
        BudgetRound round;
        round.name = QStringLiteral("Q1");
        round.supportFromCounts = true;
        round.pools = {{-1, PoolKind::PoliceHours, QStringLiteral("Police"), QStringLiteral("h"), QStringLiteral("50")}};
        BudgetProposal a, b;
        a.id = -1;
        a.code = QStringLiteral("a");
        a.costs = {{-1, QStringLiteral("30"), {}, {}}};
        a.supportCount = 5;
        b.id = -2;
        b.code = QStringLiteral("b");
        b.costs = {{-1, QStringLiteral("40"), QStringLiteral("20"), QStringLiteral("45")}};
        b.supportCount = 4;
        round.proposals = {a, b};
        auto added = BudgetRepository(*ws.value()).add(round);
        REQUIRE(added.ok());
        roundId = added->id;
    }
    // Greedy funds a (30 h, 20 h left); b's 40 h do not fit, its minimum of 20 h does; nothing is left to top up.
    cli::BudgetCommand command;
    const Output output = run(command, {path, QStringLiteral("--rule"), QStringLiteral("greedy"), QStringLiteral("--round"),
                                        QString::number(roundId), QStringLiteral("--json")});
    REQUIRE(output.code == 0);
    const QJsonObject object = QJsonDocument::fromJson(output.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("funded")).toArray() == QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    const QJsonObject amounts = object.value(QStringLiteral("amounts")).toObject();
    CHECK(amounts.value(QStringLiteral("a")).toObject().value(QStringLiteral("Police")).toInteger() == 30);
    CHECK(amounts.value(QStringLiteral("b")).toObject().value(QStringLiteral("Police")).toInteger() == 20);
    CHECK(object.value(QStringLiteral("cost")).toObject().value(QStringLiteral("Police")).toInteger() == 50);
    CHECK(object.value(QStringLiteral("explanations")).toObject().value(QStringLiteral("b")).toString()
          == QStringLiteral("Funded at its minimum of 20 h: 40 h did not fit, 20 h was left (flexible amounts)."));
    const Output human = run(command, {path, QStringLiteral("--rule"), QStringLiteral("greedy"), QStringLiteral("--round"),
                                       QString::number(roundId)});
    CHECK(human.out.contains(QStringLiteral("  2. b    (20 h)")));
}
