#pragma once

#include "core/common/Result.h"
#include "core/io/PabulibDocument.h"
#include "core/model/BudgetRound.h"

#include <QString>

#include <optional>

namespace proxima {

class Workspace;

/// Pabulib (.pb) files and workspace budgeting rounds. Import: each project becomes a proposal (code = project
/// id), the budget a euros pool, the votes ballots (or, without votes, the "votes" column support counts).
/// Everything else in the file (META keys, extra columns) is kept with the round so that exporting an unchanged
/// round writes the same document; edited values (costs, capacity, ballots) are written as they are now.
class RoundPabulib
{
public:
    /// A round (not yet stored; placeholder ids) from a parsed document; errors name the file, line and field.
    static Result<BudgetRound> fromDocument(const io::PabulibDocument& document, const QString& fileName);
    /// Reads a .pb file as a round ready to store (named after the file when it has no description), checked as the
    /// repository checks a new round, so that a file it would refuse is an error naming the file, line and field.
    static Result<BudgetRound> readFile(const QString& path);
    /// Reads a .pb file (readFile) and stores it as a new round of the workspace.
    static Result<BudgetRound> importFile(Workspace& ws, const QString& path);
    /// The document of a round (loaded with its ballots). Pabulib knows one budget: the pool poolId gives the
    /// budget and the project costs; without poolId, the euros pool (else the first). Error (field "pool") naming
    /// the pool when the round has no pool poolId.
    static Result<io::PabulibDocument> toDocument(const BudgetRound& round, std::optional<qint64> poolId = {});
    /// Writes a round to a .pb file (see toDocument for poolId).
    static Status exportFile(const BudgetRound& round, const QString& path, std::optional<qint64> poolId = {});
    /// Index of the pool a user names by id, name (any case) or kind key ("police_hours"); -1 when none.
    static int findPool(const BudgetRound& round, const QString& text);
    /// Index of the pool exported as the pabulib budget (-1 when the round has no pool).
    static int budgetPool(const BudgetRound& round);
};

} // namespace proxima
