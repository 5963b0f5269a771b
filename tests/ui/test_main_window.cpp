// The app as a user drives it, on the offscreen platform: real windows, real widgets, a real workspace file.
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/members/MembersPage.h"
#include "core/model/Member.h"
#include "ui/models/CaseFilterProxy.h"
#include "ui/models/CaseTableModel.h"
#include "ui/models/MemberTableModel.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace proxima;

namespace {

struct DemoFixture
{
    QTemporaryDir dir;
    QString path;
    DemoFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
    }
};

int rowOfTitle(QAbstractItemModel* model, const QString& title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CaseTableModel::Title).data().toString() == title)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("ui: the demo workspace opens and its cases are listed", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(fixture.path));
    CHECK(window.windowTitle().contains(QStringLiteral("Saint-Roch (demo)")));
    CasesPage* page = window.casesPage();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->view()->model()->rowCount() == 15);
    CHECK(page->view()->model()->index(0, CaseTableModel::Priority).data().toInt() == 1);
    CHECK(page->editor()->loaded().title == QStringLiteral("Street harassment of women near the station"));
    CHECK(window.tabs()->count() >= 2);
    CHECK(MainWindow::recentFiles().value(0) == QFileInfo(fixture.path).absoluteFilePath());
}

TEST_CASE("ui: filters narrow the case list by stage, area and text", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    REQUIRE(window.openWorkspace(fixture.path));
    CasesPage* page = window.casesPage();
    auto* stage = page->findChild<QComboBox*>(QStringLiteral("stageFilter"));
    auto* area = page->findChild<QComboBox*>(QStringLiteral("areaFilter"));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    REQUIRE(stage);
    REQUIRE(area);
    REQUIRE(search);
    stage->setCurrentIndex(stage->findData(int(SaraStage::Scan)));
    CHECK(page->proxy()->rowCount() == 4);
    stage->setCurrentIndex(0);
    area->setCurrentIndex(area->findText(QStringLiteral("Saint-Roch Parc")));
    CHECK(page->proxy()->rowCount() == 8);
    area->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("bicycle"));
    REQUIRE(page->proxy()->rowCount() == 1);
    CHECK(page->proxy()->index(0, CaseTableModel::Title).data().toString() ==
          QStringLiteral("Bicycle theft at the station racks"));
}

TEST_CASE("ui: editing a case saves it to the file, and undo restores it", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(fixture.path));
    CasesPage* page = window.casesPage();
    const QString original = QStringLiteral("Speeding in front of the school");
    const int row = rowOfTitle(page->view()->model(), original);
    REQUIRE(row >= 0);
    page->view()->selectRow(row);
    REQUIRE(page->editor()->loaded().title == original);
    const qint64 id = page->editor()->loaded().id;

    auto* title = page->editor()->findChild<QLineEdit*>(QStringLiteral("caseTitle"));
    REQUIRE(title);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Speeding at school drop-off"));
    CHECK(page->hasUnsavedEdits());
    CHECK(window.isWindowModified());
    QTest::mouseClick(page->editor()->findChild<QPushButton*>(QStringLiteral("caseSave")), Qt::LeftButton);
    CHECK_FALSE(page->hasUnsavedEdits());
    CHECK_FALSE(window.isWindowModified());

    {
        auto other = Workspace::open(fixture.path);
        REQUIRE(other.ok());
        CHECK(CaseRepository(*other.value()).find(id)->title == QStringLiteral("Speeding at school drop-off"));
    }
    CHECK(rowOfTitle(page->view()->model(), QStringLiteral("Speeding at school drop-off")) >= 0);

    window.session()->undo();
    {
        auto other = Workspace::open(fixture.path);
        REQUIRE(other.ok());
        CHECK(CaseRepository(*other.value()).find(id)->title == original);
    }
    CHECK(page->editor()->loaded().title == original);
    CHECK(rowOfTitle(page->view()->model(), original) >= 0);

    window.session()->redo();
    CHECK(page->editor()->loaded().title == QStringLiteral("Speeding at school drop-off"));
}

TEST_CASE("ui: adding and deleting cases can be undone", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    REQUIRE(window.openWorkspace(fixture.path));
    CasesPage* page = window.casesPage();
    const qint64 id = page->addCase(QStringLiteral("Noise from the night bus depot"));
    REQUIRE(id > 0);
    CHECK(page->model()->rowCount() == 16);
    CHECK(page->editor()->loaded().id == id);
    window.session()->undo();
    CHECK(page->model()->rowCount() == 15);
    window.session()->redo();
    CHECK(page->model()->rowCount() == 16);
    CHECK(page->model()->rowForId(id) >= 0);
}

