#include "core/budget/BudgetSupport.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>

namespace proxima {

QList<BudgetBallot> BudgetSupport::toBallots(SupportBallotKind kind, const QList<VoterSupport>& ballots)
{
    const bool points = kind == SupportBallotKind::Score || kind == SupportBallotKind::Cumulative;
    QList<BudgetBallot> result;
    result.reserve(ballots.size());
    for (const VoterSupport& v : ballots) {
        BudgetBallot ballot;
        ballot.voterKey = v.voterKey;
        ballot.proposalIds = v.proposalIds;
        ballot.points = points ? v.points : QList<qint64>(v.proposalIds.size(), 1);
        result.append(std::move(ballot));
    }
    return result;
}

Status BudgetSupport::setBallots(Workspace& ws, qint64 roundId, SupportBallotKind kind,
                                 const QList<VoterSupport>& ballots)
{
    return BudgetRepository(ws).replaceBallots(roundId, kind, toBallots(kind, ballots));
}

Status BudgetSupport::setCounts(Workspace& ws, qint64 roundId, const QHash<qint64, qint64>& counts)
{
    return ws.write([&]() -> Status {
        BudgetRepository repository(ws);
        Result<BudgetRound> round = repository.load(roundId, false);
        if (!round)
            return round.error();
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (round->proposalIndex(it.key()) < 0)
                return Error{QCoreApplication::translate("BudgetSupport", "proposal %1 is not in the round")
                                 .arg(it.key()), {}, 0, QStringLiteral("proposal")};
            if (it.value() < 0)
                return Error{QCoreApplication::translate("BudgetSupport", "support cannot be negative"), {}, 0,
                             QStringLiteral("support")};
        }
        // Ballots go first: replacing them marks the round as ballot-supported, the save below sets counts.
        if (Status s = repository.replaceBallots(roundId, round->ballotKind, {}); !s)
            return s;
        round = repository.load(roundId, false);
        if (!round)
            return round.error();
        for (BudgetProposal& p : round->proposals)
            p.supportCount = counts.value(p.id, 0);
        round->supportFromCounts = true;
        Result<BudgetRound> saved = repository.save(*round);
        return saved ? Status{} : Status{saved.error()};
    });
}

} // namespace proxima
