#include "core/storage/repositories/VotingRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/VotingCodec.h"
#include "core/storage/Workspace.h"
#include "core/voting/VotingMethod.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace proxima {

using namespace voting;

namespace {


Error fieldError(const QString& message, const char* field)
{
    return Error{message, {}, 0, QString::fromLatin1(field)};
}

QString describe(const VotingSession& s)
{
    return QCoreApplication::translate("VotingRepository", "voting session %1 \"%2\"").arg(s.id).arg(s.question);
}

QString resultJson(const TallyResult& r)
{
    QJsonObject o;
    o[QStringLiteral("method")] = methodKey(r.method);
    o[QStringLiteral("ranking")] = votingcodec::tiersToText(r.ranking);
    o[QStringLiteral("raw_ranking")] = votingcodec::tiersToText(r.rawTiers);
    QJsonArray scores;
    for (const mpq_class& s : r.scores)
        scores.append(formatRational(s));
    o[QStringLiteral("scores")] = scores;
    o[QStringLiteral("score_label")] = r.scoreLabel;
    o[QStringLiteral("ballots")] = r.ballotsCounted;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status VotingRepository::validate(const VotingSession& s)
{
    if (s.question.trimmed().isEmpty())
        return fieldError(QCoreApplication::translate("VotingRepository", "a voting session needs a question"), "question");
    if (s.candidates.size() < 2)
        return fieldError(QCoreApplication::translate("VotingRepository", "a vote needs at least two candidates"), "candidates");
    QSet<qint64> cases;
    for (const VotingCandidate& c : s.candidates) {
        if (c.label.trimmed().isEmpty())
            return fieldError(QCoreApplication::translate("VotingRepository", "every candidate needs a label"), "candidates");
        if (c.caseId != 0 && cases.contains(c.caseId))
            return fieldError(QCoreApplication::translate("VotingRepository", "case %1 is a candidate twice").arg(c.caseId), "candidates");
        cases.insert(c.caseId);
    }
    const TallyOptions& o = s.options;
    if (o.dots.dotsPerVoter < 1 || o.dots.maxPerItem < 1)
        return fieldError(QCoreApplication::translate("VotingRepository", "dots per voter and dots per item must be at least 1"), "dots");
    if (o.approval.maxApprovals < 0)
        return fieldError(QCoreApplication::translate("VotingRepository", "the number of approvals cannot be negative"), "max_approvals");
    if (o.score.maxScore < 1)
        return fieldError(QCoreApplication::translate("VotingRepository", "the highest score must be at least 1"), "max_score");
    return {};
}

Result<QList<VotingSession>> VotingRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, meeting_id, question, method, options, secret, hide_results, "
                                            "state, result, closed_at, updated_at, revision FROM voting_sessions ") +
                                 where,
                             bindings);
        !s)
        return s.error();
    QList<VotingSession> sessions;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        VotingSession v;
        v.id = q.value(0).toLongLong();
        v.meetingId = q.value(1).toLongLong();
        v.question = q.value(2).toString();
        const Method method = methodFromKey(q.value(3).toString()).value_or(Method::Schulze);
        v.options = votingcodec::optionsFromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object(), method);
        v.secret = q.value(5).toBool();
        v.hideResults = q.value(6).toBool();
        v.state = votingStateFromKey(q.value(7).toString()).value_or(VotingState::Draft);
        const QJsonObject result = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        if (auto tiers = votingcodec::tiersFromText(result.value(QStringLiteral("ranking")).toString()))
            v.agreedRanking = tiers.value();
        v.closedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        v.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        v.revision = q.value(11).toInt();
        rowOfId.insert(v.id, int(sessions.size()));
        sessions.append(v);
    }
    if (sessions.isEmpty())
        return sessions;
    QSqlQuery c(m_ws.database());
    if (Status s = sql::exec(c, QStringLiteral("SELECT session_id, case_id, label FROM voting_candidates "
                                               "ORDER BY session_id, position"));
        !s)
        return s.error();
    while (c.next()) {
        if (auto it = rowOfId.constFind(c.value(0).toLongLong()); it != rowOfId.constEnd())
            sessions[*it].candidates.append({c.value(1).toLongLong(), c.value(2).toString()});
    }
    QSqlQuery e(m_ws.database());
    if (Status s = sql::exec(e, QStringLiteral("SELECT session_id, member_id FROM voting_eligible "
                                               "ORDER BY session_id, member_id"));
        !s)
        return s.error();
    while (e.next()) {
        if (auto it = rowOfId.constFind(e.value(0).toLongLong()); it != rowOfId.constEnd())
            sessions[*it].eligibleIds.append(e.value(1).toLongLong());
    }
    return sessions;
}

Result<QList<VotingSession>> VotingRepository::list() const
{
    return select(QStringLiteral("ORDER BY id DESC"), {});
}

Result<VotingSession> VotingRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("VotingRepository", "voting session %1").arg(id));
    return found->first();
}

