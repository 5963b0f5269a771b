// The flexible-amounts step (minimum and maximum per resource) on small instances computed by hand.
#include "core/budgeting/BudgetRules.h"
#include "core/budgeting/FlexibleAmounts.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace proxima::budgeting;

namespace {

struct Spec
{
    const char* id;
    long cost;
    qint64 support;
    std::optional<long> minimum{};
    std::optional<long> maximum{};
};

// One resource (hours), support entered as totals.
BudgetInstance hours(long capacity, const std::vector<Spec>& specs)
{
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("h"), QStringLiteral("Officer hours"), QStringLiteral("h"),
                                  mpq_class(capacity)});
    for (const Spec& s : specs) {
        BudgetProject project{QString::fromLatin1(s.id), QString::fromLatin1(s.id), {mpq_class(s.cost)}};
        if (s.minimum)
            project.minimum = {mpq_class(*s.minimum)};
        if (s.maximum)
            project.maximum = {mpq_class(*s.maximum)};
        instance.projects.push_back(project);
        instance.aggregatedSupport.push_back(s.support);
    }
    return instance;
}

QStringList ids(const BudgetInstance& instance, const BudgetResult& result)
{
    QStringList out;
    for (int p : result.funded)
        out << instance.projects[static_cast<size_t>(p)].id;
    return out;
}

BudgetResult run(const BudgetInstance& instance, const BudgetOptions& options = {})
{
    proxima::Result<BudgetResult> result = runBudgetRule(instance, BudgetRule::Greedy, options);
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("Flexible amounts: an unfunded proposal is funded at its minimum", "[budgeting][flexible]")
{
    // 100 h. Greedy by support: a (70, 30 left), b 40 > 30, c 35 > 30, d 10 (20 left).
    // (a) by support: b's minimum 30 > 20; c's minimum 20 fits: funded at 20, nothing left. (b) nothing left for d.
    const BudgetInstance instance = hours(100, {{"a", 70, 5}, {"b", 40, 4, 30}, {"c", 35, 3, 20}, {"d", 10, 1, {}, 25}});
    const BudgetResult result = run(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c")});
    REQUIRE(result.amounts.size() == 3);
    CHECK(result.amounts[0].project == 0);
    CHECK(result.amounts[0].amount[0] == 70);
    CHECK(result.amounts[0].kind[0] == AmountKind::Nominal);
    CHECK(result.amounts[1].amount[0] == 10);
    CHECK(result.amounts[1].kind[0] == AmountKind::Nominal);
    CHECK(result.amounts[2].project == 2);
    CHECK(result.amounts[2].amount[0] == 20);
    CHECK(result.amounts[2].kind[0] == AmountKind::Minimum);
    CHECK(result.totalCost[0] == 100);
    CHECK(result.explanations[2].funded);
    CHECK(result.explanations[2].text
          == QStringLiteral("Funded at its minimum of 20 h: 35 h did not fit, 20 h was left (flexible amounts)."));
    CHECK_FALSE(result.explanations[1].funded);
    CHECK(fundedAmount(instance, result, 1) == std::vector<mpq_class>{0});
    CHECK(fundedAmount(instance, result, 2) == std::vector<mpq_class>{20});
}

TEST_CASE("Flexible amounts: leftover capacity tops up in selection order", "[budgeting][flexible]")
{
    // 100 h. Greedy: a (70, 30 left), b 40 > 30, d (10, 20 left). (a) b's minimum 35 > 20.
    // (b) a is topped up to its maximum 75 (15 left), then d from 10 to 25 (its maximum, 0 left).
    const BudgetInstance instance = hours(100, {{"a", 70, 5, {}, 75}, {"b", 40, 4, 35}, {"d", 10, 1, {}, 40}});
    const BudgetResult result = run(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("a"), QStringLiteral("d")});
    REQUIRE(result.amounts.size() == 2);
    CHECK(result.amounts[0].amount[0] == 75);
    CHECK(result.amounts[0].kind[0] == AmountKind::ToppedUp);
    CHECK(result.amounts[1].amount[0] == 25);
    CHECK(result.amounts[1].kind[0] == AmountKind::ToppedUp);
    CHECK(result.totalCost[0] == 100);
    CHECK(result.explanations[0].text.endsWith(
        QStringLiteral(" Topped up with leftover capacity to 75 h (maximum 75 h).")));
    CHECK(result.explanations[2].text.endsWith(
        QStringLiteral(" Topped up with leftover capacity to 25 h (maximum 40 h).")));
}

TEST_CASE("Flexible amounts: ties follow the rule's tie-break order", "[budgeting][flexible]")
{
    // 70 h. Greedy funds x (50, 20 left); p (30) and q (25) do not fit. Both have 2 supporters and a minimum of 20:
    // only one fits. By id p goes first; by lowest cost q (25 < 30) goes first.
    const BudgetInstance instance = hours(70, {{"x", 50, 3}, {"q", 25, 2, 20}, {"p", 30, 2, 20}});
    CHECK(ids(instance, run(instance)) == QStringList{QStringLiteral("x"), QStringLiteral("p")});
    BudgetOptions options;
    options.tieBreak = TieBreakOrder::LowestCost;
    const BudgetResult cheaper = run(instance, options);
    CHECK(ids(instance, cheaper) == QStringList{QStringLiteral("x"), QStringLiteral("q")});
    CHECK(cheaper.totalCost[0] == 70);
}

TEST_CASE("Flexible amounts: constraints still hold", "[budgeting][flexible]")
{
    // 70 h, greedy funds x (50, 20 left). e is excluded, i is incompatible with x, n depends on e (unfunded):
    // none is funded at its minimum; k depends on x (funded) and is.
    BudgetInstance instance = hours(70, {{"x", 50, 9}, {"e", 30, 8, 10}, {"i", 30, 7, 10}, {"n", 30, 6, 10},
                                         {"k", 30, 1, 10}});
    instance.constraints.excluded = {1};
    instance.constraints.incompatible = {{0, 2}};
    instance.constraints.dependsOn = {{3, 1}, {4, 0}};
    const BudgetResult result = run(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("x"), QStringLiteral("k")});
    CHECK(result.amounts[1].amount[0] == 10);
    CHECK(result.totalCost[0] == 60);
}

