// The action matrix page and the meetings page, driven offscreen on the demo workspace plus six actions.
#include "DemoActions.h"
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/matrix/MatrixTreeModel.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MeetingListModel.h"
#include "ui/meetings/MeetingsPage.h"
#include "core/reports/DocumentBuilder.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/MeetingActionRepository.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QApplication>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace proxima;
using reports::MatrixColumn;

namespace {

struct PagesFixture
{
    QTemporaryDir dir;
    QString path;
    PagesFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QLocale::setDefault(QLocale::c());
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(test::addDemoActions(*ws.value()).size() == 6);
    }
};

QString cell(QAbstractItemModel* model, int row, MatrixColumn column, const QModelIndex& parent = {})
{
    return model->index(row, int(column), parent).data().toString();
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("ui: the action matrix page shows the actions grouped by problem with totals", "[ui][matrix]")
{
    PagesFixture f;
    MainWindow window;
    REQUIRE(window.openWorkspace(f.path));
    auto* page = window.findChild<MatrixPage*>();
    REQUIRE(page);
    MatrixTreeModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 6);  // five problems and the grand total
    CHECK(model->index(0, 0).data().toString().startsWith(
        QStringLiteral("Priority 1: Street harassment of women near the station")));
    CHECK(model->rowKind(model->index(5, 0)) == MatrixTreeModel::RowKind::GrandTotal);
    CHECK(cell(model, 5, MatrixColumn::PoliceHours) == QStringLiteral("32.5"));
    CHECK(cell(model, 5, MatrixColumn::VolunteerHours) == QStringLiteral("56"));
    CHECK(cell(model, 5, MatrixColumn::Euros) == QStringLiteral("5000.00"));
    const QModelIndex first = model->index(0, 0);
    REQUIRE(model->rowCount(first) == 3);
    CHECK(cell(model, 0, MatrixColumn::Action, first) == QStringLiteral("Street coaches on Friday nights"));
    CHECK(cell(model, 2, MatrixColumn::Action, first) == QStringLiteral("Total"));
    CHECK(cell(model, 2, MatrixColumn::PoliceHours, first) == QStringLiteral("16.5"));
    CHECK(cell(model, 2, MatrixColumn::Euros, first) == QStringLiteral("1500.00"));

    // Sorting moves actions inside their problem only.
    model->sort(int(MatrixColumn::Euros), Qt::AscendingOrder);
    CHECK(cell(model, 0, MatrixColumn::Action, first) == QStringLiteral("Awareness walk with women's groups"));
    CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("Priority 1:")));
    model->sort(int(MatrixColumn::Euros), Qt::DescendingOrder);
    CHECK(cell(model, 0, MatrixColumn::Action, first) == QStringLiteral("Street coaches on Friday nights"));

    // Filters: area, then text.
    auto* area = page->findChild<QComboBox*>(QStringLiteral("matrixArea"));
    REQUIRE(area);
    area->setCurrentIndex(area->findText(QStringLiteral("Saint-Roch Parc")));
    CHECK(model->rowCount() == 3);
    CHECK(cell(model, 2, MatrixColumn::Euros) == QStringLiteral("3200.00"));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("matrixSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("church"));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowCount(model->index(0, 0)) == 2);
    CHECK(page->currentMatrix().area == QStringLiteral("Saint-Roch Parc"));
    search->clear();
    area->setCurrentIndex(0);
    CHECK(model->rowCount() == 6);

    // A new action written elsewhere shows up after the change notice.
    ResponseAction extra = test::demoAction(3, "Park watch with residents", ChainPhase::Prevention,
                                            TriangleSide::Guardian, QDate(2026, 11, 2), QDate(2026, 12, 2), 3, 3, 30,
                                            {});
    REQUIRE(ActionRepository(window.session()->workspace()).add(extra).ok());
    window.session()->notifyChanged(ChangeKind::Action);
    CHECK(model->rowCount() == 7);
}

