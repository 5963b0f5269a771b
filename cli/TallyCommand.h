#pragma once

#include "cli/Command.h"
#include "core/common/Result.h"
#include "core/services/VotingTurnout.h"
#include "core/voting/Ballot.h"
#include "core/voting/TallyResult.h"

#include <optional>
#include <vector>

namespace proxima::cli {

/// Ballots with the ids and names to print for each candidate index.
struct TallyInput
{
    QStringList ids;   ///< printed id of candidate i (PrefLib: its 1-based number)
    QStringList names; ///< display name of candidate i
    voting::Election election;
    QString source; ///< where the ballots came from (a path), named in errors
    std::optional<VotingTurnout> turnout; ///< a workspace session: who voted, printed instead of a ballot count
    std::vector<Error> warnings; ///< what the file's reader accepted but reports (stated counts that disagree, ...)
};

/// Loads ballots from a PrefLib file (.soc/.soi/.toc/.toi) or a ballot CSV (.csv: ranks for ranked methods,
/// values for dots/approval/score).
Result<TallyInput> loadTallyInput(const QString& path, voting::Method method);

/// Prints a result: human-readable (ranking, scores, working, tie-breaks, explanation) or one JSON object.
void printTallyResult(const voting::TallyResult& result, const TallyInput& input, const voting::TallyOptions& options,
                      bool json, QTextStream& out);

/// Tallies input with options and prints; returns an ExitCode (1 when the ballots are invalid).
int tallyAndPrint(const TallyInput& input, const voting::TallyOptions& options, bool json, Io& io);

/// `proxima-cli tally FILE --method M [--json] ...`: counts a ballot file with one method.
class TallyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
