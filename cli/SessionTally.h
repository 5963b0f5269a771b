#pragma once

#include "cli/ArgumentParser.h"
#include "cli/TallyCommand.h"
#include "core/model/VotingSession.h"

namespace proxima {
struct VotingCount;
}

namespace proxima::cli {

/// True when the file starts like an SQLite database (a workspace), not a ballot file.
bool isWorkspaceFile(const QString& path);
/// The printed id of a candidate: its case id, or "#P" (1-based position) for a free item.
QString candidateId(const VotingSession& session, int position);
/// The position of the candidate with a printed id (case id or "#P"); the error names the field "candidate".
Result<int> candidatePosition(const VotingSession& session, const QString& id);
/// A counted session as the tally printer reads it: ids and labels of its candidates, ballots and turnout.
TallyInput sessionTallyInput(const QString& source, const VotingCount& counted);
/// `tally WORKSPACE --session N [...]`: counts a session with its settings, overridden by the given options.
int runSessionTally(const ArgumentParser& parser, Io& io);

} // namespace proxima::cli
