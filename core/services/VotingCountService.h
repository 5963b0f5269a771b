#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/services/VotingTurnout.h"
#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"

#include <QList>
#include <QPair>

namespace proxima {

class Workspace;

/// A voting session counted: what the CLI, the voting page, the projector and the results sheet all show.
struct VotingCount
{
    VotingSession session;
    voting::TallyOptions options; ///< what was counted with: the session's own options unless overridden
    voting::Election election;    ///< the ballots as the engine read them (counted totals spread one dot per ballot)
    voting::TallyResult result;   ///< ballotsCounted and channel subtotals count voters, not spread dots
    VotingTurnout turnout;
};

/// A session closed: its final count and the revisions the close stored.
struct ClosedVote
{
    VotingCount count;
    int sessionRevision = 0;                  ///< the session's revision after closing
    QList<QPair<qint64, int>> caseRevisions;  ///< (case id, new revision) of every case whose priority changed
};

/// Counting and closing voting sessions: loads the ballots of every channel (laptop, paper, stickers, import)
/// through the repository, counts them with the pure tally, and stores what a close decides.
class VotingCountService
{
public:
    explicit VotingCountService(Workspace& ws) : m_ws(ws) {}

    /// Counts a session with its own method, options and tie-break, whatever its state.
    Result<VotingCount> count(qint64 sessionId) const;
    /// Counts a session with other options (another method, other dots or tie-break settings).
    Result<VotingCount> count(const VotingSession& session, const voting::TallyOptions& options) const;
    /// The ballots of a session as the engine reads them for options.method: counted totals become single-dot
    /// ballots weighted by their total, and ranked ballots are converted for a score-type method. Refused when a
    /// ranked method meets ballots that give numbers.
    Result<voting::Election> election(const VotingSession& session, const voting::TallyOptions& options) const;
    /// In one transaction: the final count, the session closed with its result, and the ranking written back as
    /// the candidate cases' priorities (1 = first; tied candidates share a priority). Refused unless open.
    Result<ClosedVote> close(qint64 sessionId) const;

private:
    Workspace& m_ws;
};

} // namespace proxima
