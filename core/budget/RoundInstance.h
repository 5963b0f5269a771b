#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"

namespace proxima {

/// Turns a workspace budgeting round into the pure instance the rules run on (exact decimals throughout).
/// Resources follow the pools (id and name = pool name), projects follow the proposals (id = proposal code),
/// constraints and ballots are mapped to indices.
class RoundInstance
{
public:
    /// The instance of a round; an Error names the pool or proposal whose amount is not a decimal.
    static Result<budgeting::BudgetInstance> toInstance(const BudgetRound& round);
    /// The ballot kind of the pure engine for a round's kind (ranked -> ordinal).
    static budgeting::BallotKind ballotKind(SupportBallotKind kind);
};

} // namespace proxima
