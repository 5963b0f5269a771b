// The Budget page on the demo workspace: what-if capacities, rules side by side, acceptance, the sheet.
#include "TestSupport.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/budget/BudgetComparisonModel.h"
#include "ui/budget/BudgetPage.h"
#include "ui/budget/BudgetProposalModel.h"
#include "ui/budget/BudgetResultsPanel.h"
#include "ui/budget/BudgetRoundEditor.h"
#include "ui/budget/BudgetWhatIfRunner.h"
#include "core/budget/RoundInstance.h"
#include "core/budgeting/BudgetText.h"
#include "core/demo/DemoWorkspace.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace proxima;
using budgeting::BudgetRule;

namespace {

void waitForOutcomes(BudgetPage& page)
{
    QElapsedTimer timer;
    timer.start();
    while (page.isComputing() && timer.elapsed() < 20000)
        QTest::qWait(20);
    REQUIRE_FALSE(page.isComputing());
}

QStringList fundedIds(const BudgetPage& page, BudgetRule rule)
{
    for (const RuleOutcome& outcome : page.outcomes().rules) {
        if (outcome.rule == rule && outcome.result) {
            QStringList ids;
            for (int p : outcome.result->funded)
                ids << page.outcomes().instance.projects[size_t(p)].id;
            return ids;
        }
    }
    return {};
}

const budgeting::BudgetResult& resultOf(const BudgetPage& page, BudgetRule rule)
{
    for (const RuleOutcome& outcome : page.outcomes().rules) {
        if (outcome.rule == rule && outcome.result)
            return *outcome.result;
    }
    FAIL("no result");
    throw 0;
}

struct BudgetFixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    BudgetFixture()
    {
        const QString path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        session = std::make_unique<WorkspaceSession>(std::move(ws).value());
    }
};

} // namespace

