#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/VotingBallotRow.h"
#include "core/voting/TallyResult.h"

#include <QList>

namespace proxima {

class Workspace;

/// Voting sessions: settings, state and ballots through every channel, as rows. Counting a session and closing it
/// (the count, the stored result, the priorities written back) is VotingCountService's work.
/// Secret sessions store ballots without voter, time or cast order (see 0003_voting.sql).
class VotingRepository
{
public:
    explicit VotingRepository(Workspace& ws) : m_ws(ws) {}

    /// All sessions, newest first.
    Result<QList<VotingSession>> list() const;
    /// One session; NotFound when absent.
    Result<VotingSession> find(qint64 id) const;
    /// Inserts a session (draft unless state says otherwise).
    Result<VotingSession> add(const VotingSession& session);
    /// Saves the settings of a draft session loaded at session.revision (Conflict when it changed meanwhile).
    Result<VotingSession> update(const VotingSession& session, OnConflict policy = OnConflict::Report);
    /// Deletes a session with its ballots.
    Status remove(qint64 id, int expectedRevision);
    /// Draft -> open: ballots may be cast from now on.
    Status open(qint64 id);
    /// Open -> closed: stores the counted result (its ranking becomes the agreed ranking) and logs the summary.
    /// Refused when the session is not open. Returns the session's new revision.
    Result<int> markClosed(qint64 id, const voting::TallyResult& result, const QString& summary);

    /// A member's ballot at the laptop: the "has voted" register and the ballot, in one transaction.
    /// Refused when the member is not eligible, has voted already, or the session is not open.
    Status cast(qint64 sessionId, qint64 memberId, const CastBallot& ballot);
    /// A ballot without a voter (paper, import), possibly standing for weight identical ballots.
    Status addBallot(qint64 sessionId, const CastBallot& ballot);
    /// Ballots without voters in bulk (an imported file), in one transaction.
    Status addBallots(qint64 sessionId, const QList<CastBallot>& ballots);
    /// Counted paper or sticker totals per candidate (score-type methods only).
    Status addCounts(qint64 sessionId, const CountedEntry& entry);
    /// Withdraws a member's spoiled ballot so that the member can vote again. Named sessions only.
    Status withdraw(qint64 sessionId, qint64 memberId);

    /// Members in the "has voted" register, by id.
    Result<QList<qint64>> voters(qint64 sessionId) const;
    /// Register size, eligible members and other ballots.
    Result<VotingProgress> progress(qint64 sessionId) const;
    /// Ballots with their voters; refused for secret sessions.
    Result<QList<NamedBallot>> namedBallots(qint64 sessionId) const;
    /// Every ballot row of a session (all channels, counted totals included), in id order.
    Result<QList<VotingBallotRow>> ballots(qint64 sessionId) const;

    /// Checks the settings; the error names the field.
    static Status validate(const VotingSession& session);
    /// Checks one ballot against the session's method and options; the error names the field.
    static Status validateBallot(const VotingSession& session, const CastBallot& ballot);

private:
    Result<QList<VotingSession>> select(const QString& where, const QVariantList& bindings) const;
    Status writeChildren(const VotingSession& session);
    Result<VotingSession> openSession(qint64 id) const;
    Result<qint64> insertBallot(const VotingSession& session, const QString& kind, const QString& content,
                                qint64 weight, const QString& channel);

    Workspace& m_ws;
};

} // namespace proxima
