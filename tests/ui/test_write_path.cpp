// The one write path of the app: pushes that fail leave nothing to read, macros report each command's fate, and
// only another member's commit is announced as such (a user's own delete and undo are not).
#include "TestSupport.h"

#include "ui/analyse/AffectedGroupTableModel.h"
#include "ui/analyse/HypothesisTableModel.h"
#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CasesPage.h"
#include "ui/commands/CaseTraits.h"
#include "ui/commands/ConcernTraits.h"
#include "ui/commands/MeetingCommands.h"
#include "ui/commands/MeetingTraits.h"
#include "ui/commands/RecordCommands.h"
#include "ui/commands/StageMoveCommand.h"
#include "ui/map/PlacePinCommand.h"
#include "ui/models/CaseTableModel.h"
#include "ui/scan/ConcernsPage.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/MapPinQueries.h"
#include "core/storage/repositories/MeetingActionRepository.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace proxima;

namespace {

const QString OtherMemberText = QStringLiteral("Updated with changes saved by another member");

struct WindowFixture
{
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    QStringList messages;   // every status bar message shown since the workspace opened

    WindowFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        REQUIRE(window.openWorkspace(path));
        QObject::connect(window.statusBar(), &QStatusBar::messageChanged, window.statusBar(),
                         [this](const QString& text) { messages << text; });
    }
    WorkspaceSession& session() { return *window.session(); }
};

QAction* actionWithShortcut(QWidget* root, QKeySequence::StandardKey key)
{
    for (QAction* action : root->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(key))
            return action;
    }
    return nullptr;
}

Concern concernText(const QString& text)
{
    Concern concern;
    concern.text = text;
    return concern;
}

} // namespace

TEST_CASE("ui: a push that fails returns nothing read from the deleted command", "[ui][undo]")
{
    // Under AddressSanitizer, reading the command after QUndoStack deleted it is a heap-use-after-free.
    WindowFixture f;
    WorkspaceSession& session = f.session();
    auto* concerns = f.window.findChild<ConcernsPage*>();
    REQUIRE(concerns);
    const int steps = session.undoStack()->count();

    SECTION("a concern the repository refuses")
    {
        QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
        CHECK(concerns->addConcern(concernText(QStringLiteral("   "))) == 0);
        CHECK(errors.count() == 1);
        CHECK(session.undoStack()->count() == steps);
        CHECK(concerns->addConcern(concernText(QStringLiteral("Bins left out on the pavement"))) > 0);
        CHECK(session.undoStack()->count() == steps + 1);
    }
    SECTION("a split whose concern another member deleted meanwhile")
    {
        auto all = ConcernRepository(session.workspace()).listAll();
        REQUIRE(all.ok());
        REQUIRE(all->size() >= 2);
        const Concern gone = all->at(0);
        {
            auto other = Workspace::open(f.path);
            REQUIRE(other.ok());
            REQUIRE(ConcernRepository(*other.value()).remove(gone.id, gone.revision).ok());
        }
        const int cases = int(CaseRepository(session.workspace()).list()->size());
        CHECK(concerns->splitIntoNewCase({all->at(1).id, gone.id}, QStringLiteral("Never created")) == 0);
        CHECK(CaseRepository(session.workspace()).list()->size() == cases);
        CHECK(session.undoStack()->count() == steps);
    }
    SECTION("a hypothesis of a case another member deleted meanwhile")
    {
        HypothesisTableModel hypotheses(session);
        const qint64 caseId = f.window.casesPage()->model()->recordAt(0).id;
        hypotheses.setCaseId(caseId);
        {
            auto other = Workspace::open(f.path);
            REQUIRE(other.ok());
            auto stored = CaseRepository(*other.value()).find(caseId);
            REQUIRE(stored.ok());
            REQUIRE(CaseRepository(*other.value()).remove(caseId, stored->revision).ok());
        }
        CHECK(hypotheses.addHypothesis(QStringLiteral("The shop's closing time draws the crowd")) == -1);
        CHECK(session.undoStack()->count() == steps);
    }
    SECTION("a group of a case another member deleted meanwhile, named like one still shown")
    {
        AffectedGroupTableModel groups(session);
        const qint64 caseId = f.window.casesPage()->model()->recordAt(0).id;
        groups.setCaseId(caseId);
        REQUIRE(groups.addGroup(QStringLiteral("Shift workers")) >= 0);
        {
            auto other = Workspace::open(f.path);
            REQUIRE(other.ok());
            auto stored = CaseRepository(*other.value()).find(caseId);
            REQUIRE(stored.ok());
            REQUIRE(CaseRepository(*other.value()).remove(caseId, stored->revision).ok());
        }
        // The watcher has not polled yet, so the old row is still shown: it is not the answer.
        CHECK(groups.addGroup(QStringLiteral("Shift workers")) == -1);
    }
}

