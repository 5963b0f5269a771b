// VotingRepository, second part: ballots through every channel and the register, as rows (counted elsewhere).
#include "core/storage/repositories/VotingRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/VotingCodec.h"
#include "core/storage/Workspace.h"
#include "core/voting/Tally.h"

#include <QCoreApplication>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace proxima {

using namespace voting;

namespace {


Error fieldError(const QString& message, const char* field)
{
    return Error{message, {}, 0, QString::fromLatin1(field)};
}

// Names the stored ballot a decoding error comes from.
Error ballotRowError(Error error, qint64 ballotId)
{
    error.message =
        QCoreApplication::translate("VotingRepository", "stored ballot %1: %2").arg(ballotId).arg(error.message);
    return error;
}

bool knownChannel(const QString& channel)
{
    return channel == QLatin1String("laptop") || channel == QLatin1String("paper") ||
           channel == QLatin1String("stickers") || channel == QLatin1String("import");
}

} // namespace

Status VotingRepository::validateBallot(const VotingSession& session, const CastBallot& ballot)
{
    if (ballot.weight < 1)
        return fieldError(QCoreApplication::translate("VotingRepository", "a ballot stands for at least one voter"), "weight");
    if (!knownChannel(ballot.channel))
        return fieldError(QCoreApplication::translate("VotingRepository", "unknown entry channel \"%1\"").arg(ballot.channel), "channel");
    Election e;
    e.candidateCount = int(session.candidates.size());
    if (isRankedMethod(session.options.method)) {
        if (!ballot.values.empty())
            return fieldError(QCoreApplication::translate("VotingRepository", "%1 needs a ranking").arg(methodName(session.options.method)), "ranking");
        e.ranked.push_back({ballot.ranking, 1, ballot.channel});
    } else {
        if (!ballot.ranking.empty())
            return fieldError(QCoreApplication::translate("VotingRepository", "%1 needs a number per candidate").arg(methodName(session.options.method)),
                              "values");
        e.scored.push_back({ballot.values, 1, ballot.channel});
    }
    // The engine's own checks (ranges, ties, dots and approval limits) decide whether the ballot is valid.
    TallyOptions o = session.options;
    o.tieBreak = TieBreak{};
    if (Result<TallyResult> r = voting::tally(e, o); !r)
        return fieldError(r.error().message, "ballot");
    return {};
}

Result<qint64> VotingRepository::insertBallot(const VotingSession& session, const QString& kind,
                                              const QString& content, qint64 weight, const QString& channel)
{
    // A random id from the system CSPRNG: the table's order then says nothing about the order ballots were cast.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const qint64 id = qint64(QRandomGenerator::system()->generate64() >> 1);
        if (id == 0)
            continue;
        QSqlQuery taken(m_ws.database());
        if (Status s = sql::exec(taken, QStringLiteral("SELECT 1 FROM voting_ballots WHERE id = ?"), {id}); !s)
            return s.error();
        if (taken.next())
            continue;
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO voting_ballots (id, session_id, channel, kind, content, "
                                                "weight) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {id, session.id, channel, kind, content, weight});
            !s)
            return s.error();
        return id;
    }
    return Error{QCoreApplication::translate("VotingRepository", "could not draw a free ballot number"), {}, 0, {}, ErrorCode::Internal};
}

Status VotingRepository::cast(qint64 sessionId, qint64 memberId, const CastBallot& ballot)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> session = openSession(sessionId);
        if (!session)
            return session.error();
        if (!session->eligibleIds.isEmpty() && !session->eligibleIds.contains(memberId))
            return fieldError(QCoreApplication::translate("VotingRepository", "member %1 is not among the eligible voters").arg(memberId), "member");
        QSqlQuery voted(m_ws.database());
        if (Status s = sql::exec(voted, QStringLiteral("SELECT 1 FROM voting_register WHERE session_id = ? AND "
                                                       "member_id = ?"),
                                 {sessionId, memberId});
            !s)
            return s;
        if (voted.next())
            return fieldError(QCoreApplication::translate("VotingRepository", "member %1 has voted already").arg(memberId), "member");
        CastBallot one = ballot;
        one.weight = 1;
        if (Status v = validateBallot(*session, one); !v)
            return v;
        QSqlQuery reg(m_ws.database());
        if (Status s = sql::exec(reg, QStringLiteral("INSERT INTO voting_register (session_id, member_id) VALUES (?, ?)"),
                                 {sessionId, memberId});
            !s)
            return s;
        const bool ranked = isRankedMethod(session->options.method);
        Result<qint64> id = insertBallot(*session, ranked ? QStringLiteral("ranked") : QStringLiteral("values"),
                                         ranked ? votingcodec::tiersToText(one.ranking)
                                                : votingcodec::valuesToText(one.values),
                                         1, one.channel);
        if (!id)
            return id.error();
        if (!session->secret) {
            QSqlQuery link(m_ws.database());
            if (Status s = sql::exec(link, QStringLiteral("INSERT INTO voting_ballot_voters (ballot_id, member_id) "
                                                          "VALUES (?, ?)"),
                                     {id.value(), memberId});
                !s)
                return s;
        }
        // The log says that a ballot came in, never its content, nor (in a secret session) whose it is.
        return m_ws.logChange(QStringLiteral("voting_session"), sessionId, QStringLiteral("ballot"),
                              session->secret ? QCoreApplication::translate("VotingRepository", "a secret ballot was cast")
                                              : QCoreApplication::translate("VotingRepository", "member %1 voted").arg(memberId));
    });
}

