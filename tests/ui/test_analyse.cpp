// The Analyse stage, the case home page and the stage gates, driven as a user would on the offscreen platform.
#include "TestSupport.h"

#include "ui/analyse/AffectedGroupTableModel.h"
#include "ui/analyse/AnalyseTab.h"
#include "ui/analyse/CaseHomeTab.h"
#include "ui/analyse/HeatGrid.h"
#include "ui/analyse/HypothesisTableModel.h"
#include "ui/analyse/PatternsTab.h"
#include "ui/analyse/StageGateDialog.h"
#include "ui/analyse/StageStepper.h"
#include "ui/analyse/TriangleDiagram.h"
#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CaseEditor.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AnalysisRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/StageRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace proxima;

namespace {

struct AnalyseFixture
{
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    CasesPage* page = nullptr;
    AnalyseFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        window.resize(1400, 900);
        window.show();
        REQUIRE(window.openWorkspace(path));
        page = window.casesPage();
        REQUIRE(page);
    }
    template <typename Tab> Tab* tab() const
    {
        auto* found = page->findChild<Tab*>();
        REQUIRE(found);
        return found;
    }
    qint64 caseIdOf(const QString& title) const
    {
        const auto cases = CaseRepository(window.session()->workspace()).list();
        REQUIRE(cases.ok());
        for (const ProblemCase& c : cases.value()) {
            if (c.title == title)
                return c.id;
        }
        return 0;
    }
    Workspace& ws() const { return window.session()->workspace(); }
    void exec(const QString& statement, const QVariantList& bindings = {}) const
    {
        REQUIRE(ws().write([&]() -> Status {
                      QSqlQuery q(ws().database());
                      return sql::exec(q, statement, bindings);
                  }).ok());
    }
};

QStringList rowTexts(QListWidget* list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << QStringLiteral("%1:%2").arg(list->item(i)->data(Qt::UserRole).toString(),
                                             list->item(i)->data(Qt::UserRole + 1).toBool() ? QStringLiteral("yes")
                                                                                             : QStringLiteral("no"));
    return texts;
}

} // namespace