TEST_CASE("ui: budget what-if, rules side by side, accept and undo", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    page.resize(1500, 950);
    QAbstractItemModelTester proposalTester(page.proposalModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester comparisonTester(page.results()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitForOutcomes(page);
    REQUIRE(page.round().name == QStringLiteral("Q4 2026"));
    REQUIRE(page.outcomes().rules.size() == 6);
    CHECK(page.results()->chartCount() == 3);
    CHECK(page.proposalModel()->rowCount() == 11);
    CHECK(page.results()->model()->columnCount() == 7);
    CHECK(page.results()->sharesText().contains(QStringLiteral("Voters with at least one funded proposal")));

    // Every rule respects every capacity.
    for (const RuleOutcome& outcome : page.outcomes().rules) {
        REQUIRE(outcome.result);
        for (size_t r = 0; r < 3; ++r)
            CHECK(outcome.result->totalCost[r] <= page.outcomes().instance.resources[r].capacity);
    }
    const QStringList greedyBefore = fundedIds(page, BudgetRule::Greedy);
    const QStringList mesBefore = fundedIds(page, BudgetRule::EqualShares);

    // Fewer police hours: what the rules fund changes, and stays within the new capacity.
    page.setWhatIfCapacity(0, 40);
    CHECK(page.whatIfCapacity(0) == QStringLiteral("40"));
    waitForOutcomes(page);
    CHECK(page.outcomes().instance.resources[0].capacity == 40);
    const QStringList greedyAfter = fundedIds(page, BudgetRule::Greedy);
    CHECK(greedyAfter != greedyBefore);
    for (const RuleOutcome& outcome : page.outcomes().rules)
        CHECK(outcome.result->totalCost[0] <= 40);
    // The comparison table shows the same: a ✓ with the selection order, the explanation as tooltip.
    auto* model = page.results()->model();
    const int greedyColumn = 1;
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isFunded(row, greedyColumn)) {
            ++checked;
            CHECK(model->index(row, greedyColumn).data().toString().startsWith(QStringLiteral("✓")));
        }
        CHECK_FALSE(model->index(row, greedyColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }
    CHECK(checked == greedyAfter.size());
    page.results()->table()->setCurrentIndex(model->index(0, 0));
    CHECK(page.results()->explanationText().contains(QStringLiteral("mes-add1u:")));

    // The stored round is untouched by a what-if; saving it is one undoable step.
    CHECK(BudgetRepository(fixture.session->workspace()).load(page.currentRoundId())->pools[0].capacity
          == QStringLiteral("160"));
    page.saveCapacities();
    CHECK(BudgetRepository(fixture.session->workspace()).load(page.currentRoundId())->pools[0].capacity
          == QStringLiteral("40"));
    fixture.session->undo();
    CHECK(BudgetRepository(fixture.session->workspace()).load(page.currentRoundId())->pools[0].capacity
          == QStringLiteral("160"));
    waitForOutcomes(page);
    page.setWhatIfCapacity(0, 40);
    waitForOutcomes(page);

    // Accept the greedy allocation: funded actions get the proposal's resources and start; others untouched.
    ActionRepository actions(fixture.session->workspace());
    const QList<ResponseAction> before = *actions.listAll();
    const BudgetRound round = page.round();
    const budgeting::BudgetResult& greedy = resultOf(page, BudgetRule::Greedy);
    REQUIRE(page.acceptAllocation(BudgetRule::Greedy));
    const auto allocations = BudgetRepository(fixture.session->workspace()).allocations(round.id);
    REQUIRE(allocations->size() == 1);
    CHECK(allocations->first().rule == QStringLiteral("greedy"));
    CHECK(allocations->first().capacities.contains(QStringLiteral("\"Police officer hours\":\"40\"")));
    std::vector<bool> funded(size_t(round.proposals.size()), false);
    for (int p : greedy.funded)
        funded[size_t(p)] = true;
    for (int p = 0; p < round.proposals.size(); ++p) {
        const BudgetProposal& proposal = round.proposals.at(p);
        double police = 0, volunteers = 0, euros = 0;
        for (qint64 id : proposal.actionIds) {
            const ResponseAction now = *actions.find(id);
            const auto old = std::find_if(before.begin(), before.end(), [&](const ResponseAction& a) { return a.id == id; });
            police += now.policeHours;
            volunteers += now.volunteerHours;
            euros += now.euros;
            if (funded[size_t(p)]) {
                CHECK(now.status == ActionStatus::InProgress);
            } else {
                CHECK(now.status == ActionStatus::Planned);
                CHECK(now.revision == old->revision);
            }
        }
        if (funded[size_t(p)]) {
            CHECK(police == Approx(proposal.costIn(round.pools[0].id).toDouble()));
            CHECK(volunteers == Approx(proposal.costIn(round.pools[1].id).toDouble()));
            CHECK(euros == Approx(proposal.costIn(round.pools[2].id).toDouble()));
        }
    }
    // The two-action bundle splits its cost as its actions asked: 0 + 12 police hours of 12.
    const ResponseAction sessions = *actions.find(round.proposals[0].actionIds[1]);
    if (funded[0])
        CHECK(sessions.policeHours == 12);

    fixture.session->undo();
    CHECK(BudgetRepository(fixture.session->workspace()).allocations(round.id)->isEmpty());
    const QList<ResponseAction> restored = *actions.listAll();
    REQUIRE(restored.size() == before.size());
    for (int i = 0; i < restored.size(); ++i) {
        CHECK(restored[i].status == before[i].status);
        CHECK(restored[i].policeHours == before[i].policeHours);
        CHECK(restored[i].euros == before[i].euros);
    }
    fixture.session->redo();
    CHECK(BudgetRepository(fixture.session->workspace()).allocations(round.id)->size() == 1);

    // The allocation sheet is a PDF.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(page.exportSheet(pdf, BudgetRule::EqualShares).ok());
    CHECK(test::readAll(pdf).startsWith("%PDF"));
    CHECK(mesBefore.size() > 0);
}

TEST_CASE("ui: budget constraints, proposals from actions and pabulib import", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    // Must fund the last proposal: every rule funds it (greedy and equal shares first of all).
    auto* proposals = page.proposalModel();
    const int last = proposals->rowCount() - 1;
    REQUIRE(proposals->setData(proposals->index(last, proposals->mustColumn()), Qt::Checked, Qt::CheckStateRole));
    waitForOutcomes(page);
    CHECK(page.round().proposals[last].mustFund);
    for (const RuleOutcome& outcome : page.outcomes().rules) {
        const auto& funded = outcome.result->funded;
        CHECK(std::find(funded.begin(), funded.end(), last) != funded.end());
        if (outcome.rule != BudgetRule::Exact)
            CHECK(funded.front() == last);
    }
    fixture.session->undo();
    waitForOutcomes(page);
    CHECK_FALSE(page.round().proposals[last].mustFund);

    // A cost edit is exact text.
    REQUIRE(proposals->setData(proposals->index(0, proposals->costColumn(2)), QStringLiteral("2500.50")));
    CHECK(page.round().proposals[0].costIn(page.round().pools[2].id) == QStringLiteral("2500.50"));
    CHECK_FALSE(proposals->setData(proposals->index(0, proposals->costColumn(2)), QStringLiteral("lots")));

    CHECK(page.addConstraint(0, 1, false));
    CHECK_FALSE(page.addConstraint(0, 1, false));   // already there
    CHECK(page.round().incompatible.size() == 2);

    // The open actions of the cases in Respond become proposals once; a new action becomes one more.
    qint64 respondCase = 0;
    int open = 0;
    const QList<ProblemCase> allCases = CaseRepository(fixture.session->workspace()).list().value();
    for (const ProblemCase& c : allCases) {
        if (c.stage != SaraStage::Respond)
            continue;
        respondCase = c.id;
        const QList<ResponseAction> plan = ActionRepository(fixture.session->workspace()).listForCase(c.id).value();
        for (const ResponseAction& a : plan)
            open += (a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress) ? 1 : 0;
    }
    REQUIRE(open > 0);
    CHECK(page.createProposalsFromActions() == open);
    CHECK(page.createProposalsFromActions() == 0);
    ResponseAction extra;
    extra.caseId = respondCase;
    extra.title = QStringLiteral("Women's safety walk");
    extra.policeHours = 6;
    extra.euros = 150.5;
    REQUIRE(ActionRepository(fixture.session->workspace()).add(extra).ok());
    CHECK(page.createProposalsFromActions() == 1);
    const BudgetProposal& added = page.round().proposals.last();
    CHECK(added.title == extra.title);
    CHECK(added.costIn(page.round().pools[0].id) == QStringLiteral("6"));
    CHECK(added.costIn(page.round().pools[1].id) == QStringLiteral("0"));
    CHECK(added.costIn(page.round().pools[2].id) == QStringLiteral("150.5"));

    REQUIRE(page.importPabulib(test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb"))).ok());
    waitForOutcomes(page);
    CHECK(page.round().proposals.size() == 17);
    CHECK(page.round().ballots.size() == 457);
    CHECK(page.results()->chartCount() == 1);
    fixture.session->undo();
    CHECK(BudgetRepository(fixture.session->workspace()).listRounds()->size() == 1);
}

TEST_CASE("ui: a round the workspace refuses leaves the page on its round and the undo stack as it was",
          "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    const qint64 shown = page.currentRoundId();
    REQUIRE(shown > 0);
    QSignalSpy errors(fixture.session.get(), &WorkspaceSession::errorOccurred);
    // The database refuses every new round (as a full disk or a read-only share would): the command fails in its
    // first redo, becomes obsolete and the undo stack deletes it inside push().
    QSqlQuery refuse(fixture.session->workspace().database());
    REQUIRE(refuse.exec(QStringLiteral("CREATE TRIGGER refuse_rounds BEFORE INSERT ON budget_rounds "
                                       "BEGIN SELECT RAISE(ABORT, 'no new rounds here'); END")));
    const int steps = fixture.session->undoStack()->count();

    CHECK(page.newRound() == 0);
    CHECK(page.currentRoundId() == shown);
    CHECK(errors.size() == 1);

    const Status imported = page.importPabulib(test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb")));
    CHECK_FALSE(imported.ok());
    CHECK(page.currentRoundId() == shown);
    CHECK(errors.size() == 2);
    CHECK(fixture.session->undoStack()->count() == steps);
    CHECK(BudgetRepository(fixture.session->workspace()).listRounds()->size() == 1);

    // A file the repository would refuse (a voter lists a project twice) is an error naming the file, its line and
    // the field, and nothing is pushed.
    REQUIRE(refuse.exec(QStringLiteral("DROP TRIGGER refuse_rounds")));
    QTemporaryDir dir;
    const QString twice = dir.filePath(QStringLiteral("twice.pb"));
    test::writeAll(twice, "META\nkey;value\ndescription;Twice\nbudget;100\nvote_type;approval\n"
                          "PROJECTS\nproject_id;cost;name\n1;60;Bench\n2;50;Lamp\n"
                          "VOTES\nvoter_id;vote\nv1;1,2\nv2;2,2\n");
    const Status refused = page.importPabulib(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == twice);
    CHECK(refused.error().line == 13);
    // The reader refuses it first, naming the file's own column.
    CHECK(refused.error().field == QStringLiteral("vote"));
    CHECK(refused.error().message.contains(QStringLiteral("twice")));
    CHECK(page.currentRoundId() == shown);
    CHECK(fixture.session->undoStack()->count() == steps);

    // Once the workspace accepts rounds again, a new round is stored, shown and undoable.
    const qint64 added = page.newRound();
    CHECK(added > 0);
    CHECK(page.currentRoundId() == added);
    CHECK(fixture.session->undoStack()->count() == steps + 1);
}

TEST_CASE("ui: the what-if runner delivers the latest instance only, and nothing once cancelled", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    BudgetWhatIfRunner* runner = page.runner();
    QSignalSpy started(runner, &BudgetWhatIfRunner::started);
    QSignalSpy delivered(runner, &BudgetWhatIfRunner::outcomesReady);
    budgeting::BudgetInstance first = page.editor()->whatIfInstance();
    budgeting::BudgetInstance second = first;
    REQUIRE_FALSE(first.resources.empty());
    first.resources[0].capacity = 10;
    second.resources[0].capacity = 20;

    // A newer instance while a run is under way: the stale run is dropped, the newer one delivered once.
    runner->schedule(first);
    REQUIRE(started.wait(5000));
    runner->schedule(second);
    waitForOutcomes(page);
    CHECK(delivered.size() == 1);
    CHECK(runner->outcomes().instance.resources[0].capacity == 20);
    CHECK(runner->outcomes().rules.size() == 6);
    CHECK(page.results()->model()->outcomes().instance.resources[0].capacity == 20);

    // Cancelled before it ran: nothing is delivered and the last outcomes stay.
    runner->schedule(first);
    runner->cancel();
    CHECK_FALSE(runner->isComputing());
    QTest::qWait(400);
    CHECK(delivered.size() == 1);
    CHECK(runner->outcomes().instance.resources[0].capacity == 20);

    // Cancelled while running (unless the run already delivered): it stops and delivers nothing.
    runner->schedule(first);
    REQUIRE(started.wait(5000));
    const bool running = runner->isComputing();
    const qsizetype before = delivered.size();
    runner->cancel();
    waitForOutcomes(page);
    QTest::qWait(100);
    if (running) {
        CHECK(delivered.size() == before);
        CHECK(runner->outcomes().instance.resources[0].capacity == 20);
    }
}

TEST_CASE("ui: grab the Budget page", "[.manual][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    page.resize(1500, 950);
    page.show();
    waitForOutcomes(page);
    page.results()->table()->setCurrentIndex(page.results()->model()->index(4, 0));
    QTest::qWait(50);
    REQUIRE(page.grab().save(QStringLiteral("/tmp/budget_page.png")));
}

TEST_CASE("ui: the round's support can come from a closed vote, undoably", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    REQUIRE(page.round().ballotKind == SupportBallotKind::Approval);
    const qsizetype approvals = page.round().ballots.size();
    qint64 closed = 0;
    const QList<VotingSession> sessions = VotingRepository(fixture.session->workspace()).list().value();
    for (const VotingSession& s : sessions)
        if (s.state == VotingState::Closed)
            closed = s.id;
    REQUIRE(closed > 0);
    REQUIRE(page.supportFromVotingSession(closed));
    waitForOutcomes(page);
    CHECK(page.round().ballotKind == SupportBallotKind::Ranked);
    CHECK(page.round().ballots.size() == 10);
    fixture.session->undo();
    const BudgetRound restored = BudgetRepository(fixture.session->workspace()).load(page.round().id).value();
    CHECK(restored.ballotKind == SupportBallotKind::Approval);
    CHECK(restored.ballots.size() == approvals);
}

TEST_CASE("ui: a proposal's minimum is edited, validated, undoable and funds it at its minimum", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    QSignalSpy errors(fixture.session.get(), &WorkspaceSession::errorOccurred);
    auto* proposals = page.proposalModel();
    CHECK(proposals->headerData(proposals->minimumColumn(0), Qt::Horizontal).toString()
          == QStringLiteral("Police officer hours minimum"));
    CHECK(proposals->headerData(proposals->maximumColumn(2), Qt::Horizontal).toString()
          == QStringLiteral("Euros maximum"));

    // Validation: 0 <= minimum <= cost <= maximum, the error names the field; nothing is saved.
    const BudgetRound start = page.round();
    const QString cost0 = start.proposals[0].costIn(start.pools[0].id);
    CHECK_FALSE(proposals->setData(proposals->index(0, proposals->minimumColumn(0)), QStringLiteral("-1")));
    REQUIRE(errors.size() == 1);
    CHECK(errors.last().at(0).value<Error>().field == QStringLiteral("minimum"));
    CHECK_FALSE(proposals->setData(proposals->index(0, proposals->minimumColumn(0)), cost0 + QStringLiteral("1")));
    CHECK(errors.last().at(0).value<Error>().field == QStringLiteral("minimum"));
    CHECK(errors.last().at(0).value<Error>().message.contains(QStringLiteral("is above its cost")));
    CHECK_FALSE(proposals->setData(proposals->index(0, proposals->maximumColumn(0)), QStringLiteral("0.5")));
    CHECK(errors.last().at(0).value<Error>().field == QStringLiteral("maximum"));
    CHECK(errors.size() == 3);
    CHECK(BudgetRepository(fixture.session->workspace()).load(start.id)->proposals == start.proposals);

    // With 40 police hours greedy leaves proposals out; take one that did not fit (no constraint in the way).
    page.setWhatIfCapacity(0, 40);
    waitForOutcomes(page);
    const budgeting::BudgetResult before = resultOf(page, BudgetRule::Greedy);
    const budgeting::BudgetInstance& instance = page.outcomes().instance;
    int target = -1;
    for (size_t p = 0; p < instance.projects.size() && target < 0; ++p) {
        const auto& explanation = before.explanations[p];
        if (!explanation.funded && explanation.text.contains(QStringLiteral("does not fit")))
            target = int(p);
    }
    REQUIRE(target >= 0);
    // Its minimum in each pool where it does not fit is exactly what greedy left there.
    std::vector<mpq_class> left, expected;
    for (size_t r = 0; r < 3; ++r) {
        left.push_back(instance.resources[r].capacity - before.totalCost[r]);
        const mpq_class& cost = instance.projects[size_t(target)].cost[r];
        expected.push_back(cost > left[r] ? left[r] : cost);
    }
    const int undoBefore = fixture.session->undoStack()->index();
    for (int r = 0; r < 3; ++r) {
        if (expected[size_t(r)] == instance.projects[size_t(target)].cost[size_t(r)])
            continue;
        REQUIRE(proposals->setData(proposals->index(target, proposals->minimumColumn(r)),
                                   io::PabulibWriter::decimalText(expected[size_t(r)])));
    }
    CHECK(fixture.session->undoStack()->index() > undoBefore);
    CHECK(fixture.session->undoStack()->undoText().startsWith(QStringLiteral("Minimum of")));
    waitForOutcomes(page);
    CHECK(page.whatIfCapacity(0) == QStringLiteral("40"));
    const budgeting::BudgetResult& after = resultOf(page, BudgetRule::Greedy);
    REQUIRE(after.funded.size() == before.funded.size() + 1);
    CHECK(after.funded.back() == target);
    CHECK(std::equal(before.funded.begin(), before.funded.end(), after.funded.begin()));
    CHECK(after.amounts.back().amount == expected);
    CHECK(after.explanations[size_t(target)].text.startsWith(QStringLiteral("Funded at its minimum of ")));
    CHECK(page.results()->model()->index(target, 1).data().toString().startsWith(
        QStringLiteral("✓ %1 (").arg(after.funded.size())));
    page.results()->table()->setCurrentIndex(page.results()->model()->index(target, 0));
    CHECK(page.results()->explanationText().contains(QStringLiteral("Funded at its minimum of ")));
    CHECK(page.results()->explanationText().contains(
        QStringLiteral("Receives %1.").arg(budgeting::formatCost(instance, expected))));

    // Accepting gives the target's actions its minimum amounts, split as the actions asked.
    ActionRepository actions(fixture.session->workspace());
    REQUIRE(page.acceptAllocation(BudgetRule::Greedy));
    const BudgetProposal& proposal = page.round().proposals[target];
    double police = 0, volunteers = 0, euros = 0;
    for (qint64 id : proposal.actionIds) {
        const ResponseAction now = *actions.find(id);
        police += now.policeHours;
        volunteers += now.volunteerHours;
        euros += now.euros;
        CHECK(now.status == ActionStatus::InProgress);
    }
    CHECK(police == Approx(expected[0].get_d()));
    CHECK(volunteers == Approx(expected[1].get_d()));
    CHECK(euros == Approx(expected[2].get_d()));
    fixture.session->undo();

    // Undo removes the minimums: the target is no longer funded.
    while (fixture.session->undoStack()->index() > undoBefore)
        fixture.session->undo();
    waitForOutcomes(page);
    CHECK(page.round().proposals == start.proposals);
    CHECK(resultOf(page, BudgetRule::Greedy).funded == before.funded);
}

TEST_CASE("ui: the round's period is editable and undoable; pabulib export of one pool", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    waitForOutcomes(page);
    QSignalSpy errors(fixture.session.get(), &WorkspaceSession::errorOccurred);
    const qint64 id = page.currentRoundId();
    REQUIRE(page.round().from == QDate(2026, 10, 1));
    REQUIRE(page.setPeriod(QDate(2027, 1, 1), QDate(2027, 3, 31)));
    BudgetRound stored = *BudgetRepository(fixture.session->workspace()).load(id);
    CHECK(stored.from == QDate(2027, 1, 1));
    CHECK(stored.to == QDate(2027, 3, 31));
    auto* from = page.findChild<QDateEdit*>(QStringLiteral("periodFrom"));
    REQUIRE(from);
    CHECK(from->date() == QDate(2027, 1, 1));
    CHECK_FALSE(page.setPeriod(QDate(2027, 3, 31), QDate(2027, 1, 1)));   // ends before it starts
    REQUIRE(errors.size() == 1);
    CHECK(errors.last().at(0).value<Error>().field == QStringLiteral("to"));
    CHECK_FALSE(page.setPeriod(QDate(2027, 1, 1), QDate(2027, 3, 31)));   // unchanged
    // No period at all is allowed.
    REQUIRE(page.setPeriod(QDate(), QDate()));
    CHECK_FALSE(BudgetRepository(fixture.session->workspace()).load(id)->from.isValid());
    CHECK(from->date() == from->minimumDate());
    fixture.session->undo();
    fixture.session->undo();
    stored = *BudgetRepository(fixture.session->workspace()).load(id);
    CHECK(stored.from == QDate(2026, 10, 1));
    CHECK(stored.to == QDate(2026, 12, 31));
    CHECK(from->date() == QDate(2026, 10, 1));

    // Export one pool: its capacity is the budget and its costs the projects' costs; an unknown pool is named.
    QTemporaryDir out;
    const BudgetRound& round = page.round();
    REQUIRE(page.exportPabulib(out.filePath(QStringLiteral("volunteers.pb")), round.pools[1].id).ok());
    const io::PabulibDocument document =
        io::PabulibReader::readDocument(out.filePath(QStringLiteral("volunteers.pb"))).value();
    CHECK(document.metaValue(QStringLiteral("budget")) == QStringLiteral("300"));
    REQUIRE(document.projects.size() == size_t(round.proposals.size()));
    for (int p = 0; p < round.proposals.size(); ++p)
        CHECK(document.projects[size_t(p)].cells.at(1) == round.proposals[p].costIn(round.pools[1].id));
    const Status missing = page.exportPabulib(out.filePath(QStringLiteral("none.pb")), 987654);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("pool"));
    CHECK(missing.error().message.contains(QStringLiteral("987654")));
}

TEST_CASE("ui: the comparison and the resource charts each have a tab of the results", "[ui][budget]")
{
    BudgetFixture fixture;
    BudgetPage page(*fixture.session);
    page.resize(1366, 768);   // a laptop screen
    waitForOutcomes(page);
    QTabWidget* views = page.results()->views();
    REQUIRE(views->count() == 2);
    CHECK(views->currentIndex() == 0);
    CHECK(views->currentWidget()->isAncestorOf(page.results()->table()));
    views->setCurrentIndex(1);
    CHECK(page.results()->chartCount() == 3);
    // PROXIMA_SHOTS=folder keeps pictures of both tabs, for a look at the layout.
    if (const QString shots = qEnvironmentVariable("PROXIMA_SHOTS"); !shots.isEmpty()) {
        page.grab().save(shots + QStringLiteral("/budget-charts.png"));
        views->setCurrentIndex(0);
        page.grab().save(shots + QStringLiteral("/budget-comparison.png"));
    }
}
