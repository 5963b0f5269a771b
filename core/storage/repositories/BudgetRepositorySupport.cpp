// BudgetRepository: ballots (bulk, prepared once) and accepted allocations.
#include "core/storage/repositories/BudgetRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace proxima {
namespace {


QString cellsText(const QStringList& cells)
{
    if (cells.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
}

} // namespace

Status BudgetRepository::validateBallots(const BudgetRound& round, SupportBallotKind kind,
                                         const QList<BudgetBallot>& ballots)
{
    QSet<qint64> proposals;
    for (const BudgetProposal& p : round.proposals)
        proposals.insert(p.id);
    const bool points = kind == SupportBallotKind::Score || kind == SupportBallotKind::Cumulative;
    for (int b = 0; b < ballots.size(); ++b) {
        const BudgetBallot& ballot = ballots.at(b);
        const QString voter = ballot.voterKey.isEmpty() ? QString::number(b + 1) : ballot.voterKey;
        if (points && ballot.points.size() != ballot.proposalIds.size())
            return Error{QCoreApplication::translate("BudgetRepository", "voter %1 gives %2 points for %3 proposals").arg(voter).arg(ballot.points.size())
                             .arg(ballot.proposalIds.size()), {}, b + 1, QStringLiteral("points")};
        QSet<qint64> seen;
        for (int i = 0; i < ballot.proposalIds.size(); ++i) {
            const qint64 id = ballot.proposalIds.at(i);
            if (!proposals.contains(id))
                return Error{QCoreApplication::translate("BudgetRepository", "voter %1 supports a proposal outside the round").arg(voter), {}, b + 1,
                             QStringLiteral("proposal")};
            if (seen.contains(id))
                return Error{QCoreApplication::translate("BudgetRepository", "voter %1 lists a proposal twice").arg(voter), {}, b + 1, QStringLiteral("proposal")};
            seen.insert(id);
            if (i < ballot.points.size() && ballot.points.at(i) < 0)
                return Error{QCoreApplication::translate("BudgetRepository", "voter %1 gives negative points").arg(voter), {}, b + 1, QStringLiteral("points")};
        }
    }
    return {};
}

Status BudgetRepository::writeBallots(qint64 roundId, const QList<BudgetBallot>& ballots)
{
    QSqlQuery ballot(m_ws.database());
    QSqlQuery entry(m_ws.database());
    if (!ballot.prepare(QStringLiteral("INSERT INTO budget_ballots (round_id, voter_key, source_cells, position) "
                                       "VALUES (?, ?, ?, ?)"))
        || !entry.prepare(QStringLiteral("INSERT INTO budget_ballot_entries (ballot_id, position, proposal_id, points) "
                                         "VALUES (?, ?, ?, ?)")))
        return sql::toError(ballot.lastError().isValid() ? ballot.lastError() : entry.lastError(), QCoreApplication::translate("BudgetRepository", "ballots"));
    for (int b = 0; b < ballots.size(); ++b) {
        const BudgetBallot& item = ballots.at(b);
        ballot.bindValue(0, roundId);
        ballot.bindValue(1, item.voterKey.isEmpty() ? QString::number(b + 1) : item.voterKey);
        ballot.bindValue(2, cellsText(item.sourceCells));
        ballot.bindValue(3, b);
        if (!ballot.exec())
            return sql::toError(ballot.lastError(), QCoreApplication::translate("BudgetRepository", "ballots"));
        const qint64 ballotId = ballot.lastInsertId().toLongLong();
        for (int i = 0; i < item.proposalIds.size(); ++i) {
            entry.bindValue(0, ballotId);
            entry.bindValue(1, i);
            entry.bindValue(2, item.proposalIds.at(i));
            entry.bindValue(3, i < item.points.size() ? item.points.at(i) : 1);
            if (!entry.exec())
                return sql::toError(entry.lastError(), QCoreApplication::translate("BudgetRepository", "ballots"));
        }
    }
    return {};
}

Status BudgetRepository::replaceBallots(qint64 roundId, SupportBallotKind kind, const QList<BudgetBallot>& ballots)
{
    return m_ws.write([&]() -> Status {
        Result<BudgetRound> round = load(roundId, false);
        if (!round)
            return round.error();
        if (Status s = validateBallots(*round, kind, ballots); !s)
            return s;
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_ballots WHERE round_id = ?"), {roundId}); !s)
            return s;
        if (Status s = sql::exec(q, QStringLiteral("UPDATE budget_rounds SET ballot_kind = ?, support_mode = "
                                                   "'ballots', updated_at = ?, revision = revision + 1 WHERE id = ?"),
                                 {supportBallotKindKey(kind), m_ws.clock().now().toString(Qt::ISODateWithMs), roundId});
            !s)
            return s;
        if (Status s = writeBallots(roundId, ballots); !s)
            return s;
        return m_ws.logChange(QStringLiteral("budget_round"), roundId, QStringLiteral("ballots"),
                              QCoreApplication::translate("BudgetRepository", "%1 ballots").arg(ballots.size()));
    });
}

Result<QList<BudgetBallot>> BudgetRepository::ballots(qint64 roundId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, voter_key, source_cells FROM budget_ballots WHERE "
                                               "round_id = ? ORDER BY position, id"), {roundId}); !s)
        return s.error();
    QList<BudgetBallot> result;
    QHash<qint64, int> row;
    while (q.next()) {
        BudgetBallot ballot;
        ballot.voterKey = q.value(1).toString();
        const QString cells = q.value(2).toString();
        if (!cells.isEmpty()) {
            for (const QJsonValue& v : QJsonDocument::fromJson(cells.toUtf8()).array())
                ballot.sourceCells << v.toString();
        }
        row.insert(q.value(0).toLongLong(), int(result.size()));
        result.append(std::move(ballot));
    }
    if (Status s = sql::exec(q, QStringLiteral("SELECT e.ballot_id, e.proposal_id, e.points FROM budget_ballot_entries "
                                               "e JOIN budget_ballots b ON b.id = e.ballot_id WHERE b.round_id = ? "
                                               "ORDER BY e.ballot_id, e.position"), {roundId}); !s)
        return s.error();
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it == row.constEnd())
            continue;
        BudgetBallot& ballot = result[*it];
        ballot.proposalIds.append(q.value(1).toLongLong());
        ballot.points.append(q.value(2).toLongLong());
    }
    return result;
}

