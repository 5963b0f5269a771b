// Action matrix of 500 actions over 60 problems: PDF (table layout) and XLSX export times, peak memory.
#include "BenchSupport.h"

#include "../tests/documents/MatrixFixture.h"
#include "documents/MatrixRenderer.h"
#include "documents/XlsxExporter.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace proxima;

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
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
