#include "MatrixFixture.h"

#include "documents/MatrixRenderer.h"
#include "documents/ReportRenderer.h"
#include "core/reports/MatrixTotals.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::documents;
using namespace proxima::reports;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext separates pages with a form feed; the last element after the final one is empty.
QStringList pdfPages(const QString& path)
{
    QStringList pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfPageSize(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Page size:\\s+(.*)")).match(info);
    return match.captured(1).trimmed();
}

void checkFrames(const QStringList& pages, const ActionMatrix& matrix)
{
    for (qsizetype p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(pages[p].contains(matrix.title));
        CHECK(pages[p].contains(matrix.workspace));
        CHECK(pages[p].contains(matrix.area));
        CHECK(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
    }
}

} // namespace

TEST_CASE("matrix table layout: header and page numbers on every page, all actions, totals", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.pdf"));
    const ActionMatrix matrix = test::makeMatrix(8, 60);
    const Result<int> pages = MatrixRenderer::writePdf(path, matrix, MatrixRenderOptions{});
    REQUIRE(pages.ok());
    CHECK(*pages > 1);
    const QStringList text = pdfPages(path);
    REQUIRE(text.size() == *pages);
    checkFrames(text, matrix);
    const QString all = text.join(QLatin1Char('\n'));
    for (int a = 1; a <= 60; ++a)
        CHECK(all.count(QStringLiteral("Action %1:").arg(a)) == 1);
    for (const ProblemGroup& group : matrix.groups)
        CHECK(all.contains(QStringLiteral("Priority %1: %2").arg(group.priority).arg(group.title)));
    // Table header row repeated on every page that holds table rows.
    for (const QString& page : text) {
        if (page.contains(QRegularExpression(QStringLiteral("Action \\d+:"))))
            CHECK(page.contains(QStringLiteral("Triangle")));
    }
    CHECK(all.count(QRegularExpression(QStringLiteral("\\bTotal\\b"))) == 8);
    const MatrixTotals totals = MatrixTotals::ofMatrix(matrix);
    const QRegularExpression grand(QStringLiteral("Grand total\\s+%1\\s+%2\\s+%3")
                                       .arg(totals.policeHours).arg(totals.volunteerHours)
                                       .arg(QString::number(totals.euros, 'f', 2)));
    CHECK(all.contains(grand));
    CHECK(text.last().contains(QStringLiteral("Signatures")));
    CHECK(text.last().contains(QStringLiteral("Local police Brussels-Midi")));
}

TEST_CASE("matrix page size follows the setup: A4 and A3, landscape or portrait", "[documents][pdf]")
{
    QTemporaryDir dir;
    const ActionMatrix matrix = test::makeMatrix(2, 6);
    MatrixRenderOptions options;
    REQUIRE(MatrixRenderer::writePdf(dir.filePath(QStringLiteral("a4.pdf")), matrix, options).ok());
    options.page.paper = PageSetup::Paper::A3;
    REQUIRE(MatrixRenderer::writePdf(dir.filePath(QStringLiteral("a3.pdf")), matrix, options).ok());
    options.page.landscape = false;
    REQUIRE(MatrixRenderer::writePdf(dir.filePath(QStringLiteral("a3p.pdf")), matrix, options).ok());
    CHECK(pdfPageSize(dir.filePath(QStringLiteral("a4.pdf"))) == QStringLiteral("842 x 595 pts (A4)"));
    CHECK(pdfPageSize(dir.filePath(QStringLiteral("a3.pdf"))) == QStringLiteral("1191 x 842 pts (A3)"));
    CHECK(pdfPageSize(dir.filePath(QStringLiteral("a3p.pdf"))) == QStringLiteral("842 x 1191 pts (A3)"));
}

TEST_CASE("matrix grid and timeline layouts", "[documents][pdf]")
{
    QTemporaryDir dir;
    ActionMatrix matrix = test::makeMatrix(8, 60);
    MatrixRenderOptions options;
    options.signatureBlock = false;
    options.layout = MatrixRenderOptions::Layout::Grid;
    const QString grid = dir.filePath(QStringLiteral("grid.pdf"));
    const Result<int> gridPages = MatrixRenderer::writePdf(grid, matrix, options);
    REQUIRE(gridPages.ok());
    const QStringList gridText = pdfPages(grid);
    REQUIRE(gridText.size() == *gridPages);
    checkFrames(gridText, matrix);
    for (const QString& page : gridText) {
        for (const QString& phase : {QStringLiteral("Pro-action"), QStringLiteral("Prevention"),
                                     QStringLiteral("Preparation"), QStringLiteral("Response"),
                                     QStringLiteral("Aftercare")})
            CHECK(page.contains(phase));
    }
    CHECK(gridText.join(QString()).count(QStringLiteral("due 20")) == 60);

    options.layout = MatrixRenderOptions::Layout::Timeline;
    options.today = QDate(2025, 3, 14);
    const QString timeline = dir.filePath(QStringLiteral("timeline.pdf"));
    const Result<int> timelinePages = MatrixRenderer::writePdf(timeline, matrix, options);
    REQUIRE(timelinePages.ok());
    const QStringList timelineText = pdfPages(timeline);
    REQUIRE(timelineText.size() == *timelinePages);
    checkFrames(timelineText, matrix);
    const QString all = timelineText.join(QLatin1Char('\n'));
    for (int a = 1; a <= 60; ++a)
        CHECK(all.count(QStringLiteral("Action %1:").arg(a)) == 1);
    CHECK(timelineText.first().contains(QStringLiteral("Jan")));
    CHECK(timelineText.first().contains(QStringLiteral("Dec")));
    CHECK(all.contains(QStringLiteral("Today (2025-03-14)")));
}

TEST_CASE("matrix without actions or dates still renders one page", "[documents][pdf]")
{
    QTemporaryDir dir;
    ActionMatrix matrix;
    matrix.title = QStringLiteral("Empty plan");
    for (auto layout : {MatrixRenderOptions::Layout::Table, MatrixRenderOptions::Layout::Grid,
                        MatrixRenderOptions::Layout::Timeline}) {
        MatrixRenderOptions options;
        options.layout = layout;
        const QString path = dir.filePath(QStringLiteral("empty%1.pdf").arg(int(layout)));
        const Result<int> pages = MatrixRenderer::writePdf(path, matrix, options);
        REQUIRE(pages.ok());
        CHECK(*pages == 1);
        CHECK(pdfPages(path).value(0).contains(QStringLiteral("Page 1 of 1")));
    }
    const Result<int> bad = MatrixRenderer::writePdf(dir.filePath(QStringLiteral("x/y.pdf")), matrix, {});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file == dir.filePath(QStringLiteral("x/y.pdf")));
}

