#include "core/voting/ScoreMethods.h"
#include "core/voting/RankingSupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace proxima::voting {

namespace {

Error ballotError(size_t index, const QString& message)
{
    return Error{message, {}, 0, QCoreApplication::translate("Voting", "ballot %1").arg(index + 1)};
}

// Shared by the three score-type methods: validate each ballot with check(), then sum.
template <typename Check>
Result<TallyResult> sumValues(Method method, const QString& label, int candidateCount,
                              const std::vector<ScoreBallot>& ballots, Check check)
{
    TallyResult r;
    r.method = method;
    r.candidateCount = candidateCount;
    r.scoreLabel = label;
    ShareAccumulator all(candidateCount);
    ChannelTotals channels(candidateCount);
    for (size_t i = 0; i < ballots.size(); ++i) {
        const ScoreBallot& b = ballots[i];
        if (b.weight <= 0)
            return ballotError(i, QCoreApplication::translate("Voting", "weight must be positive"));
        if (b.values.size() > static_cast<size_t>(candidateCount))
            return ballotError(i, QCoreApplication::translate("Voting", "more values than candidates"));
        for (qint64 v : b.values) {
            if (v < 0)
                return ballotError(i, QCoreApplication::translate("Voting", "negative value %1").arg(v));
        }
        const QString problem = check(b);
        if (!problem.isEmpty())
            return ballotError(i, problem);
        ShareAccumulator& channel = channels.forBallot(b.channel, b.weight);
        r.ballotsCounted += b.weight;
        for (size_t c = 0; c < b.values.size(); ++c) {
            if (b.values[c] == 0)
                continue;
            all.add(static_cast<int>(c), b.values[c] * b.weight, 1);
            channel.add(static_cast<int>(c), b.values[c] * b.weight, 1);
        }
    }
    r.scores = all.totals();
    r.channels = channels.finish();
    r.rawTiers = tiersFromScores(r.scores);
    r.ranking = r.rawTiers;
    r.winners = r.ranking.empty() ? std::vector<int>{} : r.ranking.front();
    return r;
}

} // namespace

Result<TallyResult> tallyDots(int candidateCount, const std::vector<ScoreBallot>& ballots, const DotsOptions& options)
{
    return sumValues(Method::Dots, QStringLiteral("dots"), candidateCount, ballots, [&](const ScoreBallot& b) {
        qint64 spent = 0;
        for (qint64 v : b.values) {
            if (v > options.maxPerItem)
                return QCoreApplication::translate("Voting", "%1 dots on one item, at most %2 allowed")
                    .arg(v)
                    .arg(options.maxPerItem);
            spent += v;
        }
        if (spent > options.dotsPerVoter)
            return QCoreApplication::translate("Voting", "%1 dots used, only %2 per voter")
                .arg(spent)
                .arg(options.dotsPerVoter);
        return QString();
    });
}

Result<TallyResult> tallyApproval(int candidateCount, const std::vector<ScoreBallot>& ballots,
                                  const ApprovalOptions& options)
{
    return sumValues(Method::Approval, QStringLiteral("approvals"), candidateCount, ballots, [&](const ScoreBallot& b) {
        qint64 approvals = 0;
        for (qint64 v : b.values) {
            if (v > 1)
                return QCoreApplication::translate("Voting", "approval values are 0 or 1, not %1").arg(v);
            approvals += v;
        }
        if (options.maxApprovals > 0 && approvals > options.maxApprovals)
            return QCoreApplication::translate("Voting", "%1 items approved, at most %2 allowed")
                .arg(approvals)
                .arg(options.maxApprovals);
        return QString();
    });
}

Result<TallyResult> tallyScore(int candidateCount, const std::vector<ScoreBallot>& ballots, const ScoreOptions& options)
{
    return sumValues(Method::Score, QStringLiteral("score"), candidateCount, ballots, [&](const ScoreBallot& b) {
        for (qint64 v : b.values) {
            if (v > options.maxScore)
                return QCoreApplication::translate("Voting", "score %1 above the maximum %2")
                    .arg(v)
                    .arg(options.maxScore);
        }
        return QString();
    });
}

ScoreBallot approvalFromRanking(int candidateCount, const RankedBallot& ballot, int topN)
{
    ScoreBallot s{std::vector<qint64>(static_cast<size_t>(candidateCount), 0), ballot.weight, ballot.channel};
    int taken = 0;
    for (const auto& tier : ballot.tiers) {
        if (topN > 0 && taken + static_cast<int>(tier.size()) > topN)
            break;
        for (int c : tier)
            s.values[static_cast<size_t>(c)] = 1;
        taken += static_cast<int>(tier.size());
        if (topN <= 0)
            break;
    }
    return s;
}

ScoreBallot scoreFromRanking(int candidateCount, const RankedBallot& ballot, int maxScore)
{
    ScoreBallot s{std::vector<qint64>(static_cast<size_t>(candidateCount), 0), ballot.weight, ballot.channel};
    qint64 above = 0;
    for (const auto& tier : ballot.tiers) {
        for (int c : tier)
            s.values[static_cast<size_t>(c)] = std::max<qint64>(0, maxScore - above);
        above += static_cast<qint64>(tier.size());
    }
    return s;
}

ScoreBallot dotsFromRanking(int candidateCount, const RankedBallot& ballot, const DotsOptions& options)
{
    ScoreBallot s{std::vector<qint64>(static_cast<size_t>(candidateCount), 0), ballot.weight, ballot.channel};
    qint64 left = options.dotsPerVoter;
    qint64 cap = options.maxPerItem; // a lower place never gets more dots than a higher one
    for (const auto& tier : ballot.tiers) {
        const qint64 each = std::min<qint64>(cap, left / static_cast<qint64>(tier.size()));
        if (each <= 0)
            break;
        cap = each;
        for (int c : tier)
            s.values[static_cast<size_t>(c)] = each;
        left -= each * static_cast<qint64>(tier.size());
    }
    return s;
}

} // namespace proxima::voting
