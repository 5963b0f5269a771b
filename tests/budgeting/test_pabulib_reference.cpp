// Agreement with pabutools 1.2.3 on Warsaw 2019, Anin (tests/data/samples/README.md).
#include "core/budgeting/BudgetRules.h"
#include "core/io/PabulibReader.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace proxima;
using namespace proxima::budgeting;

namespace {

BudgetInstance anin()
{
    auto instance = io::PabulibReader::load(test::dataPath(QStringLiteral("samples/Poland_Warszawa_2019_Anin.pb")));
    REQUIRE(instance.ok());
    return *instance;
}

QStringList fundedIds(const BudgetInstance& instance, const BudgetResult& result)
{
    QStringList ids;
    for (int p : result.funded)
        ids << instance.projects[static_cast<size_t>(p)].id;
    return ids;
}

QStringList run(const BudgetInstance& instance, BudgetRule rule, mpq_class expectedCost)
{
    auto result = runBudgetRule(instance, rule);
    REQUIRE(result.ok());
    CHECK(result->totalCost.at(0) == expectedCost);
    return fundedIds(instance, *result);
}

QStringList ids(const char* text) { return QString::fromLatin1(text).split(QLatin1Char(',')); }

} // namespace

TEST_CASE("Anin: greedy matches pabutools", "[budgeting][reference]")
{
    CHECK(run(anin(), BudgetRule::Greedy, 152210) == ids("875,522,2314,2376,2260,2327,529,279,404,283,374"));
}

TEST_CASE("Anin: greedy-ratio matches pabutools", "[budgeting][reference]")
{
    CHECK(run(anin(), BudgetRule::GreedyRatio, 149065)
          == ids("2327,283,2314,374,529,279,404,2260,522,445,386,281,875,526,1751"));
}

TEST_CASE("Anin: equal shares matches pabutools", "[budgeting][reference]")
{
    CHECK(run(anin(), BudgetRule::EqualShares, 97600) == ids("875,522,2314,2260,2327,529,279,404,283"));
}

TEST_CASE("Anin: mes-add1 matches pabutools, 164 runs up to 496.38", "[budgeting][reference]")
{
    const BudgetInstance instance = anin();
    auto result = runBudgetRule(instance, BudgetRule::EqualSharesAdd1);
    REQUIRE(result.ok());
    CHECK(fundedIds(instance, *result) == ids("875,522,2314,2376,2327,2260,529,279,404,283"));
    CHECK(result->totalCost.at(0) == 147600);
    CHECK(result->mesRuns == 164);
    REQUIRE(result->finalVoterShare.has_value());
    CHECK(*result->finalVoterShare == mpq_class(152813, 457) + 162);
    CHECK(std::abs(result->finalVoterShare->get_d() - 496.38) < 0.005);
}

TEST_CASE("Anin: mes-add1u matches pabutools", "[budgeting][reference]")
{
    CHECK(run(anin(), BudgetRule::EqualSharesAdd1Utilitarian, 152210)
          == ids("875,522,2314,2376,2327,2260,529,279,404,283,374"));
}