TEST_CASE("Flexible amounts: several resources, a minimum used wherever one exists", "[budgeting][flexible]")
{
    // 1000 € and 100 h. Greedy: a (800 €, 50 h; 200 € and 50 h left); b's 300 € do not fit. At its minimum
    // (200 €, 30 h) b fits: funded with 200 € and 30 h. (b) 20 h are left; c has no maximum, a's maximum is in euros
    // (none left).
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("eur"), QStringLiteral("Euros"), QStringLiteral("€"), mpq_class(1000)});
    instance.resources.push_back({QStringLiteral("h"), QStringLiteral("Hours"), QStringLiteral("h"), mpq_class(100)});
    instance.projects.push_back({QStringLiteral("a"), {}, {mpq_class(800), mpq_class(50)}, {}, {mpq_class(900), {}}});
    instance.projects.push_back(
        {QStringLiteral("b"), {}, {mpq_class(300), mpq_class(40)}, {mpq_class(200), mpq_class(30)}, {}});
    instance.aggregatedSupport = {3, 2};
    const BudgetResult result = run(instance);
    CHECK(ids(instance, result) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(result.amounts.size() == 2);
    CHECK(result.amounts[1].amount == std::vector<mpq_class>{200, 30});
    CHECK(result.amounts[1].kind == std::vector<AmountKind>{AmountKind::Minimum, AmountKind::Minimum});
    CHECK(result.amounts[0].kind == std::vector<AmountKind>{AmountKind::Nominal, AmountKind::Nominal});
    CHECK(result.totalCost == std::vector<mpq_class>{1000, 80});
    CHECK(result.explanations[1].text == QStringLiteral("Funded at its minimum of 200 € + 30 h: 300 € did not fit, "
                                                        "200 € was left (flexible amounts)."));
}

TEST_CASE("Flexible amounts: without bounds only the nominal amounts are recorded", "[budgeting][flexible]")
{
    const BudgetInstance instance = hours(100, {{"a", 70, 5}, {"b", 40, 4}, {"c", 35, 3}, {"d", 10, 1}});
    CHECK_FALSE(instance.hasBounds());
    const BudgetResult plain = greedyRule(instance, false);
    const BudgetResult result = run(instance);
    CHECK(result.funded == plain.funded);
    CHECK(result.totalCost == plain.totalCost);
    REQUIRE(result.explanations.size() == plain.explanations.size());
    for (size_t p = 0; p < plain.explanations.size(); ++p)
        CHECK(result.explanations[p].text == plain.explanations[p].text);
    REQUIRE(result.amounts.size() == 2);
    CHECK(result.amounts[0].amount == std::vector<mpq_class>{70});
    CHECK(result.amounts[1].amount == std::vector<mpq_class>{10});
    CHECK(result.amounts[1].kind == std::vector<AmountKind>{AmountKind::Nominal});
    // A project nothing funds and no rule recorded: zeros.
    BudgetResult bare = plain;
    bare.amounts.clear();
    CHECK(fundedAmount(instance, bare, 0) == std::vector<mpq_class>{70});
    CHECK(fundedAmount(instance, bare, 1) == std::vector<mpq_class>{0});
}