Result<QList<BudgetAllocation>> BudgetRepository::allocations(qint64 roundId) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, round_id, rule, capacities, accepted_at, actor FROM "
                                               "budget_allocations WHERE round_id = ? ORDER BY accepted_at, id"),
                             {roundId}); !s)
        return s.error();
    QList<BudgetAllocation> result;
    QHash<qint64, int> row;
    while (q.next()) {
        BudgetAllocation a;
        a.id = q.value(0).toLongLong();
        a.roundId = q.value(1).toLongLong();
        a.rule = q.value(2).toString();
        a.capacities = q.value(3).toString();
        a.acceptedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        a.actor = q.value(5).toString();
        row.insert(a.id, int(result.size()));
        result.append(a);
    }
    if (Status s = sql::exec(q, QStringLiteral("SELECT i.allocation_id, i.proposal_id FROM budget_allocation_items i "
                                               "JOIN budget_allocations a ON a.id = i.allocation_id WHERE a.round_id = ? "
                                               "ORDER BY i.allocation_id, i.position"), {roundId}); !s)
        return s.error();
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it != row.constEnd())
            result[*it].funded.append(q.value(1).toLongLong());
    }
    return result;
}

Result<BudgetAllocation> BudgetRepository::addAllocation(const BudgetAllocation& allocation)
{
    BudgetAllocation stored = allocation;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        stored.acceptedAt = allocation.acceptedAt.isValid() ? allocation.acceptedAt : m_ws.clock().now();
        stored.actor = allocation.actor.isEmpty() ? m_ws.actor() : allocation.actor;
        if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_allocations (id, round_id, rule, capacities, "
                                                   "accepted_at, actor) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {sql::nullable(allocation.id), allocation.roundId, allocation.rule,
                                  allocation.capacities, stored.acceptedAt.toString(Qt::ISODateWithMs), stored.actor});
            !s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        for (int i = 0; i < allocation.funded.size(); ++i) {
            if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_allocation_items (allocation_id, position, "
                                                       "proposal_id) VALUES (?, ?, ?)"),
                                     {stored.id, i, allocation.funded.at(i)}); !s)
                return s;
        }
        return m_ws.logChange(QStringLiteral("budget_allocation"), stored.id, QStringLiteral("create"),
                              allocation.rule);
    });
    if (!written)
        return written.error();
    return stored;
}

Status BudgetRepository::removeAllocation(qint64 allocationId)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_allocations WHERE id = ?"), {allocationId}); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return sql::notFound(QCoreApplication::translate("BudgetRepository", "allocation %1").arg(allocationId));
        return m_ws.logChange(QStringLiteral("budget_allocation"), allocationId, QStringLiteral("delete"), QString());
    });
}

} // namespace proxima