TEST_CASE("ui: column selection hides a column in view, print and settings", "[ui][matrix]")
{
    PagesFixture f;
    MainWindow window;
    REQUIRE(window.openWorkspace(f.path));
    auto* page = window.findChild<MatrixPage*>();
    REQUIRE(page);
    CHECK_FALSE(page->view()->isColumnHidden(int(MatrixColumn::Euros)));
    auto* columns = page->findChild<QToolButton*>(QStringLiteral("matrixColumns"));
    REQUIRE(columns);
    QAction* euros = nullptr;
    for (QAction* action : columns->menu()->actions()) {
        if (action->data().toInt() == int(MatrixColumn::Euros))
            euros = action;
    }
    REQUIRE(euros);
    euros->trigger();
    CHECK(page->view()->isColumnHidden(int(MatrixColumn::Euros)));
    CHECK_FALSE(page->isColumnVisible(MatrixColumn::Euros));
    CHECK_FALSE(page->currentMatrix().columns.contains(MatrixColumn::Euros));
    CHECK(page->currentMatrix().columns.contains(MatrixColumn::PoliceHours));
    CHECK(QSettings().value(QStringLiteral("matrix/hiddenColumns")).toStringList() ==
          QStringList{QString::number(int(MatrixColumn::Problem)), QString::number(int(MatrixColumn::Euros))});

    // Export through the page: the printed table has no Euros column, every action is there.
    const QString pdf = f.dir.filePath(QStringLiteral("page.pdf"));
    REQUIRE(page->exportTo(MatrixPage::ExportFormat::Pdf, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Police hours")));
    CHECK_FALSE(text.contains(QStringLiteral("Euros")));
    for (const char* title : {"Speed display at the school gate", "Street coaches on Friday nights",
                              "Clean the church wall", "Loading bays on market days", "Bike marking sessions"})
        CHECK(text.contains(QString::fromUtf8(title)));
    const QString csv = f.dir.filePath(QStringLiteral("page.csv"));
    REQUIRE(page->exportTo(MatrixPage::ExportFormat::Csv, csv).ok());
    CHECK_FALSE(QString::fromUtf8(test::readAll(csv)).contains(QStringLiteral("Euros")));

    // Header options: own title and signatories.
    MatrixHeader header;
    header.title = QStringLiteral("Plan d'action Saint-Roch");
    header.customSignatories = true;
    header.signatories = {{QStringLiteral("Zone de police Dyle-Senne"), QStringLiteral("Chief")}};
    page->setHeader(header);
    REQUIRE(page->exportTo(MatrixPage::ExportFormat::Pdf, pdf).ok());
    const QString signedText = pdfText(pdf);
    CHECK(signedText.contains(QStringLiteral("Plan d'action Saint-Roch")));
    CHECK(signedText.contains(QStringLiteral("Zone de police Dyle-Senne")));

    // The grid and the timeline are shown as print previews.
    page->setLayoutMode(MatrixPage::Layout::Grid);
    CHECK(page->findChild<QStackedWidget*>()->currentWidget() == page->preview());
    CHECK(page->renderOptions().layout == MatrixPage::Layout::Grid);
    page->setLayoutMode(MatrixPage::Layout::Timeline);
    CHECK(page->preview()->pageCount() >= 1);

    // Another page (next start) remembers the hidden column.
    MatrixPage again(*window.session());
    CHECK(again.view()->isColumnHidden(int(MatrixColumn::Euros)));
}

TEST_CASE("ui: a meeting with an item and an agreed action creates the action, undoably", "[ui][meetings]")
{
    PagesFixture f;
    MainWindow window;
    REQUIRE(window.openWorkspace(f.path));
    auto* page = window.findChild<MeetingsPage*>();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int meetingsBefore = page->model()->rowCount();
    Meeting meeting;
    meeting.title = QStringLiteral("CoPmittee November");
    meeting.heldOn = QDate(2026, 11, 12);
    const qint64 id = page->addMeeting(meeting);
    REQUIRE(id > 0);
    CHECK(page->shownMeetingId() == id);
    CHECK(page->model()->rowCount() == meetingsBefore + 1);

    MeetingEditor* editor = page->editor();
    editor->addItem(QStringLiteral("Night shop"));
    auto* itemCase = editor->findChild<QComboBox*>(QStringLiteral("itemCase"));
    REQUIRE(itemCase);
    itemCase->setCurrentIndex(itemCase->findData(qint64(11)));
    auto* decision = editor->findChild<QPlainTextEdit*>(QStringLiteral("itemDecision"));
    decision->setPlainText(QStringLiteral("Talk to the owner"));
    CHECK(page->hasUnsavedEdits());

    ResponseAction action;
    action.title = QStringLiteral("Visit the night shop owner");
    action.dueOn = QDate(2026, 11, 30);
    const qint64 actionId = page->createActionFromItem(0, action);
    REQUIRE(actionId > 0);
    CHECK_FALSE(page->hasUnsavedEdits());
    Workspace& ws = window.session()->workspace();
    auto stored = ActionRepository(ws).find(actionId);
    REQUIRE(stored.ok());
    CHECK(stored->caseId == 11);
    CHECK(stored->title == QStringLiteral("Visit the night shop owner"));
    auto savedMeeting = MeetingRepository(ws).find(id);
    REQUIRE(savedMeeting.ok());
    REQUIRE(savedMeeting->items.size() == 1);
    CHECK(savedMeeting->items[0].decision == QStringLiteral("Talk to the owner"));
    auto links = MeetingActionRepository(ws).listForMeeting(id);
    REQUIRE(links.ok());
    REQUIRE(links->size() == 1);
    CHECK(links->first().itemId == savedMeeting->items[0].id);
    CHECK(page->document(MeetingsPage::Document::Minutes).blocks.size() > 0);

    const QString minutes = f.dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(page->exportDocument(MeetingsPage::Document::Minutes, minutes).ok());
    CHECK(pdfText(minutes).contains(QStringLiteral("Visit the night shop owner")));

    // Undo removes the action, redo brings it back with the same id and link.
    WorkspaceSession* stack = window.session();
    stack->undo();
    CHECK_FALSE(ActionRepository(ws).find(actionId).ok());
    CHECK(MeetingActionRepository(ws).listForMeeting(id)->isEmpty());
    stack->redo();
    CHECK(ActionRepository(ws).find(actionId).ok());
    CHECK(MeetingActionRepository(ws).listForMeeting(id)->size() == 1);

    // An item without a case cannot agree an action.
    editor->addItem(QStringLiteral("Any other business"));
    CHECK(page->createActionFromItem(1, action) == 0);

    // Undo the item edit and the meeting: the stored meeting goes back step by step.
    stack->undo();   // the save of the second item
    CHECK(MeetingRepository(ws).find(id)->items.size() == 1);
}

TEST_CASE("ui: screenshots of the matrix and meetings pages", "[.manual]")
{
    PagesFixture f;
    {
        auto ws = Workspace::open(f.path);
        REQUIRE(ws.ok());
        Meeting m;
        m.title = QStringLiteral("CoPmittee October");
        m.heldOn = QDate(2026, 10, 8);
        m.startsAt = QTime(19, 30);
        m.place = QStringLiteral("Salle paroissiale");
        m.attendeeIds = {1, 3, 5};
        m.items = {{0, QStringLiteral("Harassment near the station"), 1, QStringLiteral("Street coaches proposed"),
                    QStringLiteral("Start in November")}};
        REQUIRE(MeetingRepository(*ws.value()).add(m).ok());
    }
    MainWindow window;
    window.resize(1400, 800);
    window.show();
    REQUIRE(window.openWorkspace(f.path));
    auto* matrix = window.findChild<MatrixPage*>();
    window.tabs()->setCurrentWidget(matrix);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/proxima-documents/ui-matrix.png"));
    matrix->setLayoutMode(MatrixPage::Layout::Timeline);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/proxima-documents/ui-timeline.png"));
    auto* meetings = window.findChild<MeetingsPage*>();
    window.tabs()->setCurrentWidget(meetings);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/proxima-documents/ui-meetings.png"));
    auto* tabs = meetings->editor()->findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/proxima-documents/ui-meetings-agenda.png"));
}

TEST_CASE("ui: closing the workspace asks about unsaved meeting edits, and saving keeps them", "[ui][meetings]")
{
    PagesFixture f;
    MainWindow window;
    REQUIRE(window.openWorkspace(f.path));
    auto* page = window.findChild<MeetingsPage*>();
    REQUIRE(page);
    Meeting meeting;
    meeting.title = QStringLiteral("CoPmittee December");
    meeting.heldOn = QDate(2026, 12, 10);
    const qint64 id = page->addMeeting(meeting);
    REQUIRE(id > 0);
    page->editor()->addItem(QStringLiteral("Parking at the school gate"));
    REQUIRE(page->hasUnsavedEdits());

    // Answers the question box with the given button once it is up.
    const auto answerWith = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->text().contains(QStringLiteral("CoPmittee December")));
            box->button(button)->click();
        });
    };
    answerWith(QMessageBox::Cancel);
    CHECK_FALSE(window.closeWorkspace());
    CHECK(page->hasUnsavedEdits());

    answerWith(QMessageBox::Save);
    CHECK(window.closeWorkspace());
    auto ws = Workspace::open(f.path);
    REQUIRE(ws.ok());
    auto saved = MeetingRepository(*ws.value()).find(id);
    REQUIRE(saved.ok());
    REQUIRE(saved->items.size() == 1);
    CHECK(saved->items[0].title == QStringLiteral("Parking at the school gate"));
}
