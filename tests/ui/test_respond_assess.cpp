// The Respond and Assess tabs of a case, driven offscreen on the demo workspace.
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/BeforeAfterChart.h"
#include "ui/assess/MeasureDialog.h"
#include "ui/assess/MeasureTableModel.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/respond/ActionDialog.h"
#include "ui/respond/ActionTableModel.h"
#include "ui/respond/ActionTimeline.h"
#include "ui/respond/RespondTab.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AssessmentRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeasureRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace proxima;

namespace {

struct Demo
{
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    Demo()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        REQUIRE(window.openWorkspace(path));
    }
    Workspace& ws() { return window.session()->workspace(); }
    WorkspaceSession* undo() { return window.session(); }
    qint64 select(const QString& title)
    {
        const QList<ProblemCase> cases = CaseRepository(ws()).list().value();
        for (const ProblemCase& c : cases) {
            if (c.title == title) {
                window.casesPage()->selectCase(c.id);
                REQUIRE(window.casesPage()->shownCaseId() == c.id);
                return c.id;
            }
        }
        FAIL("no case " << title.toStdString());
        return 0;
    }
    template <typename Tab> Tab* tab()
    {
        Tab* found = window.casesPage()->findChild<Tab*>();
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("ui: an action with a partner is added, edited and undone on the Respond tab", "[ui]")
{
    Demo demo;
    const qint64 caseId = demo.select(QStringLiteral("Speeding in front of the school"));
    auto* respond = demo.tab<RespondTab>();
    QAbstractItemModelTester tester(respond->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(respond->model()->rowCount() == 5);
    CHECK(respond->view()->model()->index(0, ActionTableModel::Title).data().toString() ==
          QStringLiteral("Speed display sign on Avenue de l'École"));
    // 4 + 16 + 24 + 4 police hours, none dropped
    CHECK(respond->totalsLabel()->text().contains(QStringLiteral("48 police hours")));

    const QList<Member> members = MemberRepository(demo.ws()).list().value();
    ResponseAction fresh;
    fresh.caseId = caseId;
    ActionDialog dialog(fresh, members);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("actionTitle")),
                     QStringLiteral("Walking bus with parents"));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("actionStatus"));
    status->setCurrentIndex(status->findData(int(ActionStatus::InProgress)));
    dialog.findChild<QDateEdit*>(QStringLiteral("actionStart"))->setDate(QDate(2026, 9, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("actionDue"))->setDate(QDate(2026, 12, 20));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addPartner")), Qt::LeftButton);
    QTableWidget* partners = dialog.partnersTable();
    REQUIRE(partners->rowCount() == 1);
    partners->item(0, 0)->setText(QStringLiteral("Parents' association"));
    partners->item(0, 1)->setText(QStringLiteral("walk leaders"));
    auto* representative = qobject_cast<QComboBox*>(partners->cellWidget(0, 2));
    REQUIRE(representative);
    representative->setCurrentIndex(1);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("actionVolunteerHours"))->setValue(30);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const qint64 id = respond->addAction(dialog.action());
    REQUIRE(id > 0);
    CHECK(respond->model()->rowCount() == 6);
    auto stored = ActionRepository(demo.ws()).find(id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Walking bus with parents"));
    CHECK(stored->status == ActionStatus::InProgress);
    CHECK(stored->position == 5);
    CHECK(stored->volunteerHours == 30.0);
    REQUIRE(stored->partners.size() == 1);
    CHECK(stored->partners.first().organisation == QStringLiteral("Parents' association"));
    CHECK(stored->partners.first().role == QStringLiteral("walk leaders"));
    CHECK(stored->partners.first().memberId == members.first().id);
    CHECK_FALSE(respond->timeline()->bandRect(5).isEmpty());
    CHECK(respond->timeline()->firstDay() <= QDate(2026, 9, 1));
    CHECK(respond->timeline()->lastDay() >= QDate(2026, 12, 20));

    // Edit: done, with a referral.
    ActionDialog edit(stored.value(), members);
    auto* editStatus = edit.findChild<QComboBox*>(QStringLiteral("actionStatus"));
    editStatus->setCurrentIndex(editStatus->findData(int(ActionStatus::Done)));
    edit.findChild<QGroupBox*>(QStringLiteral("actionReferral"))->setChecked(true);
    edit.accept();
    CHECK(edit.result() != QDialog::Accepted);   // a referral needs its service
    CHECK(edit.findChild<QLabel*>(QStringLiteral("actionError"))->text().contains(QStringLiteral("referral")));
    edit.findChild<QLineEdit*>(QStringLiteral("referralService"))->setText(QStringLiteral("Commune — mobilité"));
    edit.accept();
    REQUIRE(edit.result() == QDialog::Accepted);
    REQUIRE(respond->saveAction(stored.value(), edit.action()));
    CHECK(ActionRepository(demo.ws()).find(id)->status == ActionStatus::Done);
    CHECK(ActionRepository(demo.ws()).find(id)->referralService == QStringLiteral("Commune — mobilité"));
    const int row = respond->model()->rowForId(id);
    CHECK(respond->model()->index(row, ActionTableModel::Status).data().toString() ==
          actionStatusLabel(ActionStatus::Done));

    demo.undo()->undo();
    CHECK(ActionRepository(demo.ws()).find(id)->status == ActionStatus::InProgress);
    CHECK_FALSE(ActionRepository(demo.ws()).find(id)->isReferral);
    demo.undo()->undo();
    CHECK(ActionRepository(demo.ws()).find(id).error().code == ErrorCode::NotFound);
    CHECK(respond->model()->rowCount() == 5);
    demo.undo()->redo();
    CHECK(ActionRepository(demo.ws()).find(id)->partners.size() == 1);
    CHECK(respond->model()->rowCount() == 6);
}

TEST_CASE("ui: actions are reordered, deleted and restored through the undo stack", "[ui]")
{
    Demo demo;
    const qint64 caseId = demo.select(QStringLiteral("Poorly lit underpass under the railway"));
    auto* respond = demo.tab<RespondTab>();
    auto order = [&] {
        QStringList titles;
        const QList<ResponseAction> plan = ActionRepository(demo.ws()).listForCase(caseId).value();
        for (const ResponseAction& a : plan)
            titles << a.title.left(5);
        return titles.join(QLatin1Char('|'));
    };
    const QString before = order();
    CHECK(before == QStringLiteral("LED l|Mural|Eveni|Cut b"));
    const qint64 mural = respond->model()->recordAt(1).id;
    REQUIRE(respond->moveAction(mural, -1));
    CHECK(order() == QStringLiteral("Mural|LED l|Eveni|Cut b"));
    CHECK_FALSE(respond->moveAction(mural, -1));
    demo.undo()->undo();
    CHECK(order() == before);
    // Two moves of the same action, undone one after the other, are not taken for another member's change.
    REQUIRE(respond->moveAction(mural, +1));
    REQUIRE(respond->moveAction(mural, +1));
    CHECK(order() == QStringLiteral("LED l|Eveni|Cut b|Mural"));
    demo.undo()->undo();
    CHECK(order() == QStringLiteral("LED l|Eveni|Mural|Cut b"));
    demo.undo()->undo();
    CHECK(order() == before);

    REQUIRE(respond->removeAction(mural));
    CHECK(order() == QStringLiteral("LED l|Eveni|Cut b"));
    demo.undo()->undo();
    CHECK(order() == before);
    CHECK(ActionRepository(demo.ws()).find(mural)->partners.size() == 2);
}

TEST_CASE("ui: a conflicting action save asks and keeps the other member's version unless told", "[ui]")
{
    Demo demo;
    demo.select(QStringLiteral("Street harassment of women near the station"));
    auto* respond = demo.tab<RespondTab>();
    const ResponseAction shown = respond->model()->recordAt(0);
    {
        auto other = Workspace::open(demo.path);
        REQUIRE(other.ok());
        ResponseAction theirs = ActionRepository(*other.value()).find(shown.id).value();
        theirs.euros = 5000;
        REQUIRE(ActionRepository(*other.value()).update(theirs).ok());
    }
    ResponseAction mine = shown;
    mine.status = ActionStatus::Done;
    int asked = 0;
    respond->setConflictResolver([&](const ResponseAction& theirs) {
        ++asked;
        CHECK(theirs.euros == 5000.0);
        return ConflictChoice::Cancel;
    });
    CHECK_FALSE(respond->saveAction(shown, mine));
    CHECK(asked == 1);
    CHECK(ActionRepository(demo.ws()).find(shown.id)->status == ActionStatus::InProgress);
    respond->setConflictResolver([&](const ResponseAction&) { return ConflictChoice::KeepMine; });
    CHECK(respond->saveAction(shown, mine));
    CHECK(ActionRepository(demo.ws()).find(shown.id)->status == ActionStatus::Done);
}

TEST_CASE("ui: a measure with a baseline and a follow-up shows its computed change", "[ui]")
{
    Demo demo;
    const qint64 caseId = demo.select(QStringLiteral("Burglaries in the Tilleuls streets"));
    auto* assess = demo.tab<AssessTab>();
    QAbstractItemModelTester tester(assess->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(assess->model()->rowCount() == 1);
    // The demo's burglary measure: 18 -> 7 against 15 -> 16 in Bruyères, 11 -> 10 nearby.
    CHECK(assess->displacementLabel()->text().contains(QStringLiteral("WDQ 0.14")));
    CHECK(assess->displacementLabel()->text().contains(QStringLiteral("Diffusion of benefits")));
    CHECK(assess->processLabel()->text().contains(QStringLiteral("4 of 4 actions done (100%), 0 overdue")));
    REQUIRE(assess->chart()->comparisonSet());
    CHECK(assess->chart()->caseSet()->count() == 3);
    CHECK(assess->chart()->comparisonSet()->at(2) == 16.0);
    REQUIRE(assess->chart()->targetLine());

    CaseMeasure fresh;
    fresh.caseId = caseId;
    MeasureDialog dialog(fresh, {});
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("measureWhat")),
                     QStringLiteral("Calls about suspicious people"));
    dialog.findChild<QDateEdit*>(QStringLiteral("baselineFrom"))->setDate(QDate(2026, 1, 1));
    dialog.findChild<QDateEdit*>(QStringLiteral("baselineTo"))->setDate(QDate(2026, 3, 31));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("baselineValue")), QStringLiteral("40"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addFollowUp")), Qt::LeftButton);
    QTableWidget* followUps = dialog.followUpsTable();
    REQUIRE(followUps->rowCount() == 1);
    CHECK(followUps->item(0, 0)->text() == QStringLiteral("2026-04-01"));
    CHECK(followUps->item(0, 1)->text() == QStringLiteral("2026-06-30"));
    followUps->item(0, 2)->setText(QStringLiteral("30"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const qint64 id = assess->addMeasure(dialog.edited().value());
    REQUIRE(id > 0);
    CHECK(assess->selectedMeasureId() == id);
    const QString figures = assess->figuresLabel()->text();
    CHECK(figures.contains(QStringLiteral("<b>Change:</b> -10 (-25.0 %), an improvement")));
    CHECK(figures.contains(QStringLiteral("Target:</b> none set")));
    const int row = assess->model()->rowForId(id);
    CHECK(assess->model()->index(row, MeasureTableModel::Change).data().toString() == QStringLiteral("-10"));
    CHECK(assess->model()->index(row, MeasureTableModel::ChangePercent).data().toString() ==
          QStringLiteral("-25.0 %"));
    CHECK(assess->displacementLabel()->text().contains(QStringLiteral("needs")));
    CHECK(assess->chart()->categories().size() == 2);

    demo.undo()->undo();
    CHECK(assess->model()->rowCount() == 1);
    CHECK(MeasureRepository(demo.ws()).find(id).error().code == ErrorCode::NotFound);
}

TEST_CASE("ui: the outcome and lesson of a case are saved, undone, and the case closed", "[ui]")
{
    Demo demo;
    const qint64 caseId = demo.select(QStringLiteral("Bicycle theft at the station racks"));
    auto* assess = demo.tab<AssessTab>();
    CHECK(assess->processLabel()->text().contains(QStringLiteral("4 of 4 actions done (100%), 0 overdue")));
    CHECK_FALSE(assess->hasUnsavedEdits());
    auto* outcome = assess->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(sara::outcomeKey(sara::Outcome::FewerIncidents)));
    QTest::keyClicks(assess->findChild<QPlainTextEdit*>(QStringLiteral("lessonLearned")),
                     QStringLiteral("Secure racks did more than patrols"));
    CHECK(assess->hasUnsavedEdits());

    // Another member edits the process notes meanwhile: the save asks first.
    {
        auto other = Workspace::open(demo.path);
        REQUIRE(other.ok());
        CaseAssessment theirs = AssessmentRepository(*other.value()).find(caseId).value();
        theirs.processNotes = QStringLiteral("Theirs");
        REQUIRE(AssessmentRepository(*other.value()).update(theirs).ok());
    }
    assess->setConflictResolver([](const QString&, const QString& theirs, const QString&) {
        CHECK(theirs.contains(QStringLiteral("Theirs")));
        return ConflictChoice::Cancel;
    });
    CHECK_FALSE(assess->saveAssessment());
    CHECK(AssessmentRepository(demo.ws()).find(caseId)->outcome == std::nullopt);
    assess->setConflictResolver([](const QString&, const QString&, const QString&) {
        return ConflictChoice::KeepMine;
    });
    REQUIRE(assess->saveAssessment());
    CHECK_FALSE(assess->hasUnsavedEdits());
    auto saved = AssessmentRepository(demo.ws()).find(caseId);
    CHECK(saved->outcome == sara::Outcome::FewerIncidents);
    CHECK(saved->lesson == QStringLiteral("Secure racks did more than patrols"));

    ProblemCase c = CaseRepository(demo.ws()).find(caseId).value();
    c.stage = SaraStage::Closed;
    REQUIRE(CaseRepository(demo.ws()).update(c).ok());
    CHECK(CaseRepository(demo.ws()).find(caseId)->stage == SaraStage::Closed);

    demo.undo()->undo();
    CHECK_FALSE(AssessmentRepository(demo.ws()).find(caseId)->outcome.has_value());
    CHECK(outcome->currentIndex() == 0);
    demo.undo()->redo();
    CHECK(outcome->currentData().toString() == sara::outcomeKey(sara::Outcome::FewerIncidents));
}

TEST_CASE("ui: grab the Respond and Assess tabs", "[.manual]")
{
    Demo demo;
    demo.window.resize(1500, 950);
    demo.window.show();
    demo.select(QStringLiteral("Street harassment of women near the station"));
    auto* splitter = demo.window.casesPage()->findChild<QSplitter*>();
    splitter->setSizes({420, 1080});
    QTabWidget* tabs = demo.window.casesPage()->caseTabs();
    tabs->setCurrentWidget(demo.tab<RespondTab>());
    QTest::qWait(50);
    demo.window.grab().save(QStringLiteral("/tmp/respond_window.png"));
    demo.tab<RespondTab>()->grab().save(QStringLiteral("/tmp/respond_tab.png"));
    demo.select(QStringLiteral("Bicycle theft at the station racks"));
    tabs->setCurrentWidget(demo.tab<AssessTab>());
    QTest::qWait(50);
    demo.tab<AssessTab>()->grab().save(QStringLiteral("/tmp/assess_tab.png"));
    demo.select(QStringLiteral("Illegal dumping behind the shops"));
    QTest::qWait(50);
    demo.tab<AssessTab>()->grab().save(QStringLiteral("/tmp/assess_closed.png"));
}

TEST_CASE("ui: actions and measures saved by another member appear without reopening", "[ui]")
{
    Demo demo;
    const qint64 caseId = demo.select(QStringLiteral("Burglaries in the Tilleuls streets"));
    auto* respond = demo.tab<RespondTab>();
    auto* assess = demo.tab<AssessTab>();
    REQUIRE(respond->model()->rowCount() == 4);
    REQUIRE(assess->model()->rowCount() == 1);
    {
        auto other = Workspace::open(demo.path);
        REQUIRE(other.ok());
        ResponseAction a;
        a.caseId = caseId;
        a.title = QStringLiteral("Second round of home visits");
        a.position = 4;
        REQUIRE(ActionRepository(*other.value()).add(a).ok());
        CaseMeasure m;
        m.caseId = caseId;
        m.what = QStringLiteral("Residents who lock their sheds");
        REQUIRE(MeasureRepository(*other.value()).add(m).ok());
    }
    QSignalSpy spy(demo.window.session(), &WorkspaceSession::externalChange);
    REQUIRE(spy.wait(2000));
    CHECK(respond->model()->rowCount() == 5);
    CHECK(respond->model()->recordAt(4).title == QStringLiteral("Second round of home visits"));
    CHECK(assess->model()->rowCount() == 2);
    // The new open action without dates counts in the process evaluation.
    CHECK(assess->processLabel()->text().contains(QStringLiteral("4 of 5 actions done (80%), 0 overdue")));
}
