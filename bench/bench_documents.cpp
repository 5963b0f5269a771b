// Action matrix of 500 actions over 60 problems: PDF (table layout) and XLSX export times, peak memory.
#include "BenchSupport.h"

#include "../tests/documents/MatrixFixture.h"
#include "documents/MatrixRenderer.h"
#include "documents/XlsxExporter.h"
#include "core/demo/DemoWorkspace.h"
#include "core/reports/MatrixQuery.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace proxima;

namespace {

// The demo workspace with 500 actions spread over its 15 cases, two partners each.
bool addActions(Workspace& ws, int count)
{
    const Status written = ws.write([&]() -> Status {
        ActionRepository actions(ws);
        for (int a = 0; a < count; ++a) {
            ResponseAction action;
            action.caseId = 1 + a % 15;
            action.title = QStringLiteral("Action %1: joint patrol and talks with the residents").arg(a + 1);
            action.side = TriangleSide(1 + a % 6);
            action.phase = ChainPhase(1 + a % 5);
            action.leadOrganisation = QStringLiteral("Local police");
            action.startOn = QDate(2026, 1 + a % 9, 1 + a % 27);
            action.dueOn = action.startOn.addDays(30 + a % 90);
            action.policeHours = 2 + a % 7;
            action.euros = 100.0 * (a % 5);
            action.position = a;
            action.partners = {{QStringLiteral("Street workers"), QStringLiteral("outreach"), 0},
                               {QStringLiteral("Municipality"), QStringLiteral("funding"), 0}};
            if (auto added = actions.add(action); !added)
                return added.error();
        }
        return Status{};
    });
    return written.ok();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const reports::ActionMatrix matrix = test::makeMatrix(60, 500);
    const QString pdf = dir.filePath(QStringLiteral("matrix.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("matrix.xlsx"));
    int pages = 0;
    bool failed = false;

    const double pdfMs = bench::medianMs(3, [&]() {
        const Result<int> result = documents::MatrixRenderer::writePdf(pdf, matrix, documents::MatrixRenderOptions{});
        failed = failed || !result.ok();
        pages = result.ok() ? *result : 0;
    });
    const double xlsxMs = bench::medianMs(5, [&]() {
        failed = failed || !documents::XlsxExporter::write(xlsx, matrix).ok();
    });
    if (failed) {
        std::fprintf(stderr, "bench_documents: an export failed\n");
        return 1;
    }
    bench::report(QStringLiteral("matrix 500 actions / 60 problems: PDF table layout (median of 3)"), pdfMs,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("  PDF pages"), pages, QStringLiteral("pages"));
    bench::report(QStringLiteral("  PDF size"), QFileInfo(pdf).size() / 1024.0, QStringLiteral("KiB"));
    bench::report(QStringLiteral("matrix 500 actions / 60 problems: XLSX (median of 5)"), xlsxMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("  XLSX size"), QFileInfo(xlsx).size() / 1024.0, QStringLiteral("KiB"));

    // The full path from a workspace: read everything, build the matrix, write PDF and XLSX.
    const QString path = dir.filePath(QStringLiteral("bench.proxima"));
    auto created = DemoWorkspace::create(path);
    auto ws = Workspace::open(path);
    // The demo's own plan is replaced by the benchmark's 500 actions.
    if (!created.ok() || !ws.ok() || !QSqlQuery(ws.value()->database()).exec(QStringLiteral("DELETE FROM actions")) ||
        !addActions(*ws.value(), 500)) {
        std::fprintf(stderr, "bench_documents: could not build the workspace\n");
        return 1;
    }
    reports::DocumentOptions options;
    options.generatedOn = QDate(2026, 10, 1);
    reports::ActionMatrix fromWorkspace;
    const double queryMs = bench::medianMs(5, [&]() {
        auto built = reports::MatrixQuery::fromWorkspace(*ws.value(), {}, options);
        failed = failed || !built.ok();
        if (built)
            fromWorkspace = std::move(built).value();
    });
    const double fullPdfMs = bench::medianMs(3, [&]() {
        auto built = reports::MatrixQuery::fromWorkspace(*ws.value(), {}, options);
        failed = failed || !built.ok() || !documents::MatrixRenderer::writePdf(pdf, *built, {}).ok();
    });
    const double fullXlsxMs = bench::medianMs(3, [&]() {
        auto built = reports::MatrixQuery::fromWorkspace(*ws.value(), {}, options);
        failed = failed || !built.ok() || !documents::XlsxExporter::write(xlsx, *built).ok();
    });
    if (failed || fromWorkspace.actionCount() != 500) {
        std::fprintf(stderr, "bench_documents: the workspace path failed\n");
        return 1;
    }
    bench::report(QStringLiteral("workspace 500 actions / 15 cases: load + MatrixQuery (median of 5)"), queryMs,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("workspace 500 actions: load + query + PDF (median of 3)"), fullPdfMs,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("workspace 500 actions: load + query + XLSX (median of 3)"), fullXlsxMs,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
