#pragma once

#include <QString>

#include <gmpxx.h>

#include <optional>
#include <vector>

namespace proxima::budgeting {

/// Why one project was or was not funded, in words for the CoPmittee.
struct ProjectExplanation
{
    int project = -1;      ///< index into BudgetInstance::projects
    bool funded = false;
    QString text;
};

/// Under equal shares: what one ballot paid towards one funded project.
struct VoterPayment
{
    int ballot = -1;       ///< index into BudgetInstance::ballots
    int project = -1;
    mpq_class amount;      ///< in the rule's accounting unit (see BudgetResult::accountingUnit)
};

/// How the amount of one resource given to a funded project was set.
enum class AmountKind {
    Nominal,    ///< the project's cost
    Minimum,    ///< its minimum: the cost did not fit (flexible-amounts step a)
    ToppedUp    ///< raised towards its maximum with leftover capacity (flexible-amounts step b)
};

/// What one funded project receives, per resource (same order as BudgetInstance::resources).
struct FundedAmount
{
    int project = -1;
    std::vector<mpq_class> amount;
    std::vector<AmountKind> kind;
};

/// Outcome of a budgeting rule.
struct BudgetResult
{
    QString rule;                              ///< "greedy", "mes", ...
    std::vector<int> funded;                   ///< project indices, in selection order
    std::vector<mpq_class> totalCost;          ///< per resource
    std::vector<FundedAmount> amounts;         ///< one per funded project, in selection order (runBudgetRule)
    std::vector<ProjectExplanation> explanations;   ///< one per project, in project order
    std::vector<VoterPayment> payments;        ///< equal shares only
    QString accountingUnit;                    ///< unit of payments and shares (a currency, or "share of the pool")
    double shareOfVotersWithFundedProject = 0; ///< ballots with at least one funded supported project / all ballots
    std::optional<mpq_class> finalVoterShare;  ///< mes-add1(u): per-voter share of the returned run
    int mesRuns = 0;                           ///< mes-add1(u): number of MES runs
    std::optional<bool> optimal;               ///< exact: proven optimal
    std::optional<double> gap;                 ///< exact: upper bound minus value found (0 when optimal)
    std::optional<double> objective;           ///< exact: total support of the funded set
    QString note;                              ///< rule-level remark (conversion of several resources, limits)
};

} // namespace proxima::budgeting
