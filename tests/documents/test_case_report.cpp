// The SARA case report (DocumentBuilder::caseReport) and the PDFs of `export case` and `export results`, read back
// with poppler's pdftotext.
#include "TestSupport.h"

#include "cli/ExportCommand.h"
#include "core/demo/DemoWorkspace.h"
#include "core/reports/DocumentBuilder.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::reports;

namespace {

const QString Dumping = QStringLiteral("Illegal dumping behind the shops");

QStringList pdfPages(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int runExport(const QStringList& arguments, QString* err = nullptr)
{
    QString out;
    QString error;
    QTextStream outStream(&out);
    QTextStream errStream(&error);
    cli::Io io{outStream, errStream};
    const int code = cli::ExportCommand().run(arguments, io);
    errStream.flush();
    if (err)
        *err = error;
    return code;
}

struct DemoFile
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    DemoFile()
    {
        QLocale::setDefault(QLocale::c());
        path = dir.filePath(QStringLiteral("w.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    qint64 caseId(const QString& title) const
    {
        for (const ProblemCase& c : CaseRepository(*ws).list().value()) {
            if (c.title == title)
                return c.id;
        }
        FAIL("no case " << title.toStdString());
        return 0;
    }
};

// The headings joined by '|', as a std::string so that Catch prints a difference.
std::string headingsOf(const ReportDocument& document)
{
    QStringList headings;
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            headings << block.text;
    }
    return headings.join(QLatin1Char('|')).toStdString();
}

// The first block of a kind after the heading with this text.
const ReportBlock* after(const ReportDocument& document, const QString& heading, ReportBlock::Kind kind)
{
    bool seen = false;
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading)
            seen = block.text == heading;
        else if (seen && block.kind == kind)
            return &block;
    }
    return nullptr;
}

} // namespace

