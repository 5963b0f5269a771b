#include "core/voting/Tally.h"

#include "core/voting/RankedMethods.h"
#include "core/voting/ScoreMethods.h"

#include <QCoreApplication>

namespace proxima::voting {

namespace {

Error ballotError(size_t index, const QString& message)
{
    return Error{message, {}, 0, QCoreApplication::translate("Voting", "ballot %1").arg(index + 1)};
}

// The method's own ranking, without a tie-break (IRV gets the tie-breaker because eliminations need it).
Result<TallyResult> countRaw(const Election& e, const TallyOptions& o, const TieBreaker& tieBreaker)
{
    const int n = e.candidateCount;
    if ((o.method == Method::Schulze || o.method == Method::Copeland) && n > MaxPairwiseCandidates) {
        // Both compare every pair: the duel matrix alone grows as n², which at 100,000 candidates is 80 GB.
        const double gigabytes = 2.0 * 8.0 * double(n) * double(n) / 1e9;
        return Error{QCoreApplication::translate("Voting", "%1 compares every pair of candidates: %2 candidates would "
                                                           "need about %3 GB of memory; it counts at most %4 "
                                                           "candidates (Borda, plurality, approval, score and dots "
                                                           "count any number)")
                         .arg(methodName(o.method)).arg(n).arg(gigabytes, 0, 'f', 0).arg(MaxPairwiseCandidates),
                     {}, 0, QStringLiteral("method")};
    }
    switch (o.method) {
    case Method::Plurality:
        return tallyPlurality(n, e.ranked, o.plurality);
    case Method::Borda:
        return tallyBorda(n, e.ranked, o.borda);
    case Method::Schulze:
        return tallySchulze(n, e.ranked, o.schulze);
    case Method::Irv:
        return tallyIrv(n, e.ranked, o.irv, tieBreaker);
    case Method::Copeland:
        return tallyCopeland(n, e.ranked, o.copeland);
    case Method::Dots:
    case Method::Approval:
    case Method::Score: {
        const std::vector<ScoreBallot> converted =
            e.scored.empty() ? scoreBallotsFromRanked(e, o) : std::vector<ScoreBallot>{};
        const auto& ballots = e.scored.empty() ? converted : e.scored;
        if (o.method == Method::Dots)
            return tallyDots(n, ballots, o.dots);
        if (o.method == Method::Approval)
            return tallyApproval(n, ballots, o.approval);
        return tallyScore(n, ballots, o.score);
    }
    }
    return Error{QStringLiteral("unknown method"), {}, 0, {}};
}

} // namespace

Status validateElection(const Election& election)
{
    const int n = election.candidateCount;
    if (n < 0)
        return Error{QCoreApplication::translate("Voting", "negative number of candidates"), {}, 0, {}};
    std::vector<char> seen(static_cast<size_t>(n), 0);
    for (size_t i = 0; i < election.ranked.size(); ++i) {
        const RankedBallot& b = election.ranked[i];
        if (b.weight <= 0)
            return ballotError(i, QCoreApplication::translate("Voting", "weight must be positive"));
        std::fill(seen.begin(), seen.end(), 0);
        for (const auto& tier : b.tiers) {
            if (tier.empty())
                return ballotError(i, QCoreApplication::translate("Voting", "empty place in the ranking"));
            for (int c : tier) {
                if (c < 0 || c >= n)
                    return ballotError(i, QCoreApplication::translate("Voting", "unknown candidate %1").arg(c));
                if (seen[static_cast<size_t>(c)])
                    return ballotError(i, QCoreApplication::translate("Voting", "candidate %1 ranked twice").arg(c));
                seen[static_cast<size_t>(c)] = 1;
            }
        }
    }
    for (size_t i = 0; i < election.scored.size(); ++i) {
        if (election.scored[i].weight <= 0)
            return ballotError(i, QCoreApplication::translate("Voting", "weight must be positive"));
        if (election.scored[i].values.size() > static_cast<size_t>(n))
            return ballotError(i, QCoreApplication::translate("Voting", "more values than candidates"));
    }
    return {};
}

std::vector<ScoreBallot> scoreBallotsFromRanked(const Election& election, const TallyOptions& options)
{
    std::vector<ScoreBallot> out;
    out.reserve(election.ranked.size());
    for (const RankedBallot& b : election.ranked) {
        switch (options.method) {
        case Method::Approval:
            out.push_back(approvalFromRanking(election.candidateCount, b, options.conversion.approvalTopN));
            break;
        case Method::Score:
            out.push_back(scoreFromRanking(election.candidateCount, b, options.score.maxScore));
            break;
        default:
            out.push_back(dotsFromRanking(election.candidateCount, b, options.dots));
            break;
        }
    }
    return out;
}

Result<TallyResult> tally(const Election& election, const TallyOptions& options)
{
    if (const Status valid = validateElection(election); !valid)
        return valid.error();
    const TieBreakRule rule = options.tieBreak.rule;
    Tiers secondary;
    if (rule == TieBreakRule::SecondMethod || rule == TieBreakRule::MethodThenLottery) {
        TallyOptions second = options;
        second.method = options.tieBreak.secondary;
        second.tieBreak = TieBreak{};
        Result<TallyResult> s = countRaw(election, second, TieBreaker());
        if (!s)
            return s.error();
        secondary = s->rawTiers;
    }
    const TieBreaker tieBreaker(options.tieBreak, election.candidateCount, secondary);
    Result<TallyResult> result = countRaw(election, options, tieBreaker);
    if (!result)
        return result;
    TallyResult r = std::move(result).value();
    tieBreaker.apply(r);
    return r;
}

} // namespace proxima::voting
