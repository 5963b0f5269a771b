#pragma once

#include "core/common/Result.h"
#include "core/model/BudgetRound.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes budgeting rounds: pools, proposals with costs and action bundles, constraints, ballots and
/// accepted allocations. New pools and proposals carry an id <= 0; a negative id is a placeholder that costs,
/// constraints and ballots of the same save may refer to, replaced by the stored id.
class BudgetRepository
{
public:
    explicit BudgetRepository(Workspace& ws) : m_ws(ws) {}

    /// Every round (name, period, kind; without pools, proposals or ballots), latest period first.
    Result<QList<BudgetRound>> listRounds() const;
    /// One round with pools, proposals and constraints, and its ballots when withBallots.
    Result<BudgetRound> load(qint64 roundId, bool withBallots = true) const;
    /// Inserts a round with everything it holds, ballots included.
    Result<BudgetRound> add(const BudgetRound& round);
    /// Saves a round loaded at round.revision: header, pools, proposals and constraints (ballots untouched).
    /// Pools and proposals missing from round are deleted. Conflict when changed meanwhile.
    Result<BudgetRound> save(const BudgetRound& round, OnConflict policy = OnConflict::Report);
    /// Deletes a round loaded at expectedRevision, with everything in it.
    Status remove(qint64 roundId, int expectedRevision);

    /// Replaces the ballots of a round (and its ballot kind); proposal ids must be the round's.
    Status replaceBallots(qint64 roundId, SupportBallotKind kind, const QList<BudgetBallot>& ballots);
    /// The ballots of a round in stored order.
    Result<QList<BudgetBallot>> ballots(qint64 roundId) const;

    /// Allocations accepted in a round, oldest first.
    Result<QList<BudgetAllocation>> allocations(qint64 roundId) const;
    /// Records an accepted allocation (id is assigned unless set, to restore one); actor and time from the workspace.
    Result<BudgetAllocation> addAllocation(const BudgetAllocation& allocation);
    /// Deletes an accepted allocation.
    Status removeAllocation(qint64 allocationId);

    /// Checks a round's fields: names, decimal amounts, duplicate codes, constraint ends; the error names the field.
    static Status validate(const BudgetRound& round);
    /// Checks one cost entry: cost, minimum and maximum are amounts with 0 <= minimum <= cost <= maximum (bounds
    /// optional); the error names the proposal and pool and has field "cost", "minimum" or "maximum".
    static Status validateCost(const ProposalCost& cost, const QString& proposal, const QString& pool = {});
    /// Checks ballots against a round's proposals and kind.
    static Status validateBallots(const BudgetRound& round, SupportBallotKind kind, const QList<BudgetBallot>& ballots);

private:
    Status writeContent(BudgetRound& round, bool replacing);
    Status writeBallots(qint64 roundId, const QList<BudgetBallot>& ballots);

    Workspace& m_ws;
};

} // namespace proxima
