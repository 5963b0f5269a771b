#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "cli/TallyCommand.h"
#include "core/demo/DemoWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>

using proxima::cli::Io;
using proxima::cli::TallyCommand;
using proxima::test::dataPath;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runTally(QStringList args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Io io{out, err};
    TallyCommand command;
    r.code = command.run(args, io);
    out.flush();
    err.flush();
    return r;
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonArray tiers(std::initializer_list<std::initializer_list<int>> list)
{
    QJsonArray out;
    for (const auto& tier : list) {
        QJsonArray t;
        for (int id : tier)
            t.append(id);
        out.append(t);
    }
    return out;
}

const QString kSample = dataPath(QStringLiteral("samples/schulze_wikipedia_45voters.soc"));
} // namespace

TEST_CASE("tally --json on the 45-voter sample: Schulze, IRV, plurality", "[cli][tally]")
{
    const Run schulze =
        runTally({kSample, QStringLiteral("--method"), QStringLiteral("schulze"), QStringLiteral("--json")});
    REQUIRE(schulze.code == 0);
    const QJsonObject s = json(schulze);
    CHECK(s[QStringLiteral("method")].toString() == QStringLiteral("schulze"));
    CHECK(s[QStringLiteral("winners")].toArray() == tiers({{5}}).at(0).toArray());
    CHECK(s[QStringLiteral("ranking")].toArray() == tiers({{5}, {1}, {3}, {2}, {4}}));
    CHECK(s[QStringLiteral("ballots")].toInt() == 45);
    const QJsonObject working = s[QStringLiteral("working")].toObject();
    CHECK(working[QStringLiteral("pairwise")].toArray().at(0).toArray().at(1).toInt() == 20);
    CHECK(working[QStringLiteral("strongest_paths")].toArray().at(0).toArray().at(1).toInt() == 28);
    CHECK(s[QStringLiteral("tie_break")].toObject()[QStringLiteral("rule")].toString() == QStringLiteral("none"));

    const QJsonObject irv = json(runTally({kSample, QStringLiteral("--method=irv"), QStringLiteral("--json")}));
    CHECK(irv[QStringLiteral("winners")].toArray() == tiers({{3}}).at(0).toArray());
    CHECK(irv[QStringLiteral("working")].toObject()[QStringLiteral("rounds")].toArray().size() == 4);

    const QJsonObject plurality =
        json(runTally({kSample, QStringLiteral("--method=plurality"), QStringLiteral("--json")}));
    CHECK(plurality[QStringLiteral("winners")].toArray() == tiers({{3}}).at(0).toArray());
    CHECK(plurality[QStringLiteral("scores")].toArray().at(2).toObject()[QStringLiteral("score")].toString() ==
          QStringLiteral("12"));
}

TEST_CASE("tally human output shows ranking, matrices and the explanation", "[cli][tally]")
{
    const Run r = runTally({kSample, QStringLiteral("--method"), QStringLiteral("schulze")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("    1   5 E  (4 candidates beaten)")));
    CHECK(r.out.contains(QStringLiteral("    5   4 D  (0 candidates beaten)")));
    CHECK(r.out.contains(QStringLiteral("Winner: 5 E")));
    CHECK(r.out.contains(QStringLiteral("Strongest paths p[row][column]:")));
    CHECK(r.out.contains(QStringLiteral("Each member ranks the problems.")));
    const Run irv = runTally({kSample, QStringLiteral("--method"), QStringLiteral("irv")});
    CHECK(irv.out.contains(QStringLiteral("Round 1: 1=10 2=8 3=12 4=7 5=8; in play 45, exhausted 0; eliminated 4 "
                                          "(fewest votes)")));
}

TEST_CASE("tally tie-breaks: ties as tiers, Borda, lottery with its seed", "[cli][tally]")
{
    const QString cycle = dataPath(QStringLiteral("voting/cycle.soc"));
    const QJsonObject none = json(runTally({cycle, QStringLiteral("--method=copeland"), QStringLiteral("--json")}));
    CHECK(none[QStringLiteral("ranking")].toArray() == tiers({{1, 2, 3}, {4}}));
    CHECK(none[QStringLiteral("winners")].toArray() == tiers({{1, 2, 3}}).at(0).toArray());
    const Run lottery = runTally({cycle, QStringLiteral("--method=copeland"), QStringLiteral("--tie-break=lottery"),
                                  QStringLiteral("--seed=1234"), QStringLiteral("--json")});
    REQUIRE(lottery.code == 0);
    const QJsonObject l = json(lottery);
    CHECK(l[QStringLiteral("ranking")].toArray().size() == 4);
    CHECK(l[QStringLiteral("raw_ranking")].toArray() == tiers({{1, 2, 3}, {4}}));
    const QJsonArray decisions = l[QStringLiteral("tie_break")].toObject()[QStringLiteral("decisions")].toArray();
    REQUIRE(decisions.size() == 2);
    CHECK(decisions.at(0).toString().endsWith(QStringLiteral("by lottery, seed 1234")));
    CHECK(json(runTally({cycle, QStringLiteral("--method=copeland"), QStringLiteral("--tie-break=lottery"),
                         QStringLiteral("--seed=1234"), QStringLiteral("--json")})) == l);
}

