#include "MatrixFixture.h"

#include "documents/MatrixRenderer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::documents;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("matrix table layout renders to a paginated PDF", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.pdf"));
    const reports::ActionMatrix matrix = test::makeMatrix(8, 60);
    MatrixRenderOptions options;
    const Result<int> pages = MatrixRenderer::writePdf(path, matrix, options);
    REQUIRE(pages.ok());
    CHECK(*pages > 1);
}

TEST_CASE("write sample PDFs for manual inspection", "[.manual]")
{
    const QString out = qEnvironmentVariable("PROXIMA_DOC_OUT", QStringLiteral("/tmp"));
    reports::ActionMatrix matrix = test::makeMatrix(8, 60);
    MatrixRenderOptions options;
    options.today = QDate(2025, 3, 14);
    for (auto layout : {MatrixRenderOptions::Layout::Table, MatrixRenderOptions::Layout::Grid,
                        MatrixRenderOptions::Layout::Timeline}) {
        options.layout = layout;
        REQUIRE(MatrixRenderer::writePdf(out + QStringLiteral("/layout%1.pdf").arg(int(layout)), matrix, options).ok());
    }
}
