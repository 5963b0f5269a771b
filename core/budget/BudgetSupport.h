#pragma once

#include "core/common/Result.h"
#include "core/model/BudgetRound.h"

#include <QHash>
#include <QList>
#include <QString>

namespace proxima {

class Workspace;

/// Where a round's support comes from: ballots of a closed voting session, a form or a file, or totals.
/// The integrator feeds a voting session's ballots through setBallots (one VoterSupport per voter).
class BudgetSupport
{
public:
    /// One voter's ballot over proposals (by proposal id): approvals (points empty or all 1), points for score or
    /// cumulative ballots, or a ranking best first (ranked).
    struct VoterSupport
    {
        QString voterKey;           ///< anonymous key; never a name
        QList<qint64> proposalIds;
        QList<qint64> points;       ///< same length as proposalIds for score and cumulative; otherwise ignored
    };

    /// Replaces the round's support by these ballots. Errors: a proposal outside the round, a proposal twice,
    /// points missing or negative.
    static Status setBallots(Workspace& ws, qint64 roundId, SupportBallotKind kind, const QList<VoterSupport>& ballots);
    /// Replaces the round's support by totals per proposal id (proposals not listed get 0).
    static Status setCounts(Workspace& ws, qint64 roundId, const QHash<qint64, qint64>& counts);
    /// The ballots as stored by the repository (approval and ranked ballots get 1 point per entry).
    static QList<BudgetBallot> toBallots(SupportBallotKind kind, const QList<VoterSupport>& ballots);
};

} // namespace proxima
