// Proposal minimum and maximum per pool: validation, the instance's bounds and accepting flexible amounts.
#include "core/budget/AllocationAcceptance.h"
#include "core/budget/RoundInstance.h"
#include "core/budgeting/BudgetRules.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <catch2/catch.hpp>

using namespace proxima;

TEST_CASE("a cost entry needs 0 <= minimum <= cost <= maximum; the error names the field", "[storage][budget]")
{
    const auto check = [](const QString& cost, const QString& minimum, const QString& maximum) {
        return BudgetRepository::validateCost({1, cost, minimum, maximum}, QStringLiteral("Lights"),
                                              QStringLiteral("Euros"));
    };
    CHECK(check(QStringLiteral("40"), {}, {}).ok());
    CHECK(check(QStringLiteral("40"), QStringLiteral("0"), QStringLiteral("40")).ok());
    CHECK(check(QStringLiteral("40"), QStringLiteral("40"), QStringLiteral("60.5")).ok());
    const Status negative = check(QStringLiteral("40"), QStringLiteral("-1"), {});
    CHECK(negative.error().field == QStringLiteral("minimum"));
    CHECK(negative.error().message
          == QStringLiteral("the minimum \"-1\" of Lights in Euros is not an amount of 0 or more"));
    const Status above = check(QStringLiteral("40"), QStringLiteral("40.01"), {});
    CHECK(above.error().field == QStringLiteral("minimum"));
    CHECK(above.error().message == QStringLiteral("the minimum 40.01 of Lights in Euros is above its cost 40"));
    const Status below = check(QStringLiteral("40"), {}, QStringLiteral("39"));
    CHECK(below.error().field == QStringLiteral("maximum"));
    CHECK(below.error().message == QStringLiteral("the maximum 39 of Lights in Euros is below its cost 40"));
    CHECK(check(QStringLiteral("40"), {}, QStringLiteral("lots")).error().field == QStringLiteral("maximum"));
    CHECK(check(QStringLiteral("x"), {}, {}).error().field == QStringLiteral("cost"));

    // A round with a bad bound is refused as a whole.
    BudgetRound round;
    round.name = QStringLiteral("R");
    round.pools = {{1, PoolKind::Euros, QStringLiteral("Euros"), QStringLiteral("€"), QStringLiteral("100")}};
    BudgetProposal p;
    p.id = 1;
    p.title = QStringLiteral("Lights");
    p.costs = {{1, QStringLiteral("40"), QStringLiteral("50"), {}}};
    round.proposals = {p};
    CHECK(BudgetRepository::validate(round).error().field == QStringLiteral("minimum"));
    round.proposals[0].costs[0].minimum = QStringLiteral("30");
    CHECK(BudgetRepository::validate(round).ok());
}

TEST_CASE("bounds reach the instance and accepted flexible amounts reach the actions", "[storage][budget]")
{
    BudgetRound round;
    round.id = 1;
    round.name = QStringLiteral("R");
    round.pools = {{1, PoolKind::PoliceHours, QStringLiteral("Police"), QStringLiteral("h"), QStringLiteral("50")},
                   {2, PoolKind::Euros, QStringLiteral("Euros"), QStringLiteral("€"), QStringLiteral("1000")}};
    BudgetProposal a;
    a.id = 10;
    a.code = QStringLiteral("a");
    a.actionIds = {100};
    a.costs = {{1, QStringLiteral("30"), {}, {}}, {2, QStringLiteral("0"), {}, {}}};
    BudgetProposal b;
    b.id = 11;
    b.code = QStringLiteral("b");
    b.actionIds = {101, 102};
    b.costs = {{1, QStringLiteral("40"), QStringLiteral("20"), QStringLiteral("45")}, {2, QStringLiteral("600"), {}, {}}};
    round.proposals = {a, b};
    round.supportFromCounts = true;
    round.proposals[0].supportCount = 5;
    round.proposals[1].supportCount = 4;
    const auto instance = RoundInstance::toInstance(round);
    REQUIRE(instance.ok());
    CHECK(instance->hasBounds());
    CHECK(instance->projects[0].minimum.empty());
    REQUIRE(instance->projects[1].minimum.size() == 2);
    CHECK(*instance->projects[1].minimum[0] == 20);
    CHECK_FALSE(instance->projects[1].minimum[1]);
    CHECK(*instance->projects[1].maximum[0] == 45);

    // Greedy funds a (30 h, 20 h left); b's 40 h do not fit, its minimum 20 h does: funded at 20 h and 600 €.
    const auto result = budgeting::runBudgetRule(*instance, budgeting::BudgetRule::Greedy);
    REQUIRE(result.ok());
    CHECK(result->funded == std::vector<int>{0, 1});
    const FundedAmounts amounts = AllocationAcceptance::amountsOf(round, *instance, *result);
    CHECK(amounts.value(11).value(1) == 20);
    CHECK(amounts.value(11).value(2) == 600);
    CHECK(amounts.value(10).value(1) == 30);

    // b's actions asked 10 h and 30 h: the 20 h are split 5 + 15; the euros, asked by neither, equally.
    ResponseAction first, second, third;
    first.id = 100;
    first.policeHours = 30;
    second.id = 101;
    second.policeHours = 10;
    third.id = 102;
    third.policeHours = 30;
    const QList<ResponseAction> planned =
        AllocationAcceptance::plan(round, {10, 11}, {first, second, third}, amounts);
    REQUIRE(planned.size() == 3);
    CHECK(planned[0].policeHours == 30);
    CHECK(planned[1].policeHours == 5);
    CHECK(planned[2].policeHours == 15);
    CHECK(planned[1].euros == 300);
    CHECK(planned[2].euros == 300);
    CHECK(planned[1].status == ActionStatus::InProgress);
    // Without amounts the nominal cost is given, as before.
    const QList<ResponseAction> nominal = AllocationAcceptance::plan(round, {11}, {first, second, third});
    CHECK(nominal[0].policeHours == 10);
    CHECK(nominal[1].policeHours == 30);
}
