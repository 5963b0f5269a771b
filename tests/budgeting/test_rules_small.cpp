// Small instances computed by hand.
#include "core/budgeting/BudgetRules.h"
#include "core/budgeting/EqualShares.h"
#include "core/budgeting/ExactRule.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <random>

using namespace proxima::budgeting;

namespace {

BudgetInstance make(const std::vector<std::pair<const char*, long>>& projects, long budget,
                    const std::vector<std::vector<int>>& ballots)
{
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("eur"), QStringLiteral("Euros"), QStringLiteral("€"), mpq_class(budget)});
    for (const auto& [id, cost] : projects)
        instance.projects.push_back({QString::fromLatin1(id), QString::fromLatin1(id), {mpq_class(cost)}});
    int voter = 0;
    for (const auto& ballot : ballots)
        instance.ballots.push_back({QString::number(++voter), ballot, {}});
    return instance;
}

QStringList ids(const BudgetInstance& instance, const BudgetResult& result)
{
    QStringList out;
    for (int p : result.funded)
        out << instance.projects[static_cast<size_t>(p)].id;
    return out;
}

// a=200, b=150, c=100; budget 300; v1 {a}, v2 {a,b}, v3 {b,c}.
BudgetInstance threeVoters() { return make({{"a", 200}, {"b", 150}, {"c", 100}}, 300, {{0}, {0, 1}, {1, 2}}); }

} // namespace

TEST_CASE("MES by hand: tie on rho broken by id, then the dropped project", "[budgeting][mes]")
{
    // Share 300/3 = 100. Round 1: a: rho = 200/(2*200) = 1/2 (v1, v2 pay 100 each); b: 150/(2*150) = 1/2
    // (75 each); c: 100/100 = 1. a and b tie at 1/2, "a" < "b": fund a, v1 and v2 are left with 0.
    // Round 2: b's supporters hold 0 + 100 < 150: dropped; c: v3 pays 100, rho 1: funded. Total 300.
    const BudgetInstance instance = threeVoters();
    const BudgetResult result = equalShares(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("a"), QStringLiteral("c")});
    CHECK(result.totalCost.at(0) == 300);
    REQUIRE(result.payments.size() == 3);
    CHECK(result.payments[0].ballot == 0);
    CHECK(result.payments[0].amount == 100);
    CHECK(result.payments[1].ballot == 1);
    CHECK(result.payments[1].amount == 100);
    CHECK(result.payments[2].ballot == 2);
    CHECK(result.payments[2].project == 2);
    CHECK(result.payments[2].amount == 100);
    CHECK(result.explanations[1].text == QStringLiteral("Not funded: in round 2 its 2 supporters had 100 € left of the 150 € it needs."));
    CHECK(result.shareOfVotersWithFundedProject == 1.0);
}

TEST_CASE("MES by hand: tie-break by lowest cost changes the outcome", "[budgeting][mes]")
{
    // b (150) is cheaper than a (200): fund b, v2 and v3 pay 75 each and keep 25.
    // Round 2: a: 100 + 25 < 200, c: 25 < 100: both dropped. Total 150.
    const BudgetInstance instance = threeVoters();
    BudgetOptions options;
    options.tieBreak = TieBreakOrder::LowestCost;
    const BudgetResult result = equalShares(instance, options);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("b")});
    CHECK(result.payments.size() == 2);
    CHECK(result.payments[0].amount == 75);
    options.tieBreak = TieBreakOrder::MostVotes;   // a and b both have 2 supporters: id decides
    CHECK(ids(instance, equalShares(instance, options)) == QStringList{QStringLiteral("a"), QStringLiteral("c")});
}

TEST_CASE("MES by hand: an empty ballot still receives its share", "[budgeting][mes]")
{
    // Four ballots, share 75. a: 75 + 75 < 200 dropped; c: 75 < 100 dropped; b: 75 + 75 = 150, rho 1/2: funded.
    BudgetInstance instance = threeVoters();
    instance.ballots.push_back({QStringLiteral("4"), {}, {}});
    const BudgetResult result = equalShares(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("b")});
    CHECK(result.shareOfVotersWithFundedProject == 0.5);
}

TEST_CASE("zero-cost projects first, a project above the whole budget never", "[budgeting]")
{
    BudgetInstance instance = make({{"a", 200}, {"b", 150}, {"c", 100}, {"free", 0}, {"huge", 1000}}, 300,
                                   {{0, 3, 4}, {0, 1, 4}, {1, 2, 4}});
    const BudgetResult mes = equalShares(instance);
    CHECK(ids(instance, mes) == QStringList{QStringLiteral("free"), QStringLiteral("a"), QStringLiteral("c")});
    CHECK(mes.explanations[4].text == QStringLiteral("Not funded: in round 1 its 3 supporters had 300 € left of the 1,000 € it needs."));
    const BudgetResult greedy = greedyRule(instance, false);
    // As pabutools: a supported free project comes first (infinite support per cost); huge (3 votes) does not
    // fit; then a and b (2 votes each): a by id, b does not fit (100 left); c.
    CHECK(ids(instance, greedy) == QStringList{QStringLiteral("free"), QStringLiteral("a"), QStringLiteral("c")});
    CHECK(greedy.explanations[4].text.contains(QStringLiteral("does not fit: 300 € left, costs 1,000 €")));
}

