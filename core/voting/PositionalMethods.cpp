// Plurality, Borda and Copeland: methods whose score is a plain sum, ranked by equal scores in tiers.
#include "core/voting/RankedMethods.h"
#include "core/voting/RankingSupport.h"

namespace proxima::voting {

namespace {
TallyResult start(Method method, int candidateCount, const std::vector<RankedBallot>& ballots)
{
    TallyResult r;
    r.method = method;
    r.candidateCount = candidateCount;
    for (const auto& b : ballots)
        r.ballotsCounted += b.weight;
    return r;
}

void finishByScores(TallyResult& r)
{
    r.rawTiers = tiersFromScores(r.scores);
    r.ranking = r.rawTiers;
    r.winners = r.ranking.empty() ? std::vector<int>{} : r.ranking.front();
}
} // namespace

TallyResult tallyPlurality(int candidateCount, const std::vector<RankedBallot>& ballots, const PluralityOptions&)
{
    TallyResult r = start(Method::Plurality, candidateCount, ballots);
    ShareAccumulator all(candidateCount);
    ChannelTotals channels(candidateCount);
    for (const RankedBallot& b : ballots) {
        ShareAccumulator& channel = channels.forBallot(b.channel, b.weight);
        if (b.tiers.empty())
            continue;
        const auto& top = b.tiers.front();
        for (int c : top) {
            all.add(c, b.weight, static_cast<int>(top.size()));
            channel.add(c, b.weight, static_cast<int>(top.size()));
        }
    }
    r.scores = all.totals();
    r.channels = channels.finish();
    r.scoreLabel = QStringLiteral("first preferences");
    finishByScores(r);
    return r;
}

TallyResult tallyBorda(int candidateCount, const std::vector<RankedBallot>& ballots, const BordaOptions& options)
{
    TallyResult r = start(Method::Borda, candidateCount, ballots);
    ShareAccumulator all(candidateCount);
    ChannelTotals channels(candidateCount);
    for (const RankedBallot& b : ballots) {
        ShareAccumulator& channel = channels.forBallot(b.channel, b.weight);
        qint64 ranked = 0;
        for (const auto& tier : b.tiers)
            ranked += static_cast<qint64>(tier.size());
        // Candidates strictly below a tier: every later ranked candidate, plus the unranked under Debian's rule.
        qint64 below = options.unranked == UnrankedRule::BelowRanked ? candidateCount : ranked;
        for (const auto& tier : b.tiers) {
            below -= static_cast<qint64>(tier.size());
            for (int c : tier) {
                all.add(c, below * b.weight, 1);
                channel.add(c, below * b.weight, 1);
            }
        }
    }
    r.scores = all.totals();
    r.channels = channels.finish();
    r.scoreLabel = QStringLiteral("points");
    finishByScores(r);
    return r;
}

TallyResult tallyCopeland(int candidateCount, const std::vector<RankedBallot>& ballots, const CopelandOptions& options)
{
    TallyResult r = start(Method::Copeland, candidateCount, ballots);
    r.pairwise = pairwiseMatrix(candidateCount, ballots, options.unranked);
    const auto n = static_cast<size_t>(candidateCount);
    r.wins.assign(n, 0);
    r.ties.assign(n, 0);
    r.losses.assign(n, 0);
    r.scores.assign(n, mpq_class(0));
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            if (r.pairwise[i][j] > r.pairwise[j][i])
                ++r.wins[i];
            else if (r.pairwise[i][j] < r.pairwise[j][i])
                ++r.losses[i];
            else
                ++r.ties[i];
        }
        r.scores[i] = mpq_class(2 * r.wins[i] + r.ties[i], 2);
        r.scores[i].canonicalize();
    }
    r.scoreLabel = QStringLiteral("Copeland score");
    finishByScores(r);
    return r;
}

} // namespace proxima::voting