TEST_CASE("ui: a triangle side and a hypothesis are saved and undone", "[ui][analyse]")
{
    AnalyseFixture f;
    const qint64 id = f.caseIdOf(QStringLiteral("Parking on pavements at the market"));
    REQUIRE(id > 0);
    f.page->selectCase(id);
    auto* tab = f.tab<AnalyseTab>();
    QAbstractItemModelTester hypothesisTester(tab->hypotheses(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester groupTester(tab->groups(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tab->loaded().caseId == id);
    CHECK(tab->loaded().revision == 0);

    // Clicking the offender side of the diagram puts the cursor in its box.
    f.page->caseTabs()->setCurrentWidget(tab);
    TriangleDiagram* diagram = tab->diagram();
    const QPointF middle = diagram->sideLine(TriangleSide::Offender).center();
    CHECK(diagram->sideAt(middle) == TriangleSide::Offender);
    CHECK(diagram->sideAt(diagram->sideLine(TriangleSide::Manager).center()) == TriangleSide::Manager);
    QTest::mouseClick(diagram, Qt::LeftButton, {}, middle.toPoint());
    CHECK(diagram->currentSide() == TriangleSide::Offender);
    QPlainTextEdit* offender = tab->sideEdit(TriangleSide::Offender);
    REQUIRE(offender);
    QTest::keyClicks(offender, QStringLiteral("Delivery drivers in a hurry"));
    CHECK(tab->hasUnsavedEdits());
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("analysisSave")), Qt::LeftButton);
    CHECK_FALSE(tab->hasUnsavedEdits());
    AnalysisRepository repo(f.ws());
    CHECK(repo.find(id)->offender == QStringLiteral("Delivery drivers in a hurry"));
    CHECK(repo.find(id)->revision == 1);

    f.window.session()->undo();
    CHECK(repo.find(id)->offender.isEmpty());
    CHECK(offender->toPlainText().isEmpty());
    f.window.session()->redo();
    CHECK(offender->toPlainText() == QStringLiteral("Delivery drivers in a hurry"));

    // A hypothesis: add, undo, redo; then set its status and undo that.
    const int row = tab->hypotheses()->addHypothesis(QStringLiteral("Vans park there because the loading bay is "
                                                                    "taken by cars"));
    REQUIRE(row == 0);
    REQUIRE(repo.hypotheses(id)->size() == 1);
    f.window.session()->undo();
    CHECK(repo.hypotheses(id)->isEmpty());
    CHECK(tab->hypotheses()->rowCount() == 0);
    f.window.session()->redo();
    REQUIRE(tab->hypotheses()->rowCount() == 1);
    const QModelIndex status = tab->hypotheses()->index(row, HypothesisTableModel::Status);
    CHECK(status.data().toString() == QStringLiteral("Open"));
    REQUIRE(tab->hypotheses()->setData(status, QStringLiteral("supported")));
    CHECK(repo.hypotheses(id)->first().status == HypothesisStatus::Supported);
    CHECK(tab->hypotheses()->index(row, HypothesisTableModel::Status).data().toString() == QStringLiteral("Supported"));
    f.window.session()->undo();
    CHECK(repo.hypotheses(id)->first().status == HypothesisStatus::Open);
    CHECK(tab->hypotheses()->index(row, HypothesisTableModel::Status).data().toString() == QStringLiteral("Open"));

    const int groupRow = tab->groups()->addGroup(QStringLiteral("Wheelchair users"));
    REQUIRE(groupRow == 0);
    REQUIRE(tab->groups()->setData(tab->groups()->index(0, AffectedGroupTableModel::How),
                                   QStringLiteral("walk on the road")));
    CHECK(repo.affectedGroups(id)->first().how == QStringLiteral("walk on the road"));
}

TEST_CASE("ui: a forward move with an unmet checklist needs a reason, which is recorded", "[ui][stages]")
{
    AnalyseFixture f;
    const qint64 id = f.page->addCase(QStringLiteral("Noise from the new bar"));
    REQUIRE(id > 0);
    REQUIRE(f.page->shownCaseId() == id);

    QList<StageGateRequest> asked;
    StageGateDecision answer;
    f.page->setStageGateResolver([&](const StageGateRequest& request) {
        asked << request;
        return answer;
    });
    auto* stage = f.page->editor()->findChild<QComboBox*>(QStringLiteral("caseStage"));
    REQUIRE(stage);
    stage->setCurrentIndex(stage->findData(int(SaraStage::Analyse)));

    // The user closes the checklist without a reason: nothing moves.
    CHECK_FALSE(f.page->saveEdits());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().from == SaraStage::Scan);
    CHECK(asked.first().to == SaraStage::Analyse);
    REQUIRE(asked.first().check.items.size() == 1);
    CHECK_FALSE(asked.first().check.items.first().satisfied);
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Scan);
    CHECK(f.page->hasUnsavedEdits());

    // The dialog the user sees: ticks and crosses, "Move anyway" only with a reason.
    StageGateDialog dialog(asked.first());
    CHECK(rowTexts(dialog.checklist()) == QStringList{QStringLiteral("evidence:no")});
    CHECK_FALSE(dialog.moveButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
    CHECK_FALSE(dialog.moveButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Three residents came to the meeting"));
    CHECK(dialog.moveButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.decision().proceed);
    CHECK(dialog.decision().reason == QStringLiteral("Three residents came to the meeting"));

    // Saying "move" without a reason is still refused.
    answer = {true, QString()};
    CHECK_FALSE(f.page->saveEdits());
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Scan);

    answer = dialog.decision();
    CHECK(f.page->saveEdits());
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Analyse);
    auto history = StageRepository(f.ws()).history(id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().overridden);
    CHECK(history->first().reason == QStringLiteral("Three residents came to the meeting"));
    CHECK(history->first().unmet.size() == 1);

    // The home page shows the new stage and the override.
    auto* home = f.tab<CaseHomeTab>();
    CHECK(home->stepper()->current() == SaraStage::Analyse);
    REQUIRE(home->history()->rowCount() == 1);
    CHECK(home->history()->item(0, 3)->text().contains(QStringLiteral("Three residents came to the meeting")));
    CHECK(rowTexts(home->checklist()) ==
          QStringList{QStringLiteral("evidence:no"), QStringLiteral("triangle:no"), QStringLiteral("hypothesis:no")});

    // Undo restores the stage and drops the transition; redo records it again.
    f.window.session()->undo();
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Scan);
    CHECK(StageRepository(f.ws()).history(id)->isEmpty());
    CHECK(home->stepper()->current() == SaraStage::Scan);
    CHECK(home->history()->rowCount() == 0);
    f.window.session()->redo();
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Analyse);
    CHECK(StageRepository(f.ws()).history(id)->size() == 1);

    // Backwards needs no checklist.
    f.page->setStageGateResolver([](const StageGateRequest&) -> StageGateDecision {
        FAIL("a backward move asked the gate");
        return {};
    });
    f.page->editor()->setCase(CaseRepository(f.ws()).find(id).value());
    stage->setCurrentIndex(stage->findData(int(SaraStage::Scan)));
    CHECK(f.page->saveEdits());
    CHECK(CaseRepository(f.ws()).find(id)->stage == SaraStage::Scan);
    CHECK(StageRepository(f.ws()).history(id)->size() == 2);
}