TEST_CASE("ui: inside a macro each push says whether it worked, and a macro that did nothing leaves no step",
          "[ui][undo]")
{
    WindowFixture f;
    WorkspaceSession& session = f.session();
    const int steps = session.undoStack()->count();

    session.beginMacro(QStringLiteral("Two concerns, one refused"));
    auto* good = new AddRecordCommand<ConcernTraits>(session, concernText(QStringLiteral("Graffiti on the school")));
    REQUIRE(session.push(good));
    const qint64 added = good->recordId();
    CHECK(added > 0);
    CHECK_FALSE(session.push(new AddRecordCommand<ConcernTraits>(session, concernText({}))));
    session.endMacro();
    CHECK(session.undoStack()->count() == steps + 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Two concerns, one refused"));
    session.undo();
    CHECK_FALSE(ConcernRepository(session.workspace()).find(added).ok());
    session.redo();
    CHECK(ConcernRepository(session.workspace()).find(added).ok());

    session.beginMacro(QStringLiteral("Only refused concerns"));
    CHECK_FALSE(session.push(new AddRecordCommand<ConcernTraits>(session, concernText({}))));
    CHECK_FALSE(session.push(new AddRecordCommand<ConcernTraits>(session, concernText(QStringLiteral(" ")))));
    session.endMacro();
    CHECK(session.undoStack()->count() == steps + 1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Two concerns, one refused"));
    CHECK(ConcernRepository(session.workspace()).find(added).ok());
}

TEST_CASE("ui: a user's own delete and undo are not announced as another member's change", "[ui][undo]")
{
    WindowFixture f;
    WorkspaceSession& session = f.session();
    CasesPage* page = f.window.casesPage();
    QSignalSpy external(&session, &WorkspaceSession::externalChange);
    QSignalSpy many(&session, &WorkspaceSession::manyChanged);

    // The demo case with the most actions: deleting it reaches far beyond its own row.
    QSqlQuery most(session.workspace().database());
    REQUIRE(most.exec(QStringLiteral("SELECT case_id FROM actions GROUP BY case_id ORDER BY COUNT(*) DESC LIMIT 1")));
    REQUIRE(most.next());
    const qint64 doomedId = most.value(0).toLongLong();
    most.finish();   // an open statement would keep the file locked against the other connection below
    page->selectCase(doomedId);
    const int row = page->model()->rowForId(doomedId);
    REQUIRE(row >= 0);
    const ProblemCase doomed = page->model()->recordAt(row);
    const int rows = page->model()->rowCount();
    QAction* remove = actionWithShortcut(page, QKeySequence::Delete);
    REQUIRE(remove);
    REQUIRE(remove->isEnabled());
    QTimer::singleShot(0, page, [] {
        // No REQUIRE here: it would throw into the event loop. Without an answer the delete does not happen and
        // the row count check below fails.
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    remove->trigger();
    REQUIRE(page->model()->rowCount() == rows - 1);
    CHECK(page->model()->rowForId(doomed.id) < 0);

    QAction* undo = actionWithShortcut(&f.window, QKeySequence::Undo);
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(page->model()->rowForId(doomed.id) >= 0);
    CHECK(many.count() >= 2);   // the views reloaded after the delete and after its undo

    // Give the watcher more than one polling interval to (wrongly) take the own writes for someone else's.
    QTest::qWait(1200);
    CHECK(external.count() == 0);
    CHECK_FALSE(f.messages.contains(OtherMemberText));
    CHECK(f.window.statusBar()->currentMessage() != OtherMemberText);

    // Another connection to the same file is another member: that one is announced.
    {
        auto other = Workspace::open(f.path);
        REQUIRE(other.ok());
        ProblemCase added;
        added.title = QStringLiteral("Saved through another connection");
        REQUIRE(CaseRepository(*other.value()).add(added).ok());
    }
    REQUIRE(external.wait(2000));
    CHECK(f.messages.contains(OtherMemberText));
    CHECK(page->model()->rowCount() == rows + 1);
}

TEST_CASE("ui: undoing an edit after a pin was placed and a stage moved on the same case is no conflict", "[ui][undo]")
{
    WindowFixture f;
    WorkspaceSession& session = f.session();
    Workspace& ws = session.workspace();
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    QSqlQuery pick(ws.database());
    REQUIRE(pick.exec(QStringLiteral("SELECT id FROM cases WHERE stage IN ('analyse', 'respond', 'assess') "
                                     "ORDER BY id LIMIT 1")));
    REQUIRE(pick.next());
    const qint64 caseId = pick.value(0).toLongLong();
    pick.finish();
    const ProblemCase original = CaseRepository(ws).find(caseId).value();

    ProblemCase renamed = original;
    renamed.title = original.title + QStringLiteral(" (renamed)");
    REQUIRE(session.push(new EditRecordCommand<CaseTraits>(session, original, renamed)));

    // Both later commands bump the case's revision, and so do their undos.
    auto pin = MapPinQueries(ws).find(PinKind::Case, caseId);
    REQUIRE(pin.ok());
    REQUIRE(session.push(new PlacePinCommand(session, pin.value(), sara::PlanePoint{12.0, 34.0}, std::nullopt)));
    const ProblemCase beforeMove = CaseRepository(ws).find(caseId).value();
    ProblemCase movedBack = beforeMove;
    movedBack.stage = SaraStage(int(beforeMove.stage) - 1);
    REQUIRE(session.push(new StageMoveCommand(session, beforeMove, movedBack, QStringLiteral("More analysis"))));

    session.undo();   // the stage move
    session.undo();   // the pin
    session.undo();   // the rename
    CHECK(errors.count() == 0);
    const ProblemCase restored = CaseRepository(ws).find(caseId).value();
    CHECK(restored.title == original.title);
    CHECK(restored.stage == original.stage);
    CHECK(session.undoStack()->index() == 0);
}

TEST_CASE("ui: undoing the delete of a meeting brings back the links to the actions agreed at it", "[ui][undo]")
{
    WindowFixture f;
    WorkspaceSession& session = f.session();
    Workspace& ws = session.workspace();
    Meeting meeting;
    meeting.title = QStringLiteral("CoPmittee December");
    meeting.heldOn = QDate(2026, 12, 10);
    auto* add = new AddRecordCommand<MeetingTraits>(session, meeting);
    REQUIRE(session.push(add));
    const qint64 meetingId = add->recordId();
    ResponseAction action;
    action.caseId = f.window.casesPage()->model()->recordAt(0).id;
    action.title = QStringLiteral("Ask the council for a second bin");
    auto* agree = new AgreeActionCommand(session, meetingId, 0, action);
    REQUIRE(session.push(agree));
    const AgreedAction link{meetingId, agree->actionId(), 0};

    auto stored = MeetingRepository(ws).find(meetingId);
    REQUIRE(stored.ok());
    REQUIRE(session.push(new RemoveRecordCommand<MeetingTraits>(session, stored.value())));
    CHECK(MeetingActionRepository(ws).listForMeeting(meetingId)->isEmpty());
    session.undo();
    const auto links = MeetingActionRepository(ws).listForMeeting(meetingId);
    REQUIRE(links.ok());
    CHECK(links.value() == QList<AgreedAction>{link});
}
