#include "core/storage/repositories/BudgetRepository.h"

#include "core/io/PabulibReader.h"
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


Error invalid(const QString& message, const QString& field) { return Error{message, {}, 0, field}; }

QString cellsText(const QStringList& cells)
{
    if (cells.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
}

QStringList cellsFromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList cells;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array)
        cells << v.toString();
    return cells;
}

bool isAmount(const QString& text)
{
    const auto value = io::PabulibReader::parseDecimal(text);
    return value && *value >= 0;
}

BudgetRound readRoundHeader(const QSqlQuery& q)
{
    BudgetRound r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.from = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.to = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.ballotKind = supportBallotKindFromKey(q.value(4).toString()).value_or(SupportBallotKind::Approval);
    r.supportFromCounts = q.value(5).toString() == QLatin1String("counts");
    r.sourceMeta = q.value(6).toString();
    r.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.revision = q.value(8).toInt();
    return r;
}

const QString SelectRounds = QStringLiteral("SELECT id, name, period_from, period_to, ballot_kind, support_mode, "
                                            "source_meta, updated_at, revision FROM budget_rounds ");

} // namespace

Status BudgetRepository::validate(const BudgetRound& round)
{
    if (round.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("BudgetRepository", "a budgeting round needs a name"), QStringLiteral("name"));
    if (round.from.isValid() && round.to.isValid() && round.to < round.from)
        return invalid(QCoreApplication::translate("BudgetRepository", "the period ends before it starts"), QStringLiteral("to"));
    QSet<QString> poolKeys;
    QHash<qint64, QString> poolNames;
    QSet<qint64> poolIds;
    for (const BudgetPool& pool : round.pools) {
        const QString name = pool.name.trimmed();
        if (name.isEmpty())
            return invalid(QCoreApplication::translate("BudgetRepository", "every resource pool needs a name"), QStringLiteral("pools"));
        if (poolKeys.contains(name.toLower()))
            return invalid(QCoreApplication::translate("BudgetRepository", "two resource pools are called \"%1\"").arg(name), QStringLiteral("pools"));
        poolKeys.insert(name.toLower());
        poolNames.insert(pool.id, name);
        if (!isAmount(pool.capacity))
            return invalid(QCoreApplication::translate("BudgetRepository", "the capacity \"%1\" of %2 is not an amount").arg(pool.capacity, name),
                           QStringLiteral("capacity"));
        if (pool.id != 0)
            poolIds.insert(pool.id);
    }
    QSet<QString> codes;
    QSet<qint64> proposalIds;
    for (const BudgetProposal& p : round.proposals) {
        const QString label = p.title.isEmpty() ? p.code : p.title;
        if (!p.code.isEmpty()) {
            if (codes.contains(p.code))
                return invalid(QCoreApplication::translate("BudgetRepository", "two proposals have the id %1").arg(p.code), QStringLiteral("code"));
            codes.insert(p.code);
        }
        if (p.mustFund && p.excluded)
            return invalid(QCoreApplication::translate("BudgetRepository", "%1 cannot be both required and excluded").arg(label), QStringLiteral("constraints"));
        if (p.supportCount && *p.supportCount < 0)
            return invalid(QCoreApplication::translate("BudgetRepository", "the support of %1 cannot be negative").arg(label), QStringLiteral("support"));
        for (const ProposalCost& c : p.costs) {
            if (!poolIds.contains(c.poolId))
                return invalid(QCoreApplication::translate("BudgetRepository", "%1 has a cost in a pool of another round").arg(label), QStringLiteral("cost"));
            if (Status s = validateCost(c, label, poolNames.value(c.poolId)); !s)
                return s;
        }
        if (p.id != 0)
            proposalIds.insert(p.id);
    }
    for (const QList<ProposalPair>* pairs : {&round.incompatible, &round.dependsOn}) {
        for (const ProposalPair& pair : *pairs) {
            if (!proposalIds.contains(pair.first) || !proposalIds.contains(pair.second) || pair.first == pair.second)
                return invalid(QCoreApplication::translate("BudgetRepository", "a constraint links a proposal to itself or to one outside the round"),
                               QStringLiteral("constraints"));
        }
    }
    return {};
}