TEST_CASE("ui: the home page shows a case's stage, figures and history, and moves it on", "[ui][stages]")
{
    AnalyseFixture f;
    const qint64 bikes = f.caseIdOf(QStringLiteral("Bicycle theft at the station racks"));
    REQUIRE(bikes > 0);
    f.page->selectCase(bikes);
    auto* home = f.tab<CaseHomeTab>();
    CHECK(f.page->caseTabs()->widget(0) == home);
    CHECK(home->shownCase().id == bikes);
    CHECK(home->stepper()->current() == SaraStage::Assess);
    CHECK(home->stepper()->details().value(int(SaraStage::Analyse)).contains(QStringLiteral("Triangle: 5 of 6")));
    CHECK(home->stepper()->details().value(int(SaraStage::Analyse)).contains(QStringLiteral("Supported: 1")));
    // Five moves, newest first, one of them back to Analyse.
    REQUIRE(home->history()->rowCount() == 5);
    CHECK(home->history()->item(0, 1)->text() == QStringLiteral("Respond \u2192 Assess"));
    CHECK(home->history()->item(2, 1)->text() == QStringLiteral("Respond \u2192 Analyse (back)"));

    const qint64 underpass = f.caseIdOf(QStringLiteral("Poorly lit underpass under the railway"));
    f.page->selectCase(underpass);
    REQUIRE(home->history()->rowCount() == 2);
    CHECK(home->history()->item(0, 3)->text().startsWith(QStringLiteral("Moved anyway: Urgent")));

    // Youth nuisance is in Analyse with a triangle and hypotheses: Respond then needs only evidence.
    const qint64 youth = f.caseIdOf(QStringLiteral("Youth nuisance at the Place Saint-Roch"));
    f.page->selectCase(youth);
    CHECK(home->stepper()->current() == SaraStage::Analyse);
    const QStringList items = rowTexts(home->checklist());
    REQUIRE(items.size() == 3);
    CHECK(items.at(1) == QStringLiteral("triangle:yes"));
    CHECK(items.at(2) == QStringLiteral("hypothesis:yes"));
    QList<StageGateRequest> asked;
    home->setStageGateResolver([&](const StageGateRequest& request) {
        asked << request;
        return StageGateDecision{true, QStringLiteral("Agreed at the CoPmittee")};
    });
    QTest::mouseClick(home->moveButton(), Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().to == SaraStage::Respond);
    CHECK(CaseRepository(f.ws()).find(youth)->stage == SaraStage::Respond);
    CHECK(home->stepper()->current() == SaraStage::Respond);
    CHECK(f.page->editor()->loaded().stage == SaraStage::Respond);
}

