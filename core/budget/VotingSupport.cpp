#include "core/budget/VotingSupport.h"

#include "core/budget/BudgetSupport.h"
#include "core/services/VotingCountService.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/BudgetRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace proxima {
namespace {

Error invalid(const QString& message, const char* field)
{
    return Error{message, {}, 0, QString::fromLatin1(field)};
}

} // namespace

Result<int> VotingSupport::apply(Workspace& ws, qint64 roundId, qint64 sessionId)
{
    VotingRepository votes(ws);
    Result<VotingSession> session = votes.find(sessionId);
    if (!session)
        return session.error();
    if (session->state != VotingState::Closed)
        return invalid(QCoreApplication::translate("VotingSupport",
                                                   "voting session %1 is not closed yet: its ballots may still change")
                           .arg(sessionId),
                       "session");
    Result<BudgetRound> round = BudgetRepository(ws).load(roundId, false);
    if (!round)
        return round.error();

    // Which proposals each candidate supports.
    Result<QList<ResponseAction>> actions = ActionRepository(ws).listAll();
    if (!actions)
        return actions.error();
    QHash<qint64, qint64> caseOfAction;
    for (const ResponseAction& a : *actions)
        caseOfAction.insert(a.id, a.caseId);
    QList<QList<qint64>> proposalsOf;
    int matched = 0;
    for (const VotingCandidate& candidate : session->candidates) {
        QList<qint64> proposals;
        for (const BudgetProposal& p : round->proposals) {
            bool sameCase = false;
            for (qint64 action : p.actionIds)
                sameCase = sameCase || (candidate.caseId > 0 && caseOfAction.value(action) == candidate.caseId);
            if (sameCase || p.title.compare(candidate.label, Qt::CaseInsensitive) == 0)
                proposals << p.id;
        }
        matched += proposals.isEmpty() ? 0 : 1;
        proposalsOf << proposals;
    }
    if (matched == 0)
        return invalid(QCoreApplication::translate("VotingSupport",
                                                   "no candidate of voting session %1 matches a proposal of the round "
                                                   "(by title, or by the case its actions belong to)")
                           .arg(sessionId),
                       "session");

    Result<voting::Election> election = VotingCountService(ws).election(*session, session->options);
    if (!election)
        return election.error();
    const voting::Method method = session->options.method;
    const bool scored = method == voting::Method::Approval || method == voting::Method::Score ||
                        method == voting::Method::Dots;
    const SupportBallotKind kind = method == voting::Method::Approval ? SupportBallotKind::Approval
                                   : method == voting::Method::Score  ? SupportBallotKind::Score
                                   : method == voting::Method::Dots   ? SupportBallotKind::Cumulative
                                                                      : SupportBallotKind::Ranked;
    QList<BudgetSupport::VoterSupport> ballots;
    auto add = [&](const QList<QPair<qint64, qint64>>& entries, qint64 weight) {
        BudgetSupport::VoterSupport ballot;
        QSet<qint64> seen;
        for (const auto& [proposal, points] : entries) {
            if (seen.contains(proposal))
                continue; // a proposal reached through two candidates counts once, at its first place
            seen.insert(proposal);
            ballot.proposalIds << proposal;
            ballot.points << points;
        }
        for (qint64 copy = 0; copy < weight; ++copy) {
            ballot.voterKey = QStringLiteral("ballot-%1").arg(ballots.size() + 1);
            ballots << ballot;
        }
    };
    if (scored) {
        for (const voting::ScoreBallot& b : election->scored) {
            QList<QPair<qint64, qint64>> entries;
            for (size_t c = 0; c < b.values.size() && int(c) < proposalsOf.size(); ++c) {
                if (b.values[c] <= 0)
                    continue;
                for (qint64 proposal : proposalsOf.at(int(c)))
                    entries.append({proposal, kind == SupportBallotKind::Approval ? 1 : b.values[c]});
            }
            add(entries, b.weight);
        }
    } else {
        for (const voting::RankedBallot& b : election->ranked) {
            QList<QPair<qint64, qint64>> entries;
            for (const std::vector<int>& tier : b.tiers)
                for (int c : tier)
                    if (c >= 0 && c < proposalsOf.size())
                        for (qint64 proposal : proposalsOf.at(c))
                            entries.append({proposal, 1});
            add(entries, b.weight);
        }
    }
    if (Status s = BudgetSupport::setBallots(ws, roundId, kind, ballots); !s)
        return s.error();
    return int(ballots.size());
}

} // namespace proxima