Status BudgetRepository::validateCost(const ProposalCost& cost, const QString& proposal, const QString& pool)
{
    const QString what = pool.isEmpty() ? proposal
                                        : QCoreApplication::translate("BudgetRepository", "%1 in %2").arg(proposal, pool);
    const auto nominal = io::PabulibReader::parseDecimal(cost.cost.trimmed());
    if (!nominal || *nominal < 0)
        return invalid(QCoreApplication::translate("BudgetRepository", "the cost \"%1\" of %2 is not an amount")
                           .arg(cost.cost, what), QStringLiteral("cost"));
    if (!cost.minimum.trimmed().isEmpty()) {
        const auto minimum = io::PabulibReader::parseDecimal(cost.minimum.trimmed());
        if (!minimum || *minimum < 0)
            return invalid(QCoreApplication::translate("BudgetRepository", "the minimum \"%1\" of %2 is not an amount "
                                                                            "of 0 or more").arg(cost.minimum, what),
                           QStringLiteral("minimum"));
        if (*minimum > *nominal)
            return invalid(QCoreApplication::translate("BudgetRepository", "the minimum %1 of %2 is above its cost %3")
                               .arg(cost.minimum.trimmed(), what, cost.cost.trimmed()), QStringLiteral("minimum"));
    }
    if (!cost.maximum.trimmed().isEmpty()) {
        const auto maximum = io::PabulibReader::parseDecimal(cost.maximum.trimmed());
        if (!maximum)
            return invalid(QCoreApplication::translate("BudgetRepository", "the maximum \"%1\" of %2 is not an amount")
                               .arg(cost.maximum, what), QStringLiteral("maximum"));
        if (*maximum < *nominal)
            return invalid(QCoreApplication::translate("BudgetRepository", "the maximum %1 of %2 is below its cost %3")
                               .arg(cost.maximum.trimmed(), what, cost.cost.trimmed()), QStringLiteral("maximum"));
    }
    return {};
}

Result<QList<BudgetRound>> BudgetRepository::listRounds() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectRounds + QStringLiteral("ORDER BY period_from DESC, id DESC")); !s)
        return s.error();
    QList<BudgetRound> rounds;
    while (q.next())
        rounds.append(readRoundHeader(q));
    return rounds;
}

Result<BudgetRound> BudgetRepository::load(qint64 roundId, bool withBallots) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectRounds + QStringLiteral("WHERE id = ?"), {roundId}); !s)
        return s.error();
    if (!q.next())
        return sql::notFound(QCoreApplication::translate("BudgetRepository", "budgeting round %1").arg(roundId));
    BudgetRound round = readRoundHeader(q);

    if (Status s = sql::exec(q, QStringLiteral("SELECT id, kind, name, unit, capacity FROM budget_pools WHERE "
                                               "round_id = ? ORDER BY position, id"), {roundId}); !s)
        return s.error();
    while (q.next())
        round.pools.append({q.value(0).toLongLong(), poolKindFromKey(q.value(1).toString()).value_or(PoolKind::Custom),
                            q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});

    if (Status s = sql::exec(q, QStringLiteral("SELECT id, code, title, description, must_fund, excluded, "
                                               "support_count, source_cells FROM budget_proposals WHERE round_id = ? "
                                               "ORDER BY position, id"), {roundId}); !s)
        return s.error();
    QHash<qint64, int> row;
    while (q.next()) {
        BudgetProposal p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.title = q.value(2).toString();
        p.description = q.value(3).toString();
        p.mustFund = q.value(4).toInt() != 0;
        p.excluded = q.value(5).toInt() != 0;
        if (!q.value(6).isNull())
            p.supportCount = q.value(6).toLongLong();
        p.sourceCells = cellsFromText(q.value(7).toString());
        row.insert(p.id, int(round.proposals.size()));
        round.proposals.append(p);
    }
    // Costs in pool order, so two loads of the same round compare equal.
    if (Status s = sql::exec(q, QStringLiteral("SELECT c.proposal_id, c.pool_id, c.cost, c.minimum, c.maximum FROM "
                                               "budget_proposal_costs c JOIN budget_pools o ON o.id = c.pool_id "
                                               "WHERE o.round_id = ? ORDER BY o.position, o.id"), {roundId}); !s)
        return s.error();
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it != row.constEnd())
            round.proposals[*it].costs.append({q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                               q.value(4).toString()});
    }
    if (Status s = sql::exec(q, QStringLiteral("SELECT a.proposal_id, a.action_id FROM budget_proposal_actions a JOIN "
                                               "budget_proposals p ON p.id = a.proposal_id WHERE p.round_id = ? "
                                               "ORDER BY a.proposal_id, a.position"), {roundId}); !s)
        return s.error();
    while (q.next()) {
        const auto it = row.constFind(q.value(0).toLongLong());
        if (it != row.constEnd())
            round.proposals[*it].actionIds.append(q.value(1).toLongLong());
    }
    if (Status s = sql::exec(q, QStringLiteral("SELECT kind, first_id, second_id FROM budget_constraints WHERE "
                                               "round_id = ? ORDER BY id"), {roundId}); !s)
        return s.error();
    while (q.next()) {
        const ProposalPair pair{q.value(1).toLongLong(), q.value(2).toLongLong()};
        (q.value(0).toString() == QLatin1String("incompatible") ? round.incompatible : round.dependsOn).append(pair);
    }
    if (withBallots) {
        auto stored = ballots(roundId);
        if (!stored)
            return stored.error();
        round.ballots = std::move(stored.value());
    }
    return round;
}