Status VotingRepository::writeChildren(const VotingSession& session)
{
    QSqlQuery clear(m_ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM voting_candidates WHERE session_id = ?"), {session.id});
        !s)
        return s;
    for (int i = 0; i < session.candidates.size(); ++i) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO voting_candidates (session_id, position, case_id, label) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {session.id, i, sql::nullable(session.candidates[i].caseId),
                                  session.candidates[i].label.trimmed()});
            !s)
            return s;
    }
    QSqlQuery clearE(m_ws.database());
    if (Status s = sql::exec(clearE, QStringLiteral("DELETE FROM voting_eligible WHERE session_id = ?"), {session.id});
        !s)
        return s;
    for (qint64 member : session.eligibleIds) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO voting_eligible (session_id, member_id) "
                                                   "VALUES (?, ?)"),
                                 {session.id, member});
            !s)
            return s;
    }
    return {};
}

Result<VotingSession> VotingRepository::add(const VotingSession& session)
{
    if (Status s = validate(session); !s)
        return s.error();
    if (session.state == VotingState::Closed)
        return fieldError(QCoreApplication::translate("VotingRepository", "a new session cannot start closed"), "state");
    VotingSession stored = session;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        const QByteArray options = QJsonDocument(votingcodec::optionsToJson(session.options)).toJson(QJsonDocument::Compact);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO voting_sessions (id, meeting_id, question, method, options, "
                                            "secret, hide_results, state, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {sql::nullable(session.id), sql::nullable(session.meetingId), session.question.trimmed(),
                              methodKey(session.options.method), QString::fromUtf8(options), session.secret ? 1 : 0,
                              session.hideResults ? 1 : 0, votingStateKey(session.state),
                              m_ws.clock().now().toString(Qt::ISODateWithMs), qMax(1, session.revision)});
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status c = writeChildren(stored); !c)
            return c;
        return m_ws.logChange(QStringLiteral("voting_session"), stored.id, QStringLiteral("create"), session.question);
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<VotingSession> VotingRepository::update(const VotingSession& session, OnConflict policy)
{
    if (Status s = validate(session); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<VotingSession> stored = find(session.id);
        if (!stored)
            return stored.error();
        if (stored->revision != session.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (stored->state != VotingState::Draft)
            return fieldError(QCoreApplication::translate("VotingRepository", "only a draft session can be changed"), "state");
        QSqlQuery q(m_ws.database());
        const QByteArray options = QJsonDocument(votingcodec::optionsToJson(session.options)).toJson(QJsonDocument::Compact);
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE voting_sessions SET meeting_id = ?, question = ?, method = ?, "
                                            "options = ?, secret = ?, hide_results = ?, updated_at = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             {sql::nullable(session.meetingId), session.question.trimmed(),
                              methodKey(session.options.method), QString::fromUtf8(options), session.secret ? 1 : 0,
                              session.hideResults ? 1 : 0, m_ws.clock().now().toString(Qt::ISODateWithMs),
                              session.id});
        if (!s)
            return s;
        if (Status c = writeChildren(session); !c)
            return c;
        return m_ws.logChange(QStringLiteral("voting_session"), session.id, QStringLiteral("update"),
                              session.question);
    });
    if (!written)
        return written.error();
    return find(session.id);
}

Status VotingRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM voting_sessions WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("voting_session"), id, QStringLiteral("delete"), stored->question);
    });
}

Status VotingRepository::open(qint64 id)
{
    return m_ws.write([&]() -> Status {
        Result<VotingSession> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->state != VotingState::Draft)
            return fieldError(QCoreApplication::translate("VotingRepository", "only a draft session can be opened"), "state");
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE voting_sessions SET state = 'open', updated_at = ?, "
                                                "revision = revision + 1 WHERE id = ?"),
                                 {m_ws.clock().now().toString(Qt::ISODateWithMs), id});
            !s)
            return s;
        return m_ws.logChange(QStringLiteral("voting_session"), id, QStringLiteral("open"), stored->question);
    });
}

Result<int> VotingRepository::markClosed(qint64 id, const TallyResult& result, const QString& summary)
{
    int revision = 0;
    const Status written = m_ws.write([&]() -> Status {
        Result<VotingSession> stored = openSession(id);
        if (!stored)
            return stored.error();
        QSqlQuery q(m_ws.database());
        const QString now = m_ws.clock().now().toString(Qt::ISODateWithMs);
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE voting_sessions SET state = 'closed', result = ?, closed_at = ?, "
                                                "updated_at = ?, revision = revision + 1 WHERE id = ?"),
                                 {resultJson(result), now, now, id});
            !s)
            return s;
        revision = stored->revision + 1;
        return m_ws.logChange(QStringLiteral("voting_session"), id, QStringLiteral("close"), summary);
    });
    if (!written)
        return written.error();
    return revision;
}

Result<VotingSession> VotingRepository::openSession(qint64 id) const
{
    Result<VotingSession> stored = find(id);
    if (!stored)
        return stored.error();
    if (stored->state != VotingState::Open)
        return fieldError(QCoreApplication::translate("VotingRepository", "the session is not open (it is %1)").arg(votingStateLabel(stored->state).toLower()),
                          "state");
    return stored;
}

} // namespace proxima
