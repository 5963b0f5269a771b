#include "core/services/VotingCountService.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "core/voting/Tally.h"

#include <QCoreApplication>
#include <QMap>

namespace proxima {

using namespace voting;

namespace {

// The turnout by channel, from the stored rows; the laptop's ballots are the members on the register.
VotingTurnout turnoutOf(const QList<VotingBallotRow>& rows, const VotingProgress& progress, Method method)
{
    VotingTurnout t;
    t.eligible = progress.eligible;
    t.membersVoted = progress.voted;
    t.method = method;
    QMap<QString, VotingTurnout::Channel> channels;
    for (const VotingBallotRow& row : rows) {
        VotingTurnout::Channel& ch = channels[row.channel];
        ch.channel = row.channel;
        if (row.kind == VotingBallotRow::Kind::Counts) {
            ch.countedVoters += row.weight;
            for (qint64 v : row.values)
                ch.countedTotal += v;
        } else {
            ch.ballots += row.weight;
        }
    }
    if (auto laptop = channels.find(QStringLiteral("laptop")); laptop != channels.end()) {
        laptop->ballots = qMax<qint64>(0, laptop->ballots - progress.voted);
        if (laptop->ballots == 0 && laptop->countedVoters == 0 && laptop->countedTotal == 0)
            channels.erase(laptop);
    }
    t.channels = channels.values();
    return t;
}

// Counted totals were spread one dot per ballot; count them as the voters they came from instead.
void countVotersNotDots(TallyResult& result, const VotingTurnout& turnout)
{
    for (const VotingTurnout::Channel& ch : turnout.channels) {
        const qint64 delta = ch.countedVoters - ch.countedTotal;
        if (delta == 0)
            continue;
        for (ChannelSubtotal& subtotal : result.channels) {
            if (subtotal.channel == ch.channel)
                subtotal.ballots += delta;
        }
        result.ballotsCounted += delta;
    }
}

// The ranking as priorities of the candidate cases (tied candidates share a place) and as a one-line summary.
QList<QPair<qint64, int>> prioritiesOf(const VotingSession& session, const Tiers& ranking, QStringList* summary)
{
    QList<QPair<qint64, int>> priorities;
    int place = 1;
    for (const auto& tier : ranking) {
        for (int c : tier) {
            const VotingCandidate& candidate = session.candidates.at(c);
            if (candidate.caseId != 0)
                priorities.append({candidate.caseId, place});
            *summary << QStringLiteral("%1. %2").arg(place).arg(candidate.label);
        }
        place += int(tier.size());
    }
    return priorities;
}

// The rows of a session as the engine reads them for options.method (see VotingCountService::election).
Result<Election> electionFrom(const QList<VotingBallotRow>& rows, const VotingSession& session,
                              const TallyOptions& options)
{
    Election e;
    e.candidateCount = int(session.candidates.size());
    std::vector<RankedBallot> ranked;
    for (const VotingBallotRow& row : rows) {
        switch (row.kind) {
        case VotingBallotRow::Kind::Ranked:
            ranked.push_back({row.ranking, row.weight, row.channel});
            break;
        case VotingBallotRow::Kind::Values:
            e.scored.push_back({row.values, row.weight, row.channel});
            break;
        case VotingBallotRow::Kind::Counts:
            // One single-dot ballot per candidate, weighted by its total.
            for (size_t c = 0; c < row.values.size(); ++c) {
                if (row.values[c] == 0)
                    continue;
                std::vector<qint64> one(c + 1, 0);
                one[c] = 1;
                e.scored.push_back({one, row.values[c], row.channel});
            }
            break;
        }
    }
    if (isRankedMethod(options.method)) {
        if (!e.scored.empty())
            return Error{QCoreApplication::translate("VotingCountService",
                                                     "the ballots of session %1 give numbers, not rankings: %2 cannot "
                                                     "count them")
                             .arg(session.id)
                             .arg(methodName(options.method)),
                         {}, 0, QStringLiteral("method")};
        e.ranked = std::move(ranked);
    } else if (!ranked.empty()) {
        const Election conversion{e.candidateCount, ranked, {}};
        for (ScoreBallot& b : scoreBallotsFromRanked(conversion, options))
            e.scored.push_back(std::move(b));
    }
    return e;
}

} // namespace

Result<Election> VotingCountService::election(const VotingSession& session, const TallyOptions& options) const
{
    Result<QList<VotingBallotRow>> rows = VotingRepository(m_ws).ballots(session.id);
    if (!rows)
        return rows.error();
    return electionFrom(*rows, session, options);
}

Result<VotingCount> VotingCountService::count(qint64 sessionId) const
{
    Result<VotingSession> session = VotingRepository(m_ws).find(sessionId);
    if (!session)
        return session.error();
    return count(*session, session->options);
}

Result<VotingCount> VotingCountService::count(const VotingSession& session, const TallyOptions& options) const
{
    VotingRepository votes(m_ws);
    Result<QList<VotingBallotRow>> rows = votes.ballots(session.id);
    if (!rows)
        return rows.error();
    Result<VotingProgress> progress = votes.progress(session.id);
    if (!progress)
        return progress.error();
    Result<Election> e = electionFrom(*rows, session, options);
    if (!e)
        return e.error();
    Result<TallyResult> result = tally(*e, options);
    if (!result)
        return result.error();
    VotingCount counted;
    counted.session = session;
    counted.options = options;
    counted.election = std::move(e).value();
    counted.result = std::move(result).value();
    counted.turnout = turnoutOf(*rows, *progress, options.method);
    if (!isRankedMethod(options.method))
        countVotersNotDots(counted.result, counted.turnout);
    return counted;
}

Result<ClosedVote> VotingCountService::close(qint64 sessionId) const
{
    ClosedVote closed;
    const Status written = m_ws.write([&]() -> Status {
        Result<VotingCount> counted = count(sessionId);
        if (!counted)
            return counted.error();
        closed.count = std::move(counted).value();
        const VotingSession& session = closed.count.session;
        QStringList summary;
        const QList<QPair<qint64, int>> priorities = prioritiesOf(session, closed.count.result.ranking, &summary);
        Result<int> revision = VotingRepository(m_ws).markClosed(sessionId, closed.count.result,
                                                                 summary.join(QStringLiteral("; ")));
        if (!revision)
            return revision.error();
        closed.sessionRevision = *revision;
        closed.count.session.state = VotingState::Closed;
        closed.count.session.agreedRanking = closed.count.result.ranking;
        closed.count.session.revision = *revision;

        // Only the cases whose priority changes get a new revision; the app counts those as its own writes.
        CaseRepository cases(m_ws);
        QList<qint64> changing;
        for (const auto& [caseId, place] : priorities) {
            Result<ProblemCase> before = cases.find(caseId);
            if (!before && before.error().code == ErrorCode::NotFound)
                continue; // deleted since the session was prepared: nothing to write back
            if (!before)
                return before.error();
            if (before->priority != place)
                changing << caseId;
        }
        const QString reason = QCoreApplication::translate("VotingCountService", "vote \"%1\" (%2)")
                                   .arg(session.question, methodName(closed.count.result.method));
        if (Status s = cases.setPriorities(priorities, reason); !s)
            return s;
        for (qint64 caseId : changing) {
            Result<ProblemCase> after = cases.find(caseId);
            if (!after)
                return after.error();
            closed.caseRevisions.append({caseId, after->revision});
        }
        return {};
    });
    if (!written)
        return written.error();
    return closed;
}

} // namespace proxima
