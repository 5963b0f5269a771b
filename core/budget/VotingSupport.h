#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// Takes a budgeting round's support from the ballots of a closed voting session.
class VotingSupport
{
public:
    /// Replaces the round's support by the session's ballots. A candidate supports the proposal with the same title
    /// (case-insensitive) or, when the candidate is a case, every proposal whose actions belong to that case.
    /// Approval, score and dot ballots keep their numbers; ranked ballots become rankings. Every ballot gets an
    /// anonymous key, so secret sessions stay secret. Returns how many ballots were taken over.
    static Result<int> apply(Workspace& ws, qint64 roundId, qint64 sessionId);
};

} // namespace proxima