TEST_CASE("tally on ranked CSV and score-type conversions", "[cli][tally]")
{
    const QString csv = dataPath(QStringLiteral("voting/ranks.csv"));
    const QJsonObject borda = json(runTally({csv, QStringLiteral("--method=borda"), QStringLiteral("--json")}));
    // Parking 2+0+2, Noise 1+1+0, Litter 0+1+1 (unranked below all ranked).
    CHECK(borda[QStringLiteral("ranking")].toArray() == tiers({{1}, {2, 3}}));
    // On ranks, approval reads the cells as approvals: a 2 is rejected, naming the file and the ballot.
    const Run approvalCsv = runTally({csv, QStringLiteral("--method=approval")});
    CHECK(approvalCsv.code == 1);
    CHECK(approvalCsv.err == csv + QStringLiteral(": ballot 1: approval values are 0 or 1, not 2\n"));
    // On PrefLib rankings with --max-approvals 2 each voter approves their first two.
    const QJsonObject approval = json(runTally(
        {kSample, QStringLiteral("--method=approval"), QStringLiteral("--max-approvals=2"), QStringLiteral("--json")}));
    CHECK(approval[QStringLiteral("ranking")].toArray() == tiers({{3}, {1}, {2}, {5}, {4}}));
    CHECK(approval[QStringLiteral("scores")].toArray().at(0).toObject()[QStringLiteral("score")].toString() ==
          QStringLiteral("20"));
    CHECK(approval[QStringLiteral("scores")].toArray().at(0).toObject()[QStringLiteral("name")].toString() ==
          QStringLiteral("A"));
}

TEST_CASE("tally errors: malformed file exits 1 with FILE:LINE, usage exits 2", "[cli][tally]")
{
    const QString bad = dataPath(QStringLiteral("voting/duplicate.soi"));
    const Run r = runTally({bad, QStringLiteral("--method=irv")});
    CHECK(r.code == 1);
    CHECK(r.err == bad + QStringLiteral(":6: alternative 2 appears twice\n"));
    CHECK(r.out.isEmpty());
    CHECK(runTally({kSample}).code == 2);
    CHECK(runTally({kSample, QStringLiteral("--method=dice")}).code == 2);
    CHECK(runTally({kSample, QStringLiteral("--method=irv"), QStringLiteral("--tie-break=lottery")}).code == 2);
    CHECK(runTally({kSample, QStringLiteral("--method=irv"), QStringLiteral("--bogus")}).code == 2);
    CHECK(runTally({QStringLiteral("/nonexistent.soc"), QStringLiteral("--method=irv")}).code == 1);
    CHECK(TallyCommand().help().contains(QStringLiteral("Debian's rule")));
}

TEST_CASE("tally WORKSPACE --session on the demo's open dot vote reports voters and sticker dots as what they are",
          "[cli][tally][voting]")
{
    // Defect: the CLI counted on its own path, spreading the sticker totals one dot per ballot, and printed
    // "Ballots counted: 15" while 5 of 10 members had voted and 10 sticker dots from 2 voters were added.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(proxima::DemoWorkspace::create(path).ok());
    const Run human = runTally({path, QStringLiteral("--session"), QStringLiteral("2")});
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(QStringLiteral("Voters: 5 of 10 members; sticker dots: 10 (from 2 voters)\n")));
    CHECK_FALSE(human.out.contains(QStringLiteral("Ballots counted")));
    CHECK(human.out.contains(QStringLiteral("Subtotal stickers (2 voters):")));

    const Run machine = runTally({path, QStringLiteral("--session"), QStringLiteral("2"), QStringLiteral("--json")});
    REQUIRE(machine.code == 0);
    const QJsonObject o = json(machine);
    // The existing field keeps its name; it counts the 5 members and the 2 sticker voters, as the app does.
    CHECK(o[QStringLiteral("ballots")].toInt() == 7);
    const QJsonObject turnout = o[QStringLiteral("turnout")].toObject();
    CHECK(turnout[QStringLiteral("members_voted")].toInt() == 5);
    CHECK(turnout[QStringLiteral("eligible")].toInt() == 10);
    CHECK(turnout[QStringLiteral("voters_counted")].toInt() == 7);
    const QJsonObject stickers =
        turnout[QStringLiteral("channels")].toObject()[QStringLiteral("stickers")].toObject();
    CHECK(stickers[QStringLiteral("counted_total")].toInt() == 10);
    CHECK(stickers[QStringLiteral("counted_voters")].toInt() == 2);
}

TEST_CASE("tally prints the matrices of a small election and names where a large one's are", "[cli][tally]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.soc"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QString text = QStringLiteral("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 41\n# NUMBER VOTERS: 1\n"
                                  "# NUMBER UNIQUE ORDERS: 1\n1: ");
    QStringList order;
    for (int c = 41; c >= 1; --c)
        order << QString::number(c);
    text += order.join(QLatin1Char(',')) + QLatin1Char('\n');
    file.write(text.toUtf8());
    file.close();

    const Run wide = runTally({path, QStringLiteral("--method"), QStringLiteral("schulze")});
    REQUIRE(wide.code == 0);
    CHECK(wide.out.contains(QStringLiteral("41 x 41: too large to print; --json lists it")));
    CHECK(wide.out.count(QLatin1Char('\n')) < 100);
    const Run asJson = runTally({path, QStringLiteral("--method"), QStringLiteral("schulze"), QStringLiteral("--json")});
    REQUIRE(asJson.code == 0);
    CHECK(json(asJson).value(QStringLiteral("working")).toObject().value(QStringLiteral("strongest_paths"))
              .toArray().size() == 41);

    const Run small = runTally({kSample, QStringLiteral("--method"), QStringLiteral("schulze")});
    CHECK(small.out.contains(QStringLiteral("Strongest paths p[row][column]:\n")));
}
