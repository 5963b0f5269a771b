// Equal shares on seeded random instances full of ties (equal costs, duplicated ballots, small budgets), checked
// against the outcomes of the engine before its evaluation was made faster: funded order, final share, number of
// runs, and a digest of every explanation and every per-ballot exact payment. The expected values were recorded
// from that engine (main at 5c688cd) for these fixed seeds.
#include "core/budgeting/BudgetRules.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <random>

using namespace proxima::budgeting;

namespace {

struct Shape
{
    std::uint64_t seed;
    int voters;
    int projects;
    int distinctBallots;   // ballots are drawn from a small pool, so many are duplicates
    long budget;           // small: about half the total cost
    bool points;           // cumulative ballots: several weights per project
};

BudgetInstance generate(const Shape& shape)
{
    std::mt19937_64 random(shape.seed);
    BudgetInstance instance;
    instance.resources.push_back({QStringLiteral("eur"), QStringLiteral("Euros"), QStringLiteral("€"),
                                  mpq_class(shape.budget)});
    const long costs[] = {6, 6, 6, 9, 12};   // mostly equal costs: ties on rho
    for (int p = 0; p < shape.projects; ++p) {
        const long cost = costs[random() % 5];
        instance.projects.push_back({QString::number(p), QStringLiteral("P%1").arg(p), {mpq_class(cost)}});
    }
    if (shape.points)
        instance.ballotKind = BallotKind::Cumulative;
    std::vector<Ballot> pool;
    for (int b = 0; b < shape.distinctBallots; ++b) {
        Ballot ballot;
        const int count = 1 + static_cast<int>(random() % 4);
        while (static_cast<int>(ballot.projects.size()) < count) {
            const int p = static_cast<int>(random() % static_cast<std::uint64_t>(shape.projects));
            if (std::find(ballot.projects.begin(), ballot.projects.end(), p) != ballot.projects.end())
                continue;
            ballot.projects.push_back(p);
            if (shape.points)
                ballot.points.push_back(1 + static_cast<qint64>(random() % 3));
        }
        pool.push_back(std::move(ballot));
    }
    for (int v = 0; v < shape.voters; ++v) {
        Ballot ballot = pool[random() % pool.size()];
        ballot.voterId = QString::number(v + 1);
        instance.ballots.push_back(std::move(ballot));
    }
    return instance;
}

// FNV-1a over the text of everything the rule reports per project and per ballot.
QString digest(const BudgetResult& result)
{
    QString text;
    for (const ProjectExplanation& explanation : result.explanations)
        text += explanation.text + QLatin1Char('\n');
    for (const VoterPayment& payment : result.payments)
        text += QStringLiteral("%1 %2 %3\n").arg(payment.ballot).arg(payment.project)
                    .arg(QString::fromStdString(payment.amount.get_str()));
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const char byte : text.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 0x100000001b3ull;
    }
    return QString::number(hash, 16);
}

QString summary(const BudgetInstance& instance, BudgetRule rule, TieBreakOrder tieBreak)
{
    BudgetOptions options;
    options.tieBreak = tieBreak;
    options.seed = 7;
    // Small steps, so mes-add1 makes many runs, most of them in states the previous run never reached.
    options.shareIncrement = instance.resources[0].capacity / static_cast<long>(instance.ballots.size() * 16);
    const auto result = runBudgetRule(instance, rule, options);
    if (!result)
        return result.error().toString();
    QStringList funded;
    for (int p : result->funded)
        funded << QString::number(p);
    return QStringLiteral("funded %1; share %2; runs %3; payments %4; digest %5")
        .arg(funded.join(QLatin1Char(',')))
        .arg(result->finalVoterShare ? QString::fromStdString(result->finalVoterShare->get_str()) : QStringLiteral("-"))
        .arg(result->mesRuns).arg(result->payments.size()).arg(digest(*result));
}

} // namespace

