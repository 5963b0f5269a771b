// Hostile and oversized budgeting input (issue 18): amounts beyond 64 bits stay exact in every rule, and the exact
// rule keeps to its limits on 100,000 projects without claiming that constraints cannot be met.
#include "core/budgeting/BudgetRules.h"
#include "core/budgeting/ExactRule.h"
#include "core/io/PabulibReader.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <random>

using namespace proxima;
using namespace proxima::budgeting;

namespace {

// The digits of a text, in order: amounts are printed with the locale's group separators.
QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit() || c.isSpace())
            digits += c.isDigit() ? c : QLatin1Char(' ');
    return digits.simplified().remove(QLatin1Char(' '));
}

// A budget of 10^20 - 1 (beyond 2^63), two projects, two voters.
BudgetInstance hugeElection()
{
    const QByteArray text = "META\nkey;value\ndescription;big\nnum_projects;2\nnum_votes;2\n"
                            "budget;99999999999999999999\nvote_type;approval\n"
                            "PROJECTS\nproject_id;cost;name\n1;60000000000000000000;A\n2;50000000000000000001;B\n"
                            "VOTES\nvoter_id;vote\nv1;1,2\nv2;2\n";
    const Result<io::PabulibDocument> document = io::PabulibReader::parse(text, QStringLiteral("big.pb"));
    REQUIRE(document.ok());
    Result<BudgetInstance> instance = io::PabulibReader::toInstance(document.value(), QStringLiteral("big.pb"));
    REQUIRE(instance.ok());
    return instance.value();
}

} // namespace

TEST_CASE("a budget beyond 2^63 is exact in every rule, explanations included", "[budgeting][hostile]")
{
    const BudgetInstance instance = hugeElection();
    REQUIRE(instance.resources[0].capacity == mpq_class(mpz_class("99999999999999999999")));
    for (BudgetRule rule : {BudgetRule::Greedy, BudgetRule::GreedyRatio, BudgetRule::EqualShares,
                            BudgetRule::EqualSharesAdd1, BudgetRule::Exact}) {
        INFO(budgetRuleName(rule).toStdString());
        const Result<BudgetResult> result = runBudgetRule(instance, rule, BudgetOptions());
        REQUIRE(result.ok());
        REQUIRE(result->funded == std::vector<int>{1});
        CHECK(result->totalCost.at(0) == mpq_class(mpz_class("50000000000000000001")));
    }
    // Equal shares: v1 holds (10^20 - 1)/2 and pays (5*10^19 + 1)/2 for B, so 24,999,999,999,999,999,999 is left
    // for A. A double would print 24,999,999,999,999,991,808.
    const Result<BudgetResult> mes = runBudgetRule(instance, BudgetRule::EqualShares, BudgetOptions());
    REQUIRE(mes.ok());
    const QString why = mes->explanations.at(0).text;
    INFO(why.toStdString());
    CHECK(digitsOf(why).contains(QStringLiteral("24999999999999999999")));
}

TEST_CASE("exact rule on 100,000 projects stops at its limits with an allocation", "[budgeting][hostile][exact]")
{
    std::mt19937 random(11);
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("eur"), QStringLiteral("Euros"), QStringLiteral("€"), mpq_class(5000000)});
    const int projects = 100000;
    for (int p = 0; p < projects; ++p)
        instance.projects.push_back({QString::number(p), {}, {mpq_class(1000 + static_cast<long>(random() % 199000))}});
    for (int v = 0; v < 2000; ++v) {
        Ballot ballot;
        ballot.voterId = QString::number(v);
        std::vector<int> chosen;
        for (int k = 0; k < 8; ++k) {
            const int p = static_cast<int>(random() % projects);
            if (std::find(chosen.begin(), chosen.end(), p) == chosen.end())
                chosen.push_back(p);
        }
        ballot.projects = chosen;
        instance.ballots.push_back(ballot);
    }
    BudgetOptions options;
    options.timeLimitSeconds = 2;
    options.nodeLimit = 200000;
    const Result<BudgetResult> result = exactRule(instance, options);
    REQUIRE(result.ok());
    CHECK(result->totalCost.at(0) <= 5000000);
    CHECK_FALSE(result->funded.empty());
}

TEST_CASE("exact rule stopped before any allocation says so, not that constraints cannot be met",
          "[budgeting][hostile][exact]")
{
    // Budget 10. a (cost 6) has the best support per cost and is tried first; b (cost 5) must be funded, so a
    // first pass that takes a reaches a dead end. b + c (10) is the answer.
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("eur"), QStringLiteral("Euros"), QStringLiteral("€"), mpq_class(10)});
    instance.projects.push_back({QStringLiteral("a"), {}, {mpq_class(6)}});
    instance.projects.push_back({QStringLiteral("b"), {}, {mpq_class(5)}});
    instance.projects.push_back({QStringLiteral("c"), {}, {mpq_class(5)}});
    for (int v = 0; v < 9; ++v)
        instance.ballots.push_back({QString::number(v), {0}, {}});
    instance.ballots.push_back({QStringLiteral("x"), {1}, {}});
    instance.ballots.push_back({QStringLiteral("y"), {2}, {}});
    instance.constraints.mustFund = {1};

    BudgetOptions options;
    const Result<BudgetResult> solved = exactRule(instance, options);
    REQUIRE(solved.ok());
    CHECK(solved->funded.size() == 2);
    CHECK(solved->optimal);

    options.nodeLimit = 1;   // the clock is read on the first node: the search stops there
    options.timeLimitSeconds = 0;
    const Result<BudgetResult> stopped = exactRule(instance, options);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().field == QStringLiteral("time_limit"));
    CHECK(stopped.error().message.contains(QStringLiteral("stopped")));

    instance.projects[1].cost[0] = 11;   // b can never fit: this time the constraints really cannot be met
    const Result<BudgetResult> impossible = exactRule(instance, BudgetOptions());
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.error().field == QStringLiteral("constraints"));
}