Status VotingRepository::addBallot(qint64 sessionId, const CastBallot& ballot)
{
    return addBallots(sessionId, {ballot});
}

Status VotingRepository::addBallots(qint64 sessionId, const QList<CastBallot>& ballots)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> session = openSession(sessionId);
        if (!session)
            return session.error();
        const bool ranked = isRankedMethod(session->options.method);
        qint64 total = 0;
        for (int i = 0; i < ballots.size(); ++i) {
            const CastBallot& b = ballots[i];
            if (Status v = validateBallot(*session, b); !v) {
                Error e = v.error();
                e.field = QCoreApplication::translate("VotingRepository", "ballot %1").arg(i + 1);
                return e;
            }
            Result<qint64> id = insertBallot(*session, ranked ? QStringLiteral("ranked") : QStringLiteral("values"),
                                             ranked ? votingcodec::tiersToText(b.ranking)
                                                    : votingcodec::valuesToText(b.values),
                                             b.weight, b.channel);
            if (!id)
                return id.error();
            total += b.weight;
        }
        return m_ws.logChange(QStringLiteral("voting_session"), sessionId, QStringLiteral("ballots"),
                              QCoreApplication::translate("VotingRepository", "%n ballot(s) entered", nullptr, int(total)));
    });
}

Status VotingRepository::addCounts(qint64 sessionId, const CountedEntry& entry)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> session = openSession(sessionId);
        if (!session)
            return session.error();
        if (isRankedMethod(session->options.method))
            return fieldError(QCoreApplication::translate("VotingRepository", "counted totals only fit dot, approval and score voting"), "method");
        if (entry.channel != QLatin1String("paper") && entry.channel != QLatin1String("stickers"))
            return fieldError(QCoreApplication::translate("VotingRepository", "counted totals come from paper or stickers"), "channel");
        if (entry.voters < 0)
            return fieldError(QCoreApplication::translate("VotingRepository", "the number of voters cannot be negative"), "voters");
        if (entry.totals.size() > size_t(session->candidates.size()))
            return fieldError(QCoreApplication::translate("VotingRepository", "more totals than candidates"), "totals");
        for (qint64 t : entry.totals) {
            if (t < 0)
                return fieldError(QCoreApplication::translate("VotingRepository", "a total cannot be negative"), "totals");
        }
        Result<qint64> id = insertBallot(*session, QStringLiteral("counts"), votingcodec::valuesToText(entry.totals),
                                         entry.voters, entry.channel);
        if (!id)
            return id.error();
        return m_ws.logChange(QStringLiteral("voting_session"), sessionId, QStringLiteral("counts"),
                              QCoreApplication::translate("VotingRepository", "totals of %1 entered").arg(entry.channel));
    });
}

Status VotingRepository::withdraw(qint64 sessionId, qint64 memberId)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> session = openSession(sessionId);
        if (!session)
            return session.error();
        if (session->secret)
            return fieldError(QCoreApplication::translate("VotingRepository", "a ballot can be withdrawn only in a named session"), "secret");
        QSqlQuery find(m_ws.database());
        if (Status s = sql::exec(find,
                                 QStringLiteral("SELECT b.id FROM voting_ballots b JOIN voting_ballot_voters v ON "
                                                "v.ballot_id = b.id WHERE b.session_id = ? AND v.member_id = ?"),
                                 {sessionId, memberId});
            !s)
            return s;
        if (!find.next())
            return sql::notFound(QCoreApplication::translate("VotingRepository", "the ballot of member %1").arg(memberId));
        const qint64 ballotId = find.value(0).toLongLong();
        QSqlQuery del(m_ws.database());
        if (Status s = sql::exec(del, QStringLiteral("DELETE FROM voting_ballots WHERE id = ?"), {ballotId}); !s)
            return s;
        QSqlQuery reg(m_ws.database());
        if (Status s = sql::exec(reg, QStringLiteral("DELETE FROM voting_register WHERE session_id = ? AND member_id = ?"),
                                 {sessionId, memberId});
            !s)
            return s;
        return m_ws.logChange(QStringLiteral("voting_session"), sessionId, QStringLiteral("withdraw"),
                              QCoreApplication::translate("VotingRepository", "ballot of member %1 withdrawn").arg(memberId));
    });
}