TEST_CASE("ui: pattern charts hold the exact counts of the linked incidents", "[ui][patterns]")
{
    AnalyseFixture f;
    const qint64 id = f.page->addCase(QStringLiteral("Pattern check"));
    REQUIRE(id > 0);
    const QStringList rows{QStringLiteral("2026-03-02|08:15|Theft-T"), QStringLiteral("2026-03-02|08:45|Theft-T"),
                           QStringLiteral("2026-03-04|22:10|Nuisance-T"), QStringLiteral("2026-05-10||Theft-T"),
                           QStringLiteral("2026-05-16|23:59|Vandalism-T"), QStringLiteral("2026-04-01|12:00|Theft-T")};
    int n = 0;
    for (const QString& row : rows) {
        const QStringList p = row.split(QLatin1Char('|'));
        f.exec(QStringLiteral("INSERT INTO incidents (id, fingerprint, occurred_on, occurred_time, category) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {900000 + n, QStringLiteral("pattern-%1").arg(n), p.at(0), p.at(1).isEmpty() ? QVariant() : p.at(1),
                p.at(2)});
        ++n;
    }
    // The first four hand-picked, the vandalism through the rule; the April theft is not linked.
    f.exec(QStringLiteral("INSERT INTO case_incidents (case_id, incident_id) VALUES (?, 900000), (?, 900001), (?, 900002), "
                          "(?, 900003)"),
           {id, id, id, id});
    f.exec(QStringLiteral("INSERT INTO case_incident_rules (case_id, categories) VALUES (?, '[\"Vandalism-T\"]')"), {id});
    f.exec(QStringLiteral("INSERT INTO concerns (case_id, text, raised_on, category, updated_at) VALUES "
                          "(?, 'a', '2026-01-01', 'Noise', 'x'), (?, 'b', '2026-01-01', 'Noise', 'x'), "
                          "(?, 'c', '2026-01-01', 'Litter', 'x')"),
           {id, id, id});

    auto* patterns = f.tab<PatternsTab>();
    patterns->showCase(id);
    CHECK(patterns->incidentCount() == 5);
    const sara::WeekHourCounts& grid = patterns->heatGrid()->counts();
    CHECK(grid.at(0, 8) == 2);
    CHECK(grid.at(2, 22) == 1);
    CHECK(grid.at(5, 23) == 1);
    CHECK(grid.withoutTime == 1);
    CHECK(grid.total() == 4);
    QList<qreal> trend;
    for (const QPointF& p : patterns->trendSeries()->points())
        trend << p.y();
    CHECK(trend == QList<qreal>{3, 0, 2});
    CHECK(patterns->categoryAxis()->categories() ==
          QStringList{QStringLiteral("Vandalism-T"), QStringLiteral("Nuisance-T"), QStringLiteral("Theft-T")});
    CHECK(patterns->categorySet()->at(0) == 1);
    CHECK(patterns->categorySet()->at(1) == 1);
    CHECK(patterns->categorySet()->at(2) == 3);
    CHECK(patterns->concernAxis()->categories() == QStringList{QStringLiteral("Litter"), QStringLiteral("Noise")});
    CHECK(patterns->concernSet()->at(0) == 1);
    CHECK(patterns->concernSet()->at(1) == 2);

    patterns->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(patterns->incidentCount() == 3);
    CHECK(patterns->trendSeries()->count() == 1);
    CHECK(patterns->trendSeries()->at(0).y() == 3);
    CHECK(patterns->categoryAxis()->categories() == QStringList{QStringLiteral("Nuisance-T"), QStringLiteral("Theft-T")});
    CHECK(patterns->heatGrid()->counts().withoutTime == 0);
    patterns->showWholePeriod();
    CHECK(patterns->incidentCount() == 5);

    // A case without incidents shows empty charts.
    patterns->showCase(f.page->addCase(QStringLiteral("Nothing linked yet")));
    CHECK(patterns->incidentCount() == 0);
    CHECK(patterns->trendSeries()->count() == 0);
    CHECK(patterns->categorySet()->count() == 0);
}

TEST_CASE("ui: screenshots of the home, analyse and patterns tabs", "[.manual]")
{
    AnalyseFixture f;
    const qint64 id = f.caseIdOf(QStringLiteral("Bicycle theft at the station racks"));
    // Some incidents for the pattern charts (the demo's incidents belong to another part).
    for (int i = 0; i < 400; ++i) {
        const QDate day = QDate(2025, 10, 1).addDays((i * 37) % 365);
        const int hour = 7 + (i * 13) % 11;
        const char* category = i % 5 == 0 ? "Vol de vélo avec violence" : i % 3 == 0 ? "Tentative de vol" : "Vol de vélo";
        f.exec(QStringLiteral("INSERT INTO incidents (fingerprint, occurred_on, occurred_time, category) VALUES "
                              "(?, ?, ?, ?)"),
               {QStringLiteral("shot-%1").arg(i), day.toString(Qt::ISODate),
                i % 17 == 0 ? QVariant() : QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg((i * 7) % 60, 2, 10, QLatin1Char('0')),
                QString::fromUtf8(category)});
    }
    f.exec(QStringLiteral("INSERT INTO case_incident_rules (case_id) VALUES (?)"), {id});
    f.page->selectCase(id);
    f.window.resize(1600, 1000);
    for (int index = 0; index < f.page->caseTabs()->count(); ++index) {
        f.page->caseTabs()->setCurrentIndex(index);
        QTest::qWait(50);
        const QString name = f.page->caseTabs()->tabText(index).remove(QLatin1Char('&'));
        f.page->caseTabs()->currentWidget()->grab().save(QStringLiteral("/tmp/analyse_tab_%1.png").arg(name));
    }
    f.window.grab().save(QStringLiteral("/tmp/analyse_window.png"));
    QList<StageGateRequest> asked;
    auto check = StageRepository(f.ws()).check(f.caseIdOf(QStringLiteral("Parking on pavements at the market")),
                                               SaraStage::Respond);
    StageGateDialog dialog({CaseRepository(f.ws()).find(id).value(), SaraStage::Scan, SaraStage::Respond,
                            check.value()});
    dialog.resize(520, 360);
    dialog.show();
    QTest::qWait(20);
    dialog.grab().save(QStringLiteral("/tmp/analyse_gate.png"));
}
