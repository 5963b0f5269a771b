#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/reports/ReportDocument.h"
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
    int voted = 0;       ///< members on the "has voted" register
    int eligible = 0;    ///< eligible members
    QDate generatedOn;
};

/// The context of a session's sheet as the workspace knows it: its name, today, the meeting, the turnout.
Result<VotingSheetContext> votingSheetContext(Workspace& ws, const VotingSession& session);

/// The places of a ranking: place[c] = 1 + number of candidates ranked strictly above c (ties share a place).
std::vector<int> placesOf(const voting::Tiers& ranking, int candidateCount);

/// A one-page results sheet for the minutes: question, method, ranking with scores, tie-breaks, turnout,
/// the method explained, and a short summary of the working (channel subtotals, IRV rounds).
ReportDocument votingResultsSheet(const VotingSession& session, const voting::TallyResult& result,
                                  const VotingSheetContext& context);

/// Results as CSV text (comma separated, quoted where needed): place, candidate id, label, score, one column per
/// entry channel for score-type methods.
QString votingResultsCsv(const VotingSession& session, const voting::TallyResult& result);

} // namespace proxima::reports