TEST_CASE("report document: a long table repeats its header on every page", "[documents][pdf][report]")
{
    QTemporaryDir dir;
    ReportDocument document;
    document.title = QStringLiteral("Meeting minutes");
    document.workspace = QStringLiteral("CoPmittee Nord");
    document.footerNote = QStringLiteral("Confidential");
    document.generatedOn = QDate(2025, 3, 14);
    QList<QStringList> rows;
    for (int r = 1; r <= 120; ++r)
        rows << QStringList{QStringLiteral("Row %1").arg(r), QStringLiteral("Complaint about noise"),
                            QStringLiteral("Open")};
    document.blocks = {ReportBlock::heading(QStringLiteral("Present")),
                       ReportBlock::keyValueList({{QStringLiteral("Chair"), QStringLiteral("M. Dupont")}}),
                       ReportBlock::paragraph(QStringLiteral("The committee reviewed the open cases.")),
                       ReportBlock::bullets({QStringLiteral("First point"), QStringLiteral("Second point")}),
                       ReportBlock::table({QStringLiteral("Reference"), QStringLiteral("Subject"),
                                           QStringLiteral("State")}, rows, {1, 3, 1}),
                       ReportBlock::pageBreak(),
                       ReportBlock::heading(QStringLiteral("Decisions")),
                       ReportBlock::signatures({{QStringLiteral("City"), QStringLiteral("Mayor")}})};
    PageSetup setup;
    setup.landscape = false;
    const QString path = qEnvironmentVariable("PROXIMA_DOC_OUT").isEmpty() ? dir.filePath(QStringLiteral("report.pdf")) : qEnvironmentVariable("PROXIMA_DOC_OUT") + QStringLiteral("/report.pdf");
    const Result<int> pages = ReportRenderer::writePdf(path, document, setup);
    REQUIRE(pages.ok());
    CHECK(*pages >= 4);
    const QStringList text = pdfPages(path);
    REQUIRE(text.size() == *pages);
    int tablePages = 0;
    for (qsizetype p = 0; p < text.size(); ++p) {
        CHECK(text[p].contains(QStringLiteral("Meeting minutes")));
        CHECK(text[p].contains(QStringLiteral("Confidential")));
        CHECK(text[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(text.size())));
        if (text[p].contains(QStringLiteral("Row "))) {
            ++tablePages;
            CHECK(text[p].contains(QRegularExpression(QStringLiteral("Reference\\s+Subject\\s+State"))));
        }
    }
    CHECK(tablePages >= 2);
    const QString all = text.join(QLatin1Char('\n'));
    for (int r = 1; r <= 120; ++r)
        CHECK(all.count(QRegularExpression(QStringLiteral("\\bRow %1\\b").arg(r))) == 1);
    // The page break puts "Decisions" at the top of the last page, alone with the signatures.
    CHECK(text.last().contains(QStringLiteral("Decisions")));
    CHECK_FALSE(text.last().contains(QStringLiteral("Row ")));
    CHECK(pdfPageSize(path) == QStringLiteral("595 x 842 pts (A4)"));
}

TEST_CASE("write sample PDFs for manual inspection", "[.manual]")
{
    const QString out = qEnvironmentVariable("PROXIMA_DOC_OUT", QStringLiteral("/tmp"));
    ActionMatrix matrix = test::makeMatrix(8, 60);
    MatrixRenderOptions options;
    options.today = QDate(2025, 3, 14);
    for (auto layout : {MatrixRenderOptions::Layout::Table, MatrixRenderOptions::Layout::Grid,
                        MatrixRenderOptions::Layout::Timeline}) {
        options.layout = layout;
        REQUIRE(MatrixRenderer::writePdf(out + QStringLiteral("/layout%1.pdf").arg(int(layout)), matrix, options).ok());
    }
}