Status BudgetRepository::writeContent(BudgetRound& round, bool replacing)
{
    QSqlQuery q(m_ws.database());
    auto idsIn = [&](const QString& statement) -> Result<QSet<qint64>> {
        QSet<qint64> ids;
        if (Status s = sql::exec(q, statement, {round.id}); !s)
            return s.error();
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    };
    QHash<qint64, qint64> poolId, proposalId;   // placeholder -> stored
    auto storedPool = [&](qint64 id) { return poolId.value(id, id); };
    auto storedProposal = [&](qint64 id) { return proposalId.value(id, id); };

    Result<QSet<qint64>> existingPools = idsIn(QStringLiteral("SELECT id FROM budget_pools WHERE round_id = ?"));
    if (!existingPools)
        return existingPools.error();
    QSet<qint64> keptPools;
    for (int i = 0; i < round.pools.size(); ++i) {
        BudgetPool& pool = round.pools[i];
        const QVariantList values{poolKindKey(pool.kind), pool.name.trimmed(), pool.unit, pool.capacity.trimmed(), i};
        if (pool.id > 0 && existingPools->contains(pool.id)) {
            if (Status s = sql::exec(q, QStringLiteral("UPDATE budget_pools SET kind = ?, name = ?, unit = ?, "
                                                       "capacity = ?, position = ? WHERE id = ?"),
                                     values + QVariantList{pool.id}); !s)
                return s;
        } else {
            if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_pools (round_id, kind, name, unit, capacity, "
                                                       "position) VALUES (?, ?, ?, ?, ?, ?)"),
                                     QVariantList{round.id} + values); !s)
                return s;
            poolId.insert(pool.id, q.lastInsertId().toLongLong());
            pool.id = q.lastInsertId().toLongLong();
        }
        keptPools.insert(pool.id);
    }
    Result<QSet<qint64>> existingProposals = idsIn(QStringLiteral("SELECT id FROM budget_proposals WHERE round_id = ?"));
    if (!existingProposals)
        return existingProposals.error();
    QSet<qint64> keptProposals;
    for (int i = 0; i < round.proposals.size(); ++i) {
        BudgetProposal& p = round.proposals[i];
        const QVariantList values{p.title, p.description, p.mustFund ? 1 : 0, p.excluded ? 1 : 0,
                                  p.supportCount ? QVariant(*p.supportCount) : QVariant(QMetaType(QMetaType::LongLong)),
                                  cellsText(p.sourceCells), i};
        if (p.id > 0 && existingProposals->contains(p.id)) {
            if (Status s = sql::exec(q, QStringLiteral("UPDATE budget_proposals SET title = ?, description = ?, "
                                                       "must_fund = ?, excluded = ?, support_count = ?, source_cells = "
                                                       "?, position = ?, code = ? WHERE id = ?"),
                                     values + QVariantList{p.code.isEmpty() ? QString::number(p.id) : p.code, p.id});
                !s)
                return s;
        } else {
            // A temporary unique code until the id is known, when the proposal has none of its own.
            const QString code = p.code.isEmpty() ? QStringLiteral("\x01new%1").arg(i) : p.code;
            if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_proposals (title, description, must_fund, "
                                                       "excluded, support_count, source_cells, position, code, "
                                                       "round_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                     values + QVariantList{code, round.id}); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            proposalId.insert(p.id, id);
            p.id = id;
            if (p.code.isEmpty()) {
                p.code = QString::number(id);
                if (Status s = sql::exec(q, QStringLiteral("UPDATE budget_proposals SET code = ? WHERE id = ?"),
                                         {p.code, id}); !s)
                    return s;
            }
        }
        keptProposals.insert(p.id);
    }
    if (replacing) {
        for (qint64 id : *existingProposals - keptProposals) {
            if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_proposals WHERE id = ?"), {id}); !s)
                return s;
        }
        for (qint64 id : *existingPools - keptPools) {
            if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_pools WHERE id = ?"), {id}); !s)
                return s;
        }
    }
    for (BudgetProposal& p : round.proposals) {
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_proposal_costs WHERE proposal_id = ?"), {p.id}); !s)
            return s;
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_proposal_actions WHERE proposal_id = ?"), {p.id});
            !s)
            return s;
        for (ProposalCost& c : p.costs) {
            c.poolId = storedPool(c.poolId);
            const auto bound = [](const QString& text) {
                return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text.trimmed());
            };
            if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_proposal_costs (proposal_id, pool_id, cost, "
                                                       "minimum, maximum) VALUES (?, ?, ?, ?, ?)"),
                                     {p.id, c.poolId, c.cost.trimmed(), bound(c.minimum), bound(c.maximum)}); !s)
                return s;
        }
        int position = 0;
        for (qint64 action : p.actionIds) {
            if (Status s = sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO budget_proposal_actions (proposal_id, "
                                                       "action_id, position) VALUES (?, ?, ?)"),
                                     {p.id, action, position++}); !s)
                return s;
        }
    }
    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_constraints WHERE round_id = ?"), {round.id}); !s)
        return s;
    for (const auto& [kind, pairs] : {std::pair{QStringLiteral("incompatible"), &round.incompatible},
                                      std::pair{QStringLiteral("depends_on"), &round.dependsOn}}) {
        for (ProposalPair& pair : *pairs) {
            pair = {storedProposal(pair.first), storedProposal(pair.second)};
            if (Status s = sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO budget_constraints (round_id, kind, "
                                                       "first_id, second_id) VALUES (?, ?, ?, ?)"),
                                     {round.id, kind, pair.first, pair.second}); !s)
                return s;
        }
    }
    if (!round.ballots.isEmpty() && !replacing) {
        for (BudgetBallot& ballot : round.ballots) {
            for (qint64& id : ballot.proposalIds)
                id = storedProposal(id);
        }
        return writeBallots(round.id, round.ballots);
    }
    return {};
}

