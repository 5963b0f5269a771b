// File > Export in the app: the case report and the handover pack, written as PDFs from the open workspace.
#include "TestSupport.h"

#include "ui/app/DocumentActions.h"
#include "ui/app/MainWindow.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoWorkspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace proxima;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("ui: File > Export writes the case report and the handover pack with the map", "[ui][documents]")
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    DocumentActions* actions = window.documentActions();
    REQUIRE(actions);
    for (QAction* action : actions->actions())
        CHECK(action->isEnabled());

    window.casesPage()->selectCase(7);
    const qint64 caseId = window.casesPage()->shownCaseId();
    REQUIRE(caseId == 7);
    const QString report = dir.filePath(QStringLiteral("case.pdf"));
    const Status saved = actions->saveCaseReport(caseId, report);
    INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
    const QString reportText = pdfText(report);
    CHECK(reportText.contains(QStringLiteral("Burglaries in the Tilleuls streets")));
    CHECK(reportText.contains(QStringLiteral("Page 1 of")));

    const QString handover = dir.filePath(QStringLiteral("handover.pdf"));
    const Status pack = actions->saveHandover(QStringLiteral("Saint-Roch Gare"), handover);
    INFO((pack.ok() ? QString() : pack.error().toString()).toStdString());
    REQUIRE(pack.ok());
    const QString packText = pdfText(handover);
    CHECK(packText.contains(QStringLiteral("Saint-Roch Gare")));
    CHECK(packText.contains(QStringLiteral("Map")));
    CHECK(packText.contains(QStringLiteral("Street harassment of women near the station")));

    CHECK_FALSE(actions->saveHandover(QStringLiteral("Mars"), dir.filePath(QStringLiteral("none.pdf"))).ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
}
