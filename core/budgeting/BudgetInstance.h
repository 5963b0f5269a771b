#pragma once

#include <QString>
#include <QtGlobal>

#include <gmpxx.h>

#include <optional>
#include <utility>
#include <vector>

namespace proxima::budgeting {

/// Something the CoPmittee allocates: euros, police officer hours, volunteer hours...
struct Resource
{
    QString id;
    QString name;
    QString unit;          ///< shown after amounts ("€", "h", "PLN")
    mpq_class capacity;    ///< exact amount available
};

/// A proposal that may be funded. Costs are exact, one per resource (same order as BudgetInstance::resources).
struct BudgetProject
{
    QString id;            ///< text, even when it looks numeric ("0123" and "123" are different projects)
    QString name;
    std::vector<mpq_class> cost;
    /// Optional lowest amount the project can run with, per resource (empty, or one entry per resource; no value
    /// = no bound). Used only by the flexible-amounts step (see FlexibleAmounts.h).
    std::vector<std::optional<mpq_class>> minimum{};
    /// Optional highest amount the project can use, per resource (same layout as minimum).
    std::vector<std::optional<mpq_class>> maximum{};
};

/// How ballots express support.
enum class BallotKind { Approval, Cumulative, Score, Ordinal };

/// One voter's ballot. projects are indices into BudgetInstance::projects; for Cumulative and Score ballots
/// points[i] belongs to projects[i]; for Ordinal ballots projects are in rank order (best first).
struct Ballot
{
    QString voterId;
    std::vector<int> projects;
    std::vector<qint64> points;
};

/// Constraints between projects, by index. Honoured by greedy, equal shares (as eligibility) and exact.
struct ProjectConstraints
{
    std::vector<int> mustFund;
    std::vector<int> excluded;
    std::vector<std::pair<int, int>> incompatible;   ///< at most one of the two is funded
    std::vector<std::pair<int, int>> dependsOn;      ///< first may be funded only if second is funded
};

/// A participatory budgeting instance: resources, projects, constraints and support.
/// Support comes from ballots or, when there are none, from aggregatedSupport (one total per project).
struct BudgetInstance
{
    QString name;
    std::vector<Resource> resources;
    std::vector<BudgetProject> projects;
    ProjectConstraints constraints;
    BallotKind ballotKind = BallotKind::Approval;
    std::vector<Ballot> ballots;
    std::vector<qint64> aggregatedSupport;

    /// Index of the project with this id, or -1.
    int projectIndex(const QString& id) const;
    /// Support of each project: approvers (approval, ordinal: voters ranking it) or total points, or the aggregate.
    std::vector<qint64> support() const;
    /// True when support comes from ballots rather than aggregated totals.
    bool hasBallots() const { return !ballots.empty() || aggregatedSupport.empty(); }
    /// True when some project has a minimum or maximum in some resource.
    bool hasBounds() const;
};

} // namespace proxima::budgeting
