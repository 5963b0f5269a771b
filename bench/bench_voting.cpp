// Voting engine figures: a large count (100,000 ranked ballots over 50 candidates) and the re-tally after one more
// ballot in a 12-member session (12 ballots over 15 candidates), for every method.
#include "BenchSupport.h"

#include "voting/Tally.h"
#include "voting/VotingMethod.h"

#include <QCoreApplication>

#include <random>

using namespace proxima;
using namespace proxima::voting;

namespace {

constexpr Method kMethods[] = {Method::Plurality, Method::Borda, Method::Schulze,  Method::Irv,
                               Method::Copeland,  Method::Dots,  Method::Approval, Method::Score};

// Random complete rankings, with an occasional tie and an occasional truncated ballot.
RankedBallot randomBallot(std::mt19937_64& g, int candidates)
{
    std::vector<int> order(static_cast<size_t>(candidates));
    for (int i = 0; i < candidates; ++i)
        order[static_cast<size_t>(i)] = i;
    for (int i = candidates - 1; i > 0; --i)
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(g() % static_cast<quint64>(i + 1))]);
    const int length = (g() % 4 == 0) ? 1 + int(g() % static_cast<quint64>(candidates)) : candidates;
    RankedBallot b;
    b.channel = (g() % 3 == 0) ? QStringLiteral("paper") : QStringLiteral("laptop");
    for (int i = 0; i < length; ++i) {
        if (i > 0 && g() % 10 == 0)
            b.tiers.back().push_back(order[static_cast<size_t>(i)]);
        else
            b.tiers.push_back({order[static_cast<size_t>(i)]});
    }
    return b;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::mt19937_64 g(20240601);

    Election big;
    big.candidateCount = 50;
    for (int i = 0; i < 100000; ++i)
        big.ranked.push_back(randomBallot(g, big.candidateCount));
    bench::report(QStringLiteral("ballots generated (100000 x 50), peak memory"), bench::peakMemoryMiB(),
                  QStringLiteral("MiB"));
    for (Method m : kMethods) {
        TallyOptions o;
        o.method = m;
        int winners = 0;
        const double ms = bench::medianMs(3, [&] { winners = int(tally(big, o)->winners.size()); });
        bench::report(QStringLiteral("100000 ballots x 50 candidates, %1").arg(methodKey(m)), ms, QStringLiteral("ms"));
        bench::report(QStringLiteral("  peak memory after %1").arg(methodKey(m)), bench::peakMemoryMiB(),
                      QStringLiteral("MiB"));
        if (winners == 0)
            return 1;
    }

    Election session;
    session.candidateCount = 15;
    for (int i = 0; i < 12; ++i)
        session.ranked.push_back(randomBallot(g, session.candidateCount));
    const RankedBallot extra = randomBallot(g, session.candidateCount);
    for (Method m : kMethods) {
        TallyOptions o;
        o.method = m;
        o.tieBreak.rule = TieBreakRule::MethodThenLottery;
        o.tieBreak.seed = 1234;
        Election e = session;
        const double ms = bench::medianMs(101, [&] {
            e.ranked.push_back(extra);
            const auto r = tally(e, o);
            e.ranked.pop_back();
            if (!r)
                std::abort();
        });
        bench::report(
            QStringLiteral("12-member session (15 candidates), re-tally after one ballot, %1").arg(methodKey(m)),
            ms * 1000.0, QStringLiteral("us"));
    }
    return 0;
}