TEST_CASE("greedy ties under each tie-break order", "[budgeting][greedy]")
{
    const BudgetInstance instance = make({{"x", 50}, {"y", 30}}, 60, {{0, 1}});
    BudgetOptions options;
    CHECK(ids(instance, greedyRule(instance, false, options)) == QStringList{QStringLiteral("x")});
    options.tieBreak = TieBreakOrder::LowestCost;
    CHECK(ids(instance, greedyRule(instance, false, options)) == QStringList{QStringLiteral("y")});
    options.tieBreak = TieBreakOrder::MostVotes;
    CHECK(ids(instance, greedyRule(instance, false, options)) == QStringList{QStringLiteral("x")});
    options.tieBreak = TieBreakOrder::Lottery;
    options.seed = 7;
    const QStringList first = ids(instance, greedyRule(instance, false, options));
    CHECK(first.size() == 1);
    CHECK(ids(instance, greedyRule(instance, false, options)) == first);
    const TieBreaker a(instance, TieBreakOrder::Lottery, 1), b(instance, TieBreakOrder::Lottery, 1);
    CHECK(a.order() == b.order());
}

TEST_CASE("several resources: greedy respects every capacity", "[budgeting][greedy]")
{
    BudgetInstance instance = make({{"p1", 100}, {"p2", 50}, {"p3", 50}}, 150, {{0, 1, 2}, {0, 1}, {0}});
    instance.resources.push_back({QStringLiteral("h"), QStringLiteral("Officer hours"), QStringLiteral("h"), mpq_class(20)});
    instance.projects[0].cost.push_back(10);
    instance.projects[1].cost.push_back(30);
    instance.projects[2].cost.push_back(5);
    const BudgetResult result = greedyRule(instance, false);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("p1"), QStringLiteral("p3")});
    CHECK(result.totalCost == std::vector<mpq_class>{150, 15});
    CHECK(result.explanations[1].text.contains(QStringLiteral("does not fit: 10 h left, costs 30 h")));
    const BudgetResult mes = equalShares(instance);
    for (size_t r = 0; r < 2; ++r)
        CHECK(mes.totalCost[r] <= instance.resources[r].capacity);
}

TEST_CASE("exact honours must, excluded, incompatible and depends-on", "[budgeting][exact]")
{
    // Support: a 3, b 2, c 2, d 1. Costs a 60, b 40, c 40, d 20; budget 100.
    BudgetInstance instance = make({{"a", 60}, {"b", 40}, {"c", 40}, {"d", 20}}, 100,
                                   {{0, 1, 2, 3}, {0, 1, 2}, {0}});
    auto best = exactRule(instance);
    REQUIRE(best.ok());
    CHECK(*best->objective == 5);   // a+b or a+c (5), b+c+d (5): the first found in support-per-cost order
    CHECK(*best->optimal);
    instance.constraints.excluded = {0};
    CHECK(*exactRule(instance)->objective == 5);   // b + c + d
    instance.constraints.incompatible = {{1, 2}};
    CHECK(*exactRule(instance)->objective == 3);   // b + d (or c + d)
    instance.constraints.dependsOn = {{3, 0}};     // d needs a, which is excluded
    CHECK(*exactRule(instance)->objective == 2);
    instance.constraints = {};
    instance.constraints.mustFund = {3};
    CHECK(*exactRule(instance)->objective == 5);   // d + a (4)? no: d + b + c = 5
    instance.constraints.mustFund = {0, 1, 2};
    CHECK_FALSE(exactRule(instance).ok());
}

TEST_CASE("exact equals brute force on random small instances", "[budgeting][exact]")
{
    std::mt19937_64 engine(12345);
    for (int trial = 0; trial < 40; ++trial) {
        BudgetInstance instance;
        instance.resources.push_back({QStringLiteral("eur"), {}, {}, mpq_class(static_cast<long>(100 + engine() % 200))});
        instance.resources.push_back({QStringLiteral("h"), {}, {}, mpq_class(static_cast<long>(10 + engine() % 30))});
        const int n = 10;
        for (int p = 0; p < n; ++p)
            instance.projects.push_back({QString::number(p), {}, {mpq_class(static_cast<long>(engine() % 120)),
                                                                  mpq_class(static_cast<long>(engine() % 15))}});
        for (int p = 0; p < n; ++p)
            instance.aggregatedSupport.push_back(static_cast<qint64>(engine() % 50));
        instance.constraints.incompatible = {{0, 1}};
        instance.constraints.dependsOn = {{2, 3}};
        instance.constraints.excluded = {4};
        qint64 brute = -1;
        for (int mask = 0; mask < (1 << n); ++mask) {
            auto has = [&](int p) { return (mask >> p & 1) != 0; };
            if ((has(0) && has(1)) || (has(2) && !has(3)) || has(4))
                continue;
            mpq_class eur = 0, hours = 0;
            qint64 value = 0;
            for (int p = 0; p < n; ++p) {
                if (has(p)) {
                    eur += instance.projects[static_cast<size_t>(p)].cost[0];
                    hours += instance.projects[static_cast<size_t>(p)].cost[1];
                    value += instance.aggregatedSupport[static_cast<size_t>(p)];
                }
            }
            if (eur <= instance.resources[0].capacity && hours <= instance.resources[1].capacity)
                brute = std::max(brute, value);
        }
        const auto result = exactRule(instance);
        REQUIRE(result.ok());
        CHECK(static_cast<qint64>(*result->objective) == brute);
        CHECK(*result->optimal);
    }
}

TEST_CASE("mes-add1 stops at the first exhaustive outcome", "[budgeting][mes]")
{
    const BudgetInstance instance = threeVoters();
    const BudgetResult result = equalSharesAdd1(instance, false);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("a"), QStringLiteral("c")});
    CHECK(result.mesRuns == 1);
    CHECK(*result.finalVoterShare == 100);
}