TEST_CASE("ui: a change saved by another member appears without reopening", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    REQUIRE(window.openWorkspace(fixture.path));
    CasesPage* page = window.casesPage();
    auto result = test::runCli({QStringLiteral("case"), QStringLiteral("add"), fixture.path, QStringLiteral("--title"),
                                QStringLiteral("Added from the command line")});
    REQUIRE(result.exitCode == 0);
    QSignalSpy spy(window.session(), &WorkspaceSession::externalChange);
    REQUIRE(spy.wait(2000));
    CHECK(page->model()->rowCount() == 16);
    CHECK(rowOfTitle(page->model(), QStringLiteral("Added from the command line")) >= 0);
}

TEST_CASE("ui: a conflicting edit asks the user and loses nothing", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    REQUIRE(window.openWorkspace(fixture.path));
    CasesPage* page = window.casesPage();
    page->view()->selectRow(0);
    const ProblemCase shown = page->editor()->loaded();
    auto* description = page->editor()->findChild<QPlainTextEdit*>(QStringLiteral("caseDescription"));
    REQUIRE(description);
    description->setPlainText(QStringLiteral("Mine: more lighting at the bus stops"));
    REQUIRE(page->hasUnsavedEdits());

    // Another member saves the same case meanwhile.
    REQUIRE(test::runCli({QStringLiteral("case"), QStringLiteral("set"), fixture.path, QString::number(shown.id),
                          QStringLiteral("--description"), QStringLiteral("Theirs: a street coach on Friday nights")})
                .exitCode == 0);
    // The form keeps the user's edits even after the external change is noticed.
    QSignalSpy spy(window.session(), &WorkspaceSession::externalChange);
    REQUIRE(spy.wait(2000));
    CHECK(description->toPlainText() == QStringLiteral("Mine: more lighting at the bus stops"));

    SECTION("cancel keeps both: theirs in the file, mine in the form")
    {
        int asked = 0;
        page->setConflictResolver([&](const ProblemCase& theirs) {
            ++asked;
            CHECK(theirs.description == QStringLiteral("Theirs: a street coach on Friday nights"));
            return ConflictChoice::Cancel;
        });
        CHECK_FALSE(page->saveEdits());
        CHECK(asked == 1);
        CHECK(page->hasUnsavedEdits());
        auto other = Workspace::open(fixture.path);
        CHECK(CaseRepository(*other.value()).find(shown.id)->description ==
              QStringLiteral("Theirs: a street coach on Friday nights"));
    }
    SECTION("keep mine saves over theirs")
    {
        page->setConflictResolver([](const ProblemCase&) { return ConflictChoice::KeepMine; });
        CHECK(page->saveEdits());
        auto other = Workspace::open(fixture.path);
        CHECK(CaseRepository(*other.value()).find(shown.id)->description ==
              QStringLiteral("Mine: more lighting at the bus stops"));
        // Undo goes back to their version, not to what was loaded before they saved.
        window.session()->undo();
        CHECK(CaseRepository(*other.value()).find(shown.id)->description ==
              QStringLiteral("Theirs: a street coach on Friday nights"));
    }
    SECTION("take theirs replaces the form")
    {
        page->setConflictResolver([](const ProblemCase&) { return ConflictChoice::TakeTheirs; });
        CHECK(page->saveEdits());
        CHECK_FALSE(page->hasUnsavedEdits());
        CHECK(description->toPlainText() == QStringLiteral("Theirs: a street coach on Friday nights"));
    }
}

TEST_CASE("ui: the roster lists the committee and members can be added and undone", "[ui]")
{
    DemoFixture fixture;
    MainWindow window;
    REQUIRE(window.openWorkspace(fixture.path));
    MembersPage* members = window.membersPage();
    REQUIRE(members);
    QAbstractItemModelTester tester(members->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(members->model()->rowCount() == 11);
    Member m;
    m.name = QStringLiteral("Ann Smet");
    m.sector = Sector::School;
    const qint64 id = members->addMember(m);
    REQUIRE(id > 0);
    CHECK(members->model()->rowCount() == 12);
    window.session()->undo();
    CHECK(members->model()->rowCount() == 11);
}

TEST_CASE("ui: a file that is not a workspace is refused with a message and left alone", "[ui]")
{
    DemoFixture fixture;
    const QString text = fixture.dir.filePath(QStringLiteral("notes.txt"));
    test::writeAll(text, "not a workspace");
    MainWindow window;
    CHECK_FALSE(window.openWorkspace(text));
    CHECK(window.session() == nullptr);
    CHECK(test::readAll(text) == QByteArray("not a workspace"));
}