TEST_CASE("MES on tie-heavy random instances matches the recorded outcomes", "[budgeting][mes][regression]")
{
    const std::vector<Shape> shapes = {
        {11, 40, 8, 6, 24, false},
        {12, 90, 10, 9, 41, false},
        {13, 300, 14, 12, 57, false},
        {14, 1200, 24, 40, 96, false},
        {15, 60, 9, 7, 35, true},
        {16, 500, 16, 25, 70, true},
        {17, 3000, 30, 200, 110, false},
    };
    const std::vector<QString> expected = {
        QStringLiteral("funded 5,0; share -; runs 0; payments 31; digest fd0d2900dac26ddb"),
        QStringLiteral("funded 5,0; share -; runs 0; payments 31; digest fd0d2900dac26ddb"),
        QStringLiteral("funded 5,4,2; share 39/40; runs 11; payments 45; digest ab3c77aa2e173e6e"),
        QStringLiteral("funded 5,4,2; share 39/40; runs 11; payments 45; digest ab3c77aa2e173e6e"),
        QStringLiteral("funded 4,7,1,9; share -; runs 0; payments 170; digest ad6012cf648ddcd0"),
        QStringLiteral("funded 4,7,1,9; share -; runs 0; payments 170; digest ad6012cf648ddcd0"),
        QStringLiteral("funded 4,7,1,9,3,8; share 41/72; runs 5; payments 222; digest 33959760e0e5275d"),
        QStringLiteral("funded 4,7,9,1,3,8; share 41/72; runs 5; payments 222; digest b5773cb6e8f770e3"),
        QStringLiteral("funded 12,5,4,10,13; share -; runs 0; payments 538; digest 745e63d2f368df38"),
        QStringLiteral("funded 12,5,4,10,13; share -; runs 0; payments 538; digest 745e63d2f368df38"),
        QStringLiteral("funded 12,5,4,10,0,11,13; share 361/1600; runs 4; payments 701; digest 8a5c789d0f8c88a0"),
        QStringLiteral("funded 12,5,4,10,0,11,13; share 361/1600; runs 4; payments 701; digest 8a5c789d0f8c88a0"),
        QStringLiteral("funded 7,11,0,4,2,22,21,17; share -; runs 0; payments 1784; digest bdcdfc80ce536e03"),
        QStringLiteral("funded 7,11,0,4,2,22,21,17; share -; runs 0; payments 1784; digest bdcdfc80ce536e03"),
        QStringLiteral("funded 7,11,0,4,2,17,22,21,10,1,19,18; share 23/200; runs 8"
                       "; payments 2355; digest 69bcb931ecc6e276"),
        QStringLiteral("funded 7,11,0,4,2,17,22,21,10,1,19,18; share 23/200; runs 8"
                       "; payments 2355; digest 69bcb931ecc6e276"),
        QStringLiteral("funded 1,8; share -; runs 0; payments 51; digest 49f3dd81a49066b0"),
        QStringLiteral("funded 8,1; share -; runs 0; payments 51; digest c7c4a36e1c23d28c"),
        QStringLiteral("funded 1,8,6,5; share 21/32; runs 3; payments 98; digest 32b70abeba264d3"),
        QStringLiteral("funded 8,1,6,5; share 21/32; runs 3; payments 98; digest 10bd628966972673"),
        QStringLiteral("funded 12,9,6,4,15,2; share -; runs 0; payments 696; digest c6e04262bfaf8725"),
        QStringLiteral("funded 12,9,6,4,15,2; share -; runs 0; payments 696; digest c6e04262bfaf8725"),
        QStringLiteral("funded 12,9,8,6,4,7,15,2,11; share 189/800; runs 12; payments 993; digest d7d25e27cc7dad31"),
        QStringLiteral("funded 12,9,8,6,4,7,15,2,11; share 189/800; runs 12; payments 993; digest d7d25e27cc7dad31"),
        QStringLiteral("funded 17,24,16,29,21,25,14; share -; runs 0; payments 1980; digest 209362710e6fc736"),
        QStringLiteral("funded 17,24,16,29,21,25,14; share -; runs 0; payments 1980; digest 209362710e6fc736"),
        QStringLiteral("funded 17,24,20,16,6,29,15,21,28,25,14,1,18; share 11/192; runs 11"
                       "; payments 3483; digest 5cd49ae5227d9493"),
        QStringLiteral("funded 17,24,20,16,6,29,15,21,28,25,14,1,18; share 11/192; runs 11"
                       "; payments 3483; digest 5cd49ae5227d9493"),
    };
    size_t index = 0;
    for (const Shape& shape : shapes) {
        const BudgetInstance instance = generate(shape);
        for (BudgetRule rule : {BudgetRule::EqualShares, BudgetRule::EqualSharesAdd1}) {
            for (TieBreakOrder tieBreak : {TieBreakOrder::ProjectId, TieBreakOrder::Lottery}) {
                INFO("seed " << shape.seed << ", " << budgetRuleName(rule).toStdString() << ", tie-break "
                             << tieBreakOrderName(tieBreak).toStdString());
                const QString actual = summary(instance, rule, tieBreak);
                REQUIRE(index < expected.size());
                CHECK(actual.toStdString() == expected[index].toStdString());
                ++index;
            }
        }
    }
    CHECK(index == expected.size());
}