Result<BudgetRound> BudgetRepository::add(const BudgetRound& round)
{
    if (Status s = validate(round); !s)
        return s.error();
    if (Status s = validateBallots(round, round.ballotKind, round.ballots); !s)
        return s.error();
    BudgetRound stored = round;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("INSERT INTO budget_rounds (name, period_from, period_to, "
                                                   "ballot_kind, support_mode, source_meta, updated_at) VALUES (?, ?, "
                                                   "?, ?, ?, ?, ?)"),
                                 {round.name.trimmed(), sql::nullable(round.from), sql::nullable(round.to),
                                  supportBallotKindKey(round.ballotKind),
                                  round.supportFromCounts ? QStringLiteral("counts") : QStringLiteral("ballots"),
                                  round.sourceMeta, m_ws.clock().now().toString(Qt::ISODateWithMs)});
            !s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status s = writeContent(stored, false); !s)
            return s;
        return m_ws.logChange(QStringLiteral("budget_round"), stored.id, QStringLiteral("create"), round.name);
    });
    if (!written)
        return written.error();
    return load(stored.id);
}

Result<BudgetRound> BudgetRepository::save(const BudgetRound& round, OnConflict policy)
{
    if (Status s = validate(round); !s)
        return s.error();
    BudgetRound stored = round;
    stored.ballots.clear();
    const Status written = m_ws.write([&]() -> Status {
        Result<BudgetRound> current = load(round.id, false);
        if (!current)
            return current.error();
        if (current->revision != round.revision && policy == OnConflict::Report)
            return sql::conflict(QCoreApplication::translate("BudgetRepository", "budgeting round \"%1\"").arg(current->name), current->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("UPDATE budget_rounds SET name = ?, period_from = ?, period_to = ?, "
                                                   "ballot_kind = ?, support_mode = ?, source_meta = ?, updated_at = ?, "
                                                   "revision = revision + 1 WHERE id = ?"),
                                 {round.name.trimmed(), sql::nullable(round.from), sql::nullable(round.to),
                                  supportBallotKindKey(round.ballotKind),
                                  round.supportFromCounts ? QStringLiteral("counts") : QStringLiteral("ballots"),
                                  round.sourceMeta, m_ws.clock().now().toString(Qt::ISODateWithMs), round.id});
            !s)
            return s;
        if (Status s = writeContent(stored, true); !s)
            return s;
        return m_ws.logChange(QStringLiteral("budget_round"), round.id, QStringLiteral("update"), round.name);
    });
    if (!written)
        return written.error();
    return load(round.id, false);
}

Status BudgetRepository::remove(qint64 roundId, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<BudgetRound> current = load(roundId, false);
        if (!current)
            return current.error();
        if (current->revision != expectedRevision)
            return sql::conflict(QCoreApplication::translate("BudgetRepository", "budgeting round \"%1\"").arg(current->name), current->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM budget_rounds WHERE id = ?"), {roundId}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("budget_round"), roundId, QStringLiteral("delete"), current->name);
    });
}

} // namespace proxima