Result<QList<qint64>> VotingRepository::voters(qint64 sessionId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT member_id FROM voting_register WHERE session_id = ? "
                                               "ORDER BY member_id"),
                             {sessionId});
        !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<VotingProgress> VotingRepository::progress(qint64 sessionId) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT (SELECT COUNT(*) FROM voting_register WHERE session_id = ?), "
                                            "(SELECT COUNT(*) FROM voting_eligible WHERE session_id = ?), "
                                            "(SELECT COALESCE(SUM(weight), 0) FROM voting_ballots "
                                            " WHERE session_id = ? AND channel <> 'laptop')"),
                             {sessionId, sessionId, sessionId});
        !s)
        return s.error();
    VotingProgress p;
    if (q.next()) {
        p.voted = q.value(0).toInt();
        p.eligible = q.value(1).toInt();
        p.otherBallots = q.value(2).toLongLong();
    }
    return p;
}

Result<QList<NamedBallot>> VotingRepository::namedBallots(qint64 sessionId) const
{
    Result<VotingSession> session = find(sessionId);
    if (!session)
        return session.error();
    if (session->secret)
        return Error{QCoreApplication::translate("VotingRepository", "the ballots of a secret session are not linked to voters"), {}, 0, QStringLiteral("secret"),
                     ErrorCode::Refused};
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT b.id, v.member_id, b.kind, b.content, b.channel FROM voting_ballots b "
                                            "JOIN voting_ballot_voters v ON v.ballot_id = b.id WHERE b.session_id = ? "
                                            "ORDER BY v.member_id"),
                             {sessionId});
        !s)
        return s.error();
    QList<NamedBallot> out;
    while (q.next()) {
        NamedBallot n;
        n.ballotId = q.value(0).toLongLong();
        n.memberId = q.value(1).toLongLong();
        n.ballot.channel = q.value(4).toString();
        // A row damaged by another program is reported as an error value, not thrown into the caller's event loop.
        if (q.value(2).toString() == QLatin1String("ranked")) {
            Result<Tiers> tiers = votingcodec::tiersFromText(q.value(3).toString());
            if (!tiers)
                return ballotRowError(tiers.error(), n.ballotId);
            n.ballot.ranking = std::move(tiers).value();
        } else {
            Result<std::vector<qint64>> values = votingcodec::valuesFromText(q.value(3).toString());
            if (!values)
                return ballotRowError(values.error(), n.ballotId);
            n.ballot.values = std::move(values).value();
        }
        out << n;
    }
    return out;
}

Result<QList<VotingBallotRow>> VotingRepository::ballots(qint64 sessionId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT kind, content, weight, channel, id FROM voting_ballots "
                                            "WHERE session_id = ? ORDER BY id"),
                             {sessionId});
        !s)
        return s.error();
    QList<VotingBallotRow> rows;
    while (q.next()) {
        VotingBallotRow row;
        const QString kind = q.value(0).toString();
        row.weight = q.value(2).toLongLong();
        row.channel = q.value(3).toString();
        if (kind == QLatin1String("ranked")) {
            row.kind = VotingBallotRow::Kind::Ranked;
            Result<Tiers> tiers = votingcodec::tiersFromText(q.value(1).toString());
            if (!tiers)
                return ballotRowError(tiers.error(), q.value(4).toLongLong());
            row.ranking = std::move(tiers).value();
        } else {
            row.kind = kind == QLatin1String("counts") ? VotingBallotRow::Kind::Counts : VotingBallotRow::Kind::Values;
            Result<std::vector<qint64>> values = votingcodec::valuesFromText(q.value(1).toString());
            if (!values)
                return ballotRowError(values.error(), q.value(4).toLongLong());
            row.values = std::move(values).value();
        }
        rows << row;
    }
    return rows;
}

} // namespace proxima
