#pragma once

#include "core/voting/TallyOptions.h"
#include "core/voting/TallyResult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace proxima {

/// Where a voting session stands: prepared, taking ballots, counted.
enum class VotingState { Draft, Open, Closed };

/// "draft", "open", "closed".
QString votingStateKey(VotingState state);
/// The state for a key, if it is one.
std::optional<VotingState> votingStateFromKey(const QString& key);
/// Translated name of a state.
QString votingStateLabel(VotingState state);

/// One thing voted on: a problem case, or a free item (caseId 0).
struct VotingCandidate
{
    qint64 caseId = 0;
    QString label;
    bool operator==(const VotingCandidate&) const = default;
};

/// A voting session of a meeting: question, candidates, method with options and tie-break, who may vote.
struct VotingSession
{
    qint64 id = 0;
    qint64 meetingId = 0;             ///< 0 = not tied to a meeting
    QString question;
    QList<VotingCandidate> candidates; ///< ballots refer to candidates by their position here
    voting::TallyOptions options;      ///< method, every method's options and the tie-break (with its seed)
    QList<qint64> eligibleIds;         ///< members who may vote (the members present)
    bool secret = true;                ///< secret: ballots cannot be linked to voters
    bool hideResults = true;           ///< results shown only once the session is closed
    VotingState state = VotingState::Draft;
    voting::Tiers agreedRanking;       ///< candidate positions, best first; set when the session closes
    QDateTime closedAt;
    QDateTime updatedAt;
    int revision = 0;

    /// The labels of the candidates, in position order.
    QStringList labels() const;
};

/// One ballot as a voter or the facilitator enters it: a ranking for ranked methods, numbers otherwise.
struct CastBallot
{
    voting::Tiers ranking;        ///< ranked methods: places of candidate positions, best first
    std::vector<qint64> values;   ///< dots / approval (0/1) / score: one number per candidate
    qint64 weight = 1;            ///< identical paper ballots entered at once
    QString channel = QStringLiteral("laptop"); ///< laptop, paper, stickers or import
};

/// Paper or sticker totals per candidate, entered as counted by the facilitator (score-type methods).
struct CountedEntry
{
    std::vector<qint64> totals;   ///< per candidate
    qint64 voters = 0;            ///< how many voters these totals come from
    QString channel = QStringLiteral("stickers");
};

/// How far voting has got: the register size against the eligible members, plus other channels.
struct VotingProgress
{
    int voted = 0;        ///< members in the "has voted" register
    int eligible = 0;     ///< members allowed to vote
    qint64 otherBallots = 0; ///< paper, sticker and imported ballots (weighted)
};

/// A ballot of a named session with its voter (never available for secret sessions).
struct NamedBallot
{
    qint64 ballotId = 0;
    qint64 memberId = 0;
    CastBallot ballot;
};

} // namespace proxima
