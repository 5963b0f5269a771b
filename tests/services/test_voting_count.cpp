// The voting count service: one count for the CLI, the voting page (and its projector) and the results sheet.
#include "TestSupport.h"

#include "cli/TallyCommand.h"
#include "core/demo/DemoWorkspace.h"
#include "core/reports/VotingResultsSheet.h"
#include "core/services/VotingCountService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/VotingRepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace proxima;
using proxima::reports::KeyValue;
using proxima::reports::ReportBlock;
using proxima::reports::ReportDocument;

namespace {

QString runCli(const QStringList& args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Io io{o, e};
    cli::TallyCommand command;
    REQUIRE(command.run(args, io) == 0);
    o.flush();
    return out;
}

QString factOf(const ReportDocument& doc, const QString& key)
{
    for (const ReportBlock& block : doc.blocks) {
        for (const KeyValue& kv : block.keyValues) {
            if (kv.key == key)
                return kv.value;
        }
    }
    return {};
}

} // namespace

TEST_CASE("the CLI, the count the voting page shows and the results sheet agree on the demo's dot vote",
          "[services][voting]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = std::move(Workspace::open(path)).value();
    const qint64 id = 2; // the open dot vote with laptop ballots and sticker totals

    // The page counts through the service with the session's own settings.
    Result<VotingCount> page = VotingCountService(*ws).count(id);
    REQUIRE(page.ok());
    CHECK(page->session.options.method == voting::Method::Dots);
    CHECK(page->turnout.membersVoted == 5);
    CHECK(page->turnout.eligible == 10);
    CHECK(page->turnout.votersCounted() == 7);
    const QString line = QStringLiteral("Voters: 5 of 10 members; sticker dots: 10 (from 2 voters)");
    CHECK(page->turnout.describe() == line);
    CHECK(page->result.ballotsCounted == 7);
    CHECK(page->result.scores == std::vector<mpq_class>{8, 11, 5, 7, 4});

    // The CLI prints the same line, ballots and scores.
    const QString human = runCli({path, QStringLiteral("--session"), QString::number(id)});
    CHECK(human.contains(line + QLatin1Char('\n')));
    const QString machine = runCli({path, QStringLiteral("--session"), QString::number(id), QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(machine.toUtf8()).object();
    CHECK(json[QStringLiteral("ballots")].toInt() == page->result.ballotsCounted);
    CHECK(json[QStringLiteral("turnout")].toObject()[QStringLiteral("summary")].toString() == line);
    const QJsonArray scores = json[QStringLiteral("scores")].toArray();
    REQUIRE(scores.size() == 5);
    for (int c = 0; c < 5; ++c)
        CHECK(scores.at(c).toObject()[QStringLiteral("score")].toString() ==
              voting::formatRational(page->result.scores[size_t(c)]));

    // The results sheet, made from the workspace as the CLI export does, says the same.
    Result<ReportDocument> sheet = reports::votingResultsSheet(*ws, id);
    REQUIRE(sheet.ok());
    CHECK(factOf(*sheet, QStringLiteral("Turnout")) == line);
    CHECK(reports::votingResultsCsv(*page).contains(QStringLiteral("stickers")));
}

TEST_CASE("the count names paper, imported and counted entries by channel", "[services][voting]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto ws = std::move(Workspace::open(path)).value();
    VotingRepository votes(*ws);
    VotingSession s;
    s.question = QStringLiteral("Which first?");
    s.candidates = {{0, QStringLiteral("A")}, {0, QStringLiteral("B")}};
    s.options.method = voting::Method::Approval;
    auto stored = votes.add(s);
    REQUIRE(stored.ok());
    REQUIRE(votes.open(stored->id).ok());
    CastBallot paper;
    paper.values = {1, 0};
    paper.channel = QStringLiteral("paper");
    paper.weight = 3;
    REQUIRE(votes.addBallot(stored->id, paper).ok());
    CountedEntry counted;
    counted.totals = {4, 1};
    counted.voters = 1;
    counted.channel = QStringLiteral("paper");
    REQUIRE(votes.addCounts(stored->id, counted).ok());

    Result<VotingCount> count = VotingCountService(*ws).count(stored->id);
    REQUIRE(count.ok());
    CHECK(count->turnout.describe() ==
          QStringLiteral("Voters: 0 members; paper ballots: 3; paper totals: 5 approvals (from 1 voter)"));
    CHECK(count->result.ballotsCounted == 4);
    CHECK(count->result.scores == std::vector<mpq_class>{7, 1});
    // A ranked method cannot count ballots that give numbers.
    voting::TallyOptions ranked = count->options;
    ranked.method = voting::Method::Schulze;
    CHECK(VotingCountService(*ws).count(count->session, ranked).error().field == QStringLiteral("method"));
}