TEST_CASE("case report of the demo's dumping case: every SARA part", "[documents][casereport]")
{
    DemoFile f;
    const qint64 id = f.caseId(Dumping);
    Result<CaseReportData> data = CaseReportData::load(*f.ws, id);
    REQUIRE(data.ok());
    REQUIRE(data->actions.size() == 3);
    REQUIRE(data->measures.size() == 1);

    int charts = 0;
    CaseReportOptions report;
    report.measureChart = [&charts](const CaseMeasure& measure) {
        ++charts;
        return measure.what.toUtf8();
    };
    DocumentOptions options;
    options.generatedOn = QDate(2026, 10, 1);
    options.locale = QLocale::c();
    const ReportDocument document = DocumentBuilder::caseReport(*data, report, options);

    CHECK(document.title == QStringLiteral("Case report"));
    CHECK(document.subtitle == Dumping);
    CHECK(document.workspace == QStringLiteral("Saint-Roch (demo)"));
    CHECK(headingsOf(document) == "Scan: the concerns|Analyse: the problem triangle|Hypotheses|Who is affected|"
                                  "Respond: the actions|"
                                  "Assess: the measures|Outcome|Stage history");

    const ReportBlock* triangle = after(document, QStringLiteral("Analyse: the problem triangle"),
                                        ReportBlock::Kind::Table);
    REQUIRE(triangle);
    REQUIRE(triangle->rows.size() == 6);
    CHECK(triangle->rows[0][0] == QStringLiteral("Offender"));
    CHECK(triangle->rows[5][0] == QStringLiteral("Manager"));
    const QList<TriangleSide> order = triangleSides();
    for (int i = 0; i < 6; ++i) {
        CHECK(triangle->rows[i][0] == triangleSideLabel(order[i]));
        const QString side = data->analysis.side(order[i]);
        CHECK(triangle->rows[i][1] == (side.isEmpty() ? QStringLiteral("not described") : side));
    }

    const ReportBlock* actions = after(document, QStringLiteral("Respond: the actions"), ReportBlock::Kind::Table);
    REQUIRE(actions);
    CHECK(actions->columns.join(QLatin1Char('|')).toStdString() == "Action|Phase|Lead|Due|Status|Resources");
    REQUIRE(actions->rows.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(actions->rows[i][0] == data->actions[i].title);
    CHECK(actions->rows[0][0] == QStringLiteral("Hand the alley to the municipal cleaning service"));

    const ReportBlock* measures = after(document, QStringLiteral("Assess: the measures"), ReportBlock::Kind::Table);
    REQUIRE(measures);
    REQUIRE(measures->rows.size() == 1);
    CHECK(measures->rows[0][0] == QStringLiteral("Reports of dumped waste behind the shops"));
    CHECK(measures->rows[0][1] == QStringLiteral("34"));
    CHECK(charts == 1);
    const ReportBlock* chart = after(document, QStringLiteral("Assess: the measures"), ReportBlock::Kind::Image);
    REQUIRE(chart);
    CHECK(chart->imageData == QByteArray("Reports of dumped waste behind the shops"));

    const ReportBlock* outcome = after(document, QStringLiteral("Outcome"), ReportBlock::Kind::KeyValues);
    REQUIRE(outcome);
    REQUIRE(outcome->keyValues.size() == 3);
    CHECK(outcome->keyValues[0].key == QStringLiteral("Outcome"));
    CHECK(outcome->keyValues[0].value == QStringLiteral("Moved to another agency or owner"));
    CHECK(outcome->keyValues[1].value == data->assessment.lesson);
    CHECK(outcome->keyValues[1].value.startsWith(QStringLiteral("The alley belongs to the commune's cleaning")));

    const ReportBlock* history = after(document, QStringLiteral("Stage history"), ReportBlock::Kind::Table);
    REQUIRE(history);
    CHECK(history->rows.size() == data->history.size());
    CHECK(history->rows.size() == 4);
}

TEST_CASE("case report of a bare case says what is missing", "[documents][casereport]")
{
    CaseReportData data;
    data.problem.id = 7;
    data.problem.title = QStringLiteral("Noise at night");
    DocumentOptions options;
    options.locale = QLocale::c();
    bool called = false;
    CaseReportOptions report;
    report.measureChart = [&called](const CaseMeasure&) {
        called = true;
        return QByteArray("x");
    };
    const ReportDocument document = DocumentBuilder::caseReport(data, report, options);
    CHECK(headingsOf(document) == "Scan: the concerns|Analyse: the problem triangle|Respond: the actions|"
                                  "Assess: the measures|Outcome");
    CHECK_FALSE(called);
    CHECK(after(document, QStringLiteral("Scan: the concerns"), ReportBlock::Kind::Paragraph)->text
          == QStringLiteral("No concern is grouped into this case."));
    const ReportBlock* triangle = after(document, QStringLiteral("Analyse: the problem triangle"),
                                        ReportBlock::Kind::Table);
    REQUIRE(triangle);
    REQUIRE(triangle->rows.size() == 6);
    for (const QStringList& row : triangle->rows)
        CHECK(row[1] == QStringLiteral("not described"));
    CHECK(after(document, QStringLiteral("Respond: the actions"), ReportBlock::Kind::Paragraph)->text
          == QStringLiteral("No action is planned yet."));
    CHECK(after(document, QStringLiteral("Assess: the measures"), ReportBlock::Kind::Paragraph)->text
          == QStringLiteral("Nothing was measured."));
    const ReportBlock* outcome = after(document, QStringLiteral("Outcome"), ReportBlock::Kind::KeyValues);
    REQUIRE(outcome);
    CHECK(outcome->keyValues[0].value == QStringLiteral("not judged yet"));
    CHECK(outcome->keyValues[1].value == QStringLiteral("none recorded"));
}

TEST_CASE("export case writes the report as PDF, header on every page", "[documents][casereport][export]")
{
    DemoFile f;
    const QString pdf = f.dir.filePath(QStringLiteral("case.pdf"));
    const QString id = QString::number(f.caseId(Dumping));
    REQUIRE(runExport({QStringLiteral("case"), f.path, QStringLiteral("--case"), id, pdf}) == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 1);
    REQUIRE(pages.size() <= 2);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        CHECK(pages[p].contains(QStringLiteral("Case report")));
        CHECK(pages[p].contains(QStringLiteral("Saint-Roch (demo)")));
        CHECK(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
    }
    const QString text = pages.join(QLatin1Char(' ')).simplified();
    for (const char* expected : {"Illegal dumping behind the shops", "Hand the alley to the municipal cleaning service",
                                 "Letters to the shops about their waste contracts", "Mobile camera in the alley",
                                 "Moved to another agency or owner", "Reports of dumped waste behind the shops"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    QString err;
    CHECK(runExport({QStringLiteral("case"), f.path, QStringLiteral("--case"), QStringLiteral("999"),
                     f.dir.filePath(QStringLiteral("none.pdf"))},
                    &err) == 1);
    CHECK(err == QStringLiteral("proxima-cli export: --case: there is no case 999\n"));
    CHECK(runExport({QStringLiteral("case"), f.path, QStringLiteral("--case"), QStringLiteral("x"),
                     f.dir.filePath(QStringLiteral("none.pdf"))},
                    &err) == 2);
    CHECK(err.startsWith(QStringLiteral("proxima-cli export: --case: 'x' is not a case number")));
    CHECK(runExport({QStringLiteral("case"), f.path, f.dir.filePath(QStringLiteral("none.pdf"))}, &err) == 2);
    CHECK(err.startsWith(QStringLiteral("proxima-cli export: --case is required")));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("none.pdf"))));
}

