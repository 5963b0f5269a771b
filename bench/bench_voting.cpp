// Voting engine figures: a large count (100,000 ranked ballots over 50 candidates) and the re-tally after one more
// ballot in a 12-member session (12 ballots over 15 candidates), for every method.
#include "BenchSupport.h"

#include "core/services/VotingCountService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "core/voting/Tally.h"
#include "core/voting/VotingMethod.h"

#include <QCoreApplication>
#include <QTemporaryDir>

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

// The projector's path after one more ballot in a 12-member session on a workspace file: the ballot is cast
// (register + secret ballot in one transaction) and the session is counted again from the file.
void benchWorkspaceSession(std::mt19937_64& g)
{
    QTemporaryDir dir;
    auto ws = std::move(Workspace::create(dir.filePath(QStringLiteral("bench.proxima")))).value();
    QList<VotingCandidate> candidates;
    for (int c = 0; c < 15; ++c) {
        ProblemCase problem;
        problem.title = QStringLiteral("Problem %1").arg(c + 1);
        candidates << VotingCandidate{CaseRepository(*ws).add(problem)->id, problem.title};
    }
    QList<qint64> members;
    for (int m = 0; m < 12; ++m) {
        Member member;
        member.name = QStringLiteral("Member %1").arg(m + 1);
        members << MemberRepository(*ws).add(member)->id;
    }
    VotingRepository repo(*ws);
    for (Method m : kMethods) {
        constexpr int Repeats = 21;
        std::vector<qint64> sessions;
        for (int r = 0; r < Repeats; ++r) {
            VotingSession s;
            s.question = QStringLiteral("Bench");
            s.candidates = candidates;
            s.options.method = m;
            s.options.tieBreak = {TieBreakRule::MethodThenLottery, Method::Borda, 1234};
            s.eligibleIds = members;
            const qint64 id = repo.add(s)->id;
            (void)repo.open(id);
            sessions.push_back(id);
        }
        auto castBallot = [&](qint64 session, int member) {
            CastBallot b;
            if (isRankedMethod(m)) {
                b.ranking = randomBallot(g, 15).tiers;
            } else {
                Election e{15, {randomBallot(g, 15)}, {}};
                TallyOptions o;
                o.method = m;
                b.values = scoreBallotsFromRanked(e, o).front().values;
            }
            if (!repo.cast(session, members.at(member), b))
                std::abort();
        };
        for (qint64 session : sessions) {
            for (int member = 0; member < 11; ++member)
                castBallot(session, member);
        }
        size_t next = 0;
        const double ms = bench::medianMs(Repeats, [&] {
            const qint64 session = sessions.at(next++);
            castBallot(session, 11);
            if (!VotingCountService(*ws).count(session))
                std::abort();
        });
        bench::report(QStringLiteral("workspace, 12th ballot cast + re-tally from the file, %1").arg(methodKey(m)), ms,
                      QStringLiteral("ms"));
    }
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
    benchWorkspaceSession(g);
    return 0;
}
