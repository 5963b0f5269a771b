#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

/// What a resource pool holds.
enum class PoolKind { PoliceHours, VolunteerHours, Euros, Custom };

/// Stable storage key ("police_hours", "volunteer_hours", "euros", "custom").
QString poolKindKey(PoolKind kind);
/// Kind of a stored key; empty for an unknown key.
std::optional<PoolKind> poolKindFromKey(const QString& key);
/// Translated label ("Police officer hours"...).
QString poolKindLabel(PoolKind kind);

/// How the voters of a round expressed support.
enum class SupportBallotKind { Approval, Score, Cumulative, Ranked };

/// Stable storage key ("approval", "score", "cumulative", "ranked").
QString supportBallotKindKey(SupportBallotKind kind);
/// Kind of a stored key; empty for an unknown key.
std::optional<SupportBallotKind> supportBallotKindFromKey(const QString& key);

/// A resource available in a round, with its capacity as exact decimal text ("12000", "0.5").
struct BudgetPool
{
    qint64 id = 0;
    PoolKind kind = PoolKind::Euros;
    QString name;
    QString unit;
    QString capacity = QStringLiteral("0");
    bool operator==(const BudgetPool&) const = default;
};

/// What a proposal needs from one pool. minimum/maximum are optional bounds (empty = none, 0 <= minimum <= cost <=
/// maximum) the proposal could run with: the rules select at the cost, then the flexible-amounts step may fund
/// it at its minimum or top it up towards its maximum (budgeting/FlexibleAmounts.h).
struct ProposalCost
{
    qint64 poolId = 0;
    QString cost = QStringLiteral("0");
    QString minimum;
    QString maximum;
    bool operator==(const ProposalCost&) const = default;
};

/// A candidate response: one action or a bundle of actions of the cases, with its cost per pool.
struct BudgetProposal
{
    qint64 id = 0;
    QString code;                        ///< project id as shown and exported; the proposal id when created here
    QString title;
    QString description;
    QList<qint64> actionIds;             ///< the bundle
    QList<ProposalCost> costs;           ///< pools without an entry cost nothing
    bool mustFund = false;
    bool excluded = false;
    std::optional<qint64> supportCount;  ///< entered totals (rounds whose support is counts)
    QStringList sourceCells;             ///< pabulib PROJECTS row kept for export
    bool operator==(const BudgetProposal&) const = default;

    /// The cost text in a pool ("0" when the proposal has no entry for it).
    QString costIn(qint64 poolId) const;
};

/// Two proposals, by id: incompatible (at most one funded) or first depends on second.
struct ProposalPair
{
    qint64 first = 0;
    qint64 second = 0;
    bool operator==(const ProposalPair&) const = default;
};

/// One anonymous voter's ballot over the proposals of a round. points[i] belongs to proposalIds[i] (all 1 for
/// approval and ranked ballots); ranked ballots list proposals best first.
struct BudgetBallot
{
    QString voterKey;
    QList<qint64> proposalIds;
    QList<qint64> points;
    QStringList sourceCells;             ///< pabulib VOTES row kept for export
    bool operator==(const BudgetBallot&) const = default;
};

/// An allocation the committee accepted: which proposals a rule funded.
struct BudgetAllocation
{
    qint64 id = 0;
    qint64 roundId = 0;
    QString rule;
    QList<qint64> funded;                ///< proposal ids in selection order
    QString capacities;                  ///< JSON object pool name -> capacity used
    QDateTime acceptedAt;
    QString actor;
};

/// A budgeting round: a period with its pools, proposals, constraints and support.
struct BudgetRound
{
    qint64 id = 0;
    QString name;
    QDate from;
    QDate to;
    SupportBallotKind ballotKind = SupportBallotKind::Approval;
    bool supportFromCounts = false;      ///< support is proposals' supportCount instead of ballots
    QList<BudgetPool> pools;
    QList<BudgetProposal> proposals;
    QList<ProposalPair> incompatible;
    QList<ProposalPair> dependsOn;
    QList<BudgetBallot> ballots;         ///< loaded on demand (see BudgetRepository::load)
    QString sourceMeta;                  ///< JSON kept from a pabulib import
    QDateTime updatedAt;
    int revision = 0;

    /// Index of a pool / proposal by id, or -1.
    int poolIndex(qint64 poolId) const;
    int proposalIndex(qint64 proposalId) const;
};

} // namespace proxima