TEST_CASE("export results of a closed session as PDF and CSV", "[documents][results][export]")
{
    DemoFile f;
    QList<VotingSession> sessions = VotingRepository(*f.ws).list().value();
    qint64 closed = 0;
    qint64 open = 0;
    for (const VotingSession& s : sessions) {
        if (s.state == VotingState::Closed)
            closed = s.id;
        else if (open == 0)
            open = s.id;
    }
    REQUIRE(closed != 0);
    REQUIRE(open != 0);
    const QString question = QStringLiteral("In which order should the committee tackle the open problems?");

    const QString pdf = f.dir.filePath(QStringLiteral("results.pdf"));
    REQUIRE(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QString::number(closed), pdf})
            == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(!pages.isEmpty());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        CHECK(pages[p].contains(QStringLiteral("Voting results")));
        CHECK(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
    }
    const QString text = pages.join(QLatin1Char(' ')).simplified();
    CHECK(text.contains(question));
    CHECK(text.contains(QStringLiteral("Schulze")));

    const QString csv = f.dir.filePath(QStringLiteral("results.csv"));
    REQUIRE(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QString::number(closed), csv})
            == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const VotingSession session = VotingRepository(*f.ws).find(closed).value();
    REQUIRE(lines.size() == session.candidates.size() + 1);
    CHECK(lines[0].startsWith(QStringLiteral("place,id,candidate,")));
    CHECK(lines[1].startsWith(QStringLiteral("1,%1,").arg(session.candidates[0].caseId)));

    QString err;
    CHECK(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QStringLiteral("99"),
                     f.dir.filePath(QStringLiteral("none.pdf"))},
                    &err) == 1);
    CHECK(err == QStringLiteral("proxima-cli export: --session: there is no session 99\n"));
    CHECK(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QString::number(open),
                     f.dir.filePath(QStringLiteral("none.pdf"))},
                    &err) == 1);
    CHECK(err == QStringLiteral("proxima-cli export: --session: session %1 is not closed (it is Open)\n").arg(open));
    CHECK(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QString::number(closed),
                     f.dir.filePath(QStringLiteral("none.txt"))},
                    &err) == 2);
    CHECK(err.startsWith(QStringLiteral("proxima-cli export: '%1': the output file must end in .pdf or .csv")
                             .arg(f.dir.filePath(QStringLiteral("none.txt")))));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("none.pdf"))));
}

TEST_CASE("write the case report and results sheet to /tmp/proxima-documents for a look", "[.manual]")
{
    DemoFile f;
    CHECK(runExport({QStringLiteral("case"), f.path, QStringLiteral("--case"), QString::number(f.caseId(Dumping)),
                     QStringLiteral("/tmp/proxima-documents/case.pdf")}) == 0);
    for (const VotingSession& s : VotingRepository(*f.ws).list().value()) {
        if (s.state == VotingState::Closed)
            CHECK(runExport({QStringLiteral("results"), f.path, QStringLiteral("--session"), QString::number(s.id),
                             QStringLiteral("/tmp/proxima-documents/results.pdf")}) == 0);
    }
}
