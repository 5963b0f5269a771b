#include "TestSupport.h"

#include "core/budget/BudgetSupport.h"
#include "core/budget/RoundInstance.h"
#include "core/budget/RoundPabulib.h"
#include "core/budgeting/BudgetRules.h"
#include "core/demo/DemoWorkspace.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace proxima;

namespace {

std::unique_ptr<Workspace> emptyWorkspace(QTemporaryDir& dir)
{
    auto ws = Workspace::create(dir.filePath(QStringLiteral("b.proxima")));
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

BudgetRound smallRound()
{
    BudgetRound round;
    round.name = QStringLiteral("Q1 2027");
    round.from = QDate(2027, 1, 1);
    round.to = QDate(2027, 3, 31);
    round.pools = {{-1, PoolKind::Euros, QStringLiteral("Euros"), QStringLiteral("€"), QStringLiteral("1000.10")},
                   {-2, PoolKind::Custom, QStringLiteral("Van days"), QStringLiteral("days"), QStringLiteral("0.3")}};
    BudgetProposal a;
    a.id = -1;
    a.code = QStringLiteral("007");
    a.title = QStringLiteral("Lights");
    a.costs = {{-1, QStringLiteral("500.05"), QStringLiteral("400"), QString()}, {-2, QStringLiteral("0.1"), {}, {}}};
    BudgetProposal b;
    b.id = -2;
    b.title = QStringLiteral("Mural");
    b.costs = {{-1, QStringLiteral("500.05"), {}, QStringLiteral("900")}, {-2, QStringLiteral("0.2"), {}, {}}};
    b.excluded = true;
    BudgetProposal c;
    c.id = -3;
    c.title = QStringLiteral("Patrol");
    c.mustFund = true;
    round.proposals = {a, b, c};
    round.incompatible = {{-1, -3}};
    round.dependsOn = {{-2, -1}};
    round.ballots = {{QStringLiteral("v1"), {-1, -2}, {1, 1}, {}}, {QStringLiteral("v2"), {-3}, {1}, {}},
                     {QStringLiteral("v3"), {}, {}, {}}};
    return round;
}

} // namespace

TEST_CASE("a budgeting round keeps pools, proposals, constraints and ballots", "[storage][budget]")
{
    QTemporaryDir dir;
    auto ws = emptyWorkspace(dir);
    BudgetRepository repository(*ws);
    auto added = repository.add(smallRound());
    REQUIRE(added.ok());
    const BudgetRound& r = *added;
    REQUIRE(r.pools.size() == 2);
    CHECK(r.pools[0].capacity == QStringLiteral("1000.10"));
    CHECK(r.pools[1].name == QStringLiteral("Van days"));
    REQUIRE(r.proposals.size() == 3);
    CHECK(r.proposals[0].code == QStringLiteral("007"));
    CHECK(r.proposals[1].code == QString::number(r.proposals[1].id));   // no code of its own: its id
    CHECK(r.proposals[0].costs[0] == ProposalCost{r.pools[0].id, QStringLiteral("500.05"), QStringLiteral("400"), {}});
    CHECK(r.proposals[1].costs[0].maximum == QStringLiteral("900"));
    CHECK(r.proposals[1].excluded);
    CHECK(r.proposals[2].mustFund);
    CHECK(r.proposals[2].costs.isEmpty());
    REQUIRE(r.incompatible.size() == 1);
    CHECK(r.incompatible[0] == ProposalPair{r.proposals[0].id, r.proposals[2].id});
    CHECK(r.dependsOn[0] == ProposalPair{r.proposals[1].id, r.proposals[0].id});
    REQUIRE(r.ballots.size() == 3);
    CHECK(r.ballots[0].proposalIds == QList<qint64>{r.proposals[0].id, r.proposals[1].id});
    CHECK(r.ballots[2].proposalIds.isEmpty());
    CHECK(r.revision == 1);

    // Edit: drop a proposal, add one, change a capacity; the dropped proposal's constraints and votes go with it.
    BudgetRound edited = r;
    edited.pools[0].capacity = QStringLiteral("2000");
    edited.proposals.removeAt(1);
    edited.dependsOn.clear();
    BudgetProposal d;
    d.id = -9;
    d.title = QStringLiteral("Bench");
    d.costs = {{edited.pools[0].id, QStringLiteral("12.5"), {}, {}}};
    edited.proposals.append(d);
    edited.incompatible.append({-9, edited.proposals[0].id});
    auto saved = repository.save(edited);
    REQUIRE(saved.ok());
    CHECK(saved->revision == 2);
    CHECK(saved->pools[0].capacity == QStringLiteral("2000"));
    REQUIRE(saved->proposals.size() == 3);
    CHECK(saved->proposals[2].title == QStringLiteral("Bench"));
    CHECK(saved->incompatible.size() == 2);
    CHECK(saved->incompatible[1].first == saved->proposals[2].id);
    auto reloaded = repository.load(r.id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->ballots[0].proposalIds == QList<qint64>{r.proposals[0].id});

    // A stale save is a conflict; overwrite wins.
    auto stale = repository.save(r);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(repository.save(r, OnConflict::Overwrite).ok());

    CHECK(repository.listRounds()->size() == 1);
    CHECK(repository.remove(r.id, repository.load(r.id)->revision).ok());
    CHECK(repository.listRounds()->isEmpty());
}

TEST_CASE("invalid rounds and ballots are refused naming the field", "[storage][budget]")
{
    QTemporaryDir dir;
    auto ws = emptyWorkspace(dir);
    BudgetRepository repository(*ws);
    BudgetRound round = smallRound();
    round.pools[0].capacity = QStringLiteral("12 000");
    CHECK(repository.add(round).error().field == QStringLiteral("capacity"));
    round = smallRound();
    round.proposals[0].costs[0].cost = QStringLiteral("-3");
    CHECK(repository.add(round).error().field == QStringLiteral("cost"));
    round = smallRound();
    round.pools[1].name = QStringLiteral("euros");
    CHECK(repository.add(round).error().field == QStringLiteral("pools"));
    round = smallRound();
    round.proposals[1].mustFund = true;
    CHECK(repository.add(round).error().field == QStringLiteral("constraints"));
    round = smallRound();
    round.ballots[0].proposalIds = {-1, -1};
    CHECK(repository.add(round).error().field == QStringLiteral("proposal"));
    round = smallRound();
    round.name = QStringLiteral("  ");
    CHECK(repository.add(round).error().field == QStringLiteral("name"));
    CHECK(repository.listRounds()->isEmpty());

    auto added = repository.add(smallRound());
    REQUIRE(added.ok());
    const Status outside = BudgetSupport::setBallots(*ws, added->id, SupportBallotKind::Approval,
                                                     {{QStringLiteral("x"), {999999}, {}}});
    CHECK(outside.error().field == QStringLiteral("proposal"));
    const Status missingPoints = BudgetSupport::setBallots(*ws, added->id, SupportBallotKind::Score,
                                                           {{QStringLiteral("x"), {added->proposals[0].id}, {}}});
    CHECK(missingPoints.error().field == QStringLiteral("points"));
    CHECK(repository.ballots(added->id)->size() == 3);   // unchanged
}

TEST_CASE("toInstance keeps decimals exact and maps constraints and ballots", "[storage][budget]")
{
    QTemporaryDir dir;
    auto ws = emptyWorkspace(dir);
    auto added = BudgetRepository(*ws).add(smallRound());
    REQUIRE(added.ok());
    auto instance = RoundInstance::toInstance(*added);
    REQUIRE(instance.ok());
    REQUIRE(instance->resources.size() == 2);
    CHECK(instance->resources[0].id == QStringLiteral("Euros"));
    CHECK(instance->resources[0].capacity == mpq_class(10001, 10));
    CHECK(instance->resources[1].capacity == mpq_class(3, 10));
    CHECK(instance->projects[0].id == QStringLiteral("007"));
    CHECK(instance->projects[0].cost == std::vector<mpq_class>{mpq_class(10001, 20), mpq_class(1, 10)});
    CHECK(instance->projects[2].cost == std::vector<mpq_class>{mpq_class(0), mpq_class(0)});
    // 0.1 + 0.2 is exactly 0.3: both fit the van days together.
    CHECK(instance->projects[0].cost[1] + instance->projects[1].cost[1] == instance->resources[1].capacity);
    CHECK(instance->constraints.mustFund == std::vector<int>{2});
    CHECK(instance->constraints.excluded == std::vector<int>{1});
    CHECK(instance->constraints.incompatible == std::vector<std::pair<int, int>>{{0, 2}});
    CHECK(instance->constraints.dependsOn == std::vector<std::pair<int, int>>{{1, 0}});
    REQUIRE(instance->ballots.size() == 3);
    CHECK(instance->ballots[0].projects == std::vector<int>{0, 1});
    CHECK(instance->ballots[0].voterId == QStringLiteral("v1"));
    CHECK(instance->ballotKind == budgeting::BallotKind::Approval);

    // Aggregated counts instead of ballots.
    REQUIRE(BudgetSupport::setCounts(*ws, added->id, {{added->proposals[0].id, 40}, {added->proposals[2].id, 7}}).ok());
    auto counted = BudgetRepository(*ws).load(added->id);
    REQUIRE(counted.ok());
    CHECK(counted->supportFromCounts);
    CHECK(counted->ballots.isEmpty());
    auto totals = RoundInstance::toInstance(*counted);
    CHECK(totals->aggregatedSupport == std::vector<qint64>{40, 0, 7});
    CHECK(totals->ballots.empty());

    // Ranked ballots become ordinal ballots in rank order.
    REQUIRE(BudgetSupport::setBallots(*ws, added->id, SupportBallotKind::Ranked,
                                      {{QStringLiteral("r1"), {added->proposals[2].id, added->proposals[0].id}, {}}})
                .ok());
    auto ranked = RoundInstance::toInstance(*BudgetRepository(*ws).load(added->id));
    CHECK(ranked->ballotKind == budgeting::BallotKind::Ordinal);
    CHECK_FALSE(BudgetRepository(*ws).load(added->id)->supportFromCounts);
    CHECK(ranked->ballots[0].projects == std::vector<int>{2, 0});
}

TEST_CASE("accepted allocations are recorded and removed", "[storage][budget]")
{
    QTemporaryDir dir;
    auto ws = emptyWorkspace(dir);
    ws->setActor(QStringLiteral("tester"));
    BudgetRepository repository(*ws);
    auto added = repository.add(smallRound());
    REQUIRE(added.ok());
    BudgetAllocation allocation;
    allocation.roundId = added->id;
    allocation.rule = QStringLiteral("mes");
    allocation.funded = {added->proposals[2].id, added->proposals[0].id};
    allocation.capacities = QStringLiteral("{\"Euros\":\"1000.10\"}");
    auto stored = repository.addAllocation(allocation);
    REQUIRE(stored.ok());
    auto list = repository.allocations(added->id);
    REQUIRE(list->size() == 1);
    CHECK(list->first().funded == allocation.funded);
    CHECK(list->first().actor == QStringLiteral("tester"));
    CHECK(list->first().rule == QStringLiteral("mes"));
    CHECK(list->first().capacities == allocation.capacities);
    CHECK(repository.removeAllocation(stored->id).ok());
    CHECK(repository.allocations(added->id)->isEmpty());
    CHECK(repository.removeAllocation(stored->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("the demo has a Q4 2026 round on actions of the demo cases", "[storage][budget][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    auto rounds = BudgetRepository(*ws.value()).listRounds();
    REQUIRE(rounds->size() == 1);
    auto round = BudgetRepository(*ws.value()).load(rounds->first().id);
    REQUIRE(round.ok());
    CHECK(round->name == QStringLiteral("Q4 2026"));
    CHECK(round->pools.size() == 3);
    CHECK(round->proposals.size() == 11);
    CHECK(round->ballots.size() == 11);
    CHECK(round->proposals[0].actionIds.size() == 2);
    auto action = ActionRepository(*ws.value()).find(round->proposals[0].actionIds[0]);
    REQUIRE(action.ok());
    CHECK(action->title == QStringLiteral("Phone buddies for elderly residents"));
    auto instance = RoundInstance::toInstance(*round);
    REQUIRE(instance.ok());
    auto mes = budgeting::runBudgetRule(*instance, budgeting::BudgetRule::EqualShares);
    REQUIRE(mes.ok());
    CHECK_FALSE(mes->funded.empty());
}

TEST_CASE("pabulib file -> workspace round -> pabulib file is identical", "[storage][budget][pabulib]")
{
    QTemporaryDir dir;
    auto ws = emptyWorkspace(dir);
    for (const QString& sample : {test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb")),
                                  test::dataPath(QStringLiteral("budgeting/untidy.pb"))}) {
        auto original = io::PabulibReader::readDocument(sample);
        REQUIRE(original.ok());
        auto round = RoundPabulib::importFile(*ws, sample);
        REQUIRE(round.ok());
        auto document = RoundPabulib::toDocument(*BudgetRepository(*ws).load(round->id));
        REQUIRE(document.ok());
        CHECK(document->sameContent(*original));
        CHECK(io::PabulibWriter::write(*document) == io::PabulibWriter::write(*original));
        // Same instance, same outcome.
        auto fromFile = io::PabulibReader::toInstance(*original, sample);
        auto fromRound = RoundInstance::toInstance(*BudgetRepository(*ws).load(round->id));
        REQUIRE(fromFile.ok());
        REQUIRE(fromRound.ok());
        auto a = budgeting::runBudgetRule(*fromFile, budgeting::BudgetRule::EqualSharesAdd1Utilitarian);
        auto b = budgeting::runBudgetRule(*fromRound, budgeting::BudgetRule::EqualSharesAdd1Utilitarian);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->funded == b->funded);
    }
    // An edit shows in the export; everything else stays as read.
    auto rounds = BudgetRepository(*ws).listRounds();
    auto anin = BudgetRepository(*ws).load(rounds->last().id);
    REQUIRE(anin.ok());
    BudgetRound edited = *anin;
    edited.pools[0].capacity = QStringLiteral("200000");
    edited.proposals[0].costs[0].cost = QStringLiteral("1234.5");
    REQUIRE(BudgetRepository(*ws).save(edited).ok());
    auto document = RoundPabulib::toDocument(*BudgetRepository(*ws).load(anin->id));
    REQUIRE(document.ok());
    CHECK(document->metaValue(QStringLiteral("budget")) == QStringLiteral("200000"));
    CHECK(document->metaValue(QStringLiteral("subunit")) == QStringLiteral("Anin"));
    const int cost = int(document->projectColumns.indexOf(QStringLiteral("cost")));
    CHECK(document->projects[0].cells[cost] == QStringLiteral("1234.5"));
}
