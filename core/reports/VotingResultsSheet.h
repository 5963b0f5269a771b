#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/reports/ReportDocument.h"
#include "core/services/VotingCountService.h"
#include "core/voting/TallyResult.h"

#include <QString>

namespace proxima {
class Workspace;
}

namespace proxima::reports {

/// What the results sheet says about where and when the vote took place.
struct VotingSheetContext
{
    QString workspace;   ///< workspace name, printed in the frame
    QString meeting;     ///< e.g. "CoPmittee meeting of 2026-03-12, Maison de quartier"
    VotingTurnout turnout; ///< who voted, from the count the sheet prints
    QDate generatedOn;
};

/// The context of a counted session's sheet as the workspace knows it: its name, today, the meeting, the turnout.
Result<VotingSheetContext> votingSheetContext(Workspace& ws, const VotingCount& count);

/// The places of a ranking: place[c] = 1 + number of candidates ranked strictly above c (ties share a place).
std::vector<int> placesOf(const voting::Tiers& ranking, int candidateCount);

/// A one-page results sheet for the minutes: question, method, ranking with scores, tie-breaks, turnout,
/// the method explained, and a short summary of the working (channel subtotals, IRV rounds).
ReportDocument votingResultsSheet(const VotingCount& count, const VotingSheetContext& context);
/// The sheet of a session as it stands, counted by VotingCountService (the count the app and the CLI show).
Result<ReportDocument> votingResultsSheet(Workspace& ws, qint64 sessionId);

/// Results as CSV text (comma separated, quoted where needed): place, candidate id, label, score, one column per
/// entry channel for score-type methods.
QString votingResultsCsv(const VotingCount& count);

} // namespace proxima::reports
