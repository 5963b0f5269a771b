#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/TieBreak.h"

#include <gmpxx.h>

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace proxima::budgeting {

/// What one run of equal shares did, per project, for explanations and payments.
struct MesRun
{
    std::vector<int> funded;                 ///< selection order (free projects first)
    std::vector<int> round;                  ///< per project: round funded or dropped (0 = never considered)
    std::vector<mpq_class> leftWhenDropped;  ///< per project: supporters' money when dropped, exact
    std::vector<bool> dropped;               ///< per project: supporters could no longer afford it
    std::vector<mpq_class> groupPayments;    ///< filled by payments(): flattened per funded step, per supporter
};

/// Exact payments of one funded step: the distinct amounts, and which supporter group paid which, per ballot.
struct MesStepPayments
{
    std::vector<mpq_class> amounts;             ///< each amount once
    std::vector<std::pair<int, int>> groups;    ///< (group, index into amounts), in supporter order
    size_t ballots = 0;                         ///< ballots of those groups
};

/// Method of Equal Shares with cost utilities (utility = points x cost) on merged voter groups.
/// Voter budgets are tracked as classes: two groups that approved the same funded projects and paid the same way
/// have the same exact budget. Each class keeps a double with an error bound and its exact rational on demand;
/// every comparison whose doubles are closer than their error bounds is decided with the exact rationals.
class MesEngine
{
public:
    MesEngine(const BudgetInstance& instance, const TieBreaker& tieBreaker);

    /// Budget in MES units (the capacity for one resource; the number of pooled resources otherwise), minus
    /// what must-fund projects take.
    const mpq_class& budget() const { return m_budget; }
    /// Budget divided by the number of ballots.
    mpq_class initialShare() const { return m_budget / static_cast<long>(m_ballotCount); }
    /// MES cost of a project (its cost, or its sum of shares of each resource).
    const mpq_class& cost(int project) const { return m_cost[static_cast<size_t>(project)]; }

    /// One run with the given per-ballot share.
    MesRun run(const mpq_class& share);
    /// Exact payment of every ballot for every project funded in the last run, per step (funding order).
    std::vector<MesStepPayments> lastPayments();
    /// Ballots merged into a group of identical ballots (ascending indices into the instance's ballots).
    std::span<const int> groupBallots(int group) const
    {
        const auto g = static_cast<size_t>(group);
        return {m_groupBallots.data() + m_groupBallotBegin[g], m_groupBallots.data() + m_groupBallotBegin[g + 1]};
    }

    /// Total MES cost within budget and, with several resources, every capacity respected.
    bool feasible(const std::vector<int>& funded) const;
    /// No project the rule could fund (supported, positive cost, not ruled out) still fits.
    bool exhaustive(const std::vector<int>& funded) const;

private:
    /// Adds the funded projects' costs per resource to spent and returns their total cost, less the projects that
    /// must be funded (which the budget does not pay for).
    mpq_class spentOn(const std::vector<int>& funded, std::vector<mpq_class>& spent) const;
    struct Step;
    struct Evaluation;
    const mpq_class& exactBudget(int cls);
    const mpq_class& exactPi(int step);
    Evaluation evaluate(int project, bool exact);
    /// The money the supporters of a project have left, exactly (for the explanation of a dropped project).
    mpq_class supportersMoney(int project);
    int child(int step, int cls, qint64 weight, bool capped);
    void apply(int project, const Evaluation& evaluation);
    bool eligible(int project, const std::vector<bool>& funded, const std::vector<mpq_class>& spent) const;

    const BudgetInstance& m_instance;
    const TieBreaker& m_tie;
    mpq_class m_budget;
    size_t m_ballotCount = 0;
    std::vector<mpq_class> m_cost;
    std::vector<double> m_costApprox;
    std::vector<int> m_groupBallots;        // ballots of group g: [m_groupBallotBegin[g], m_groupBallotBegin[g + 1])
    std::vector<size_t> m_groupBallotBegin;
    std::vector<qint64> m_groupSize;
    std::vector<std::vector<std::pair<int, qint64>>> m_supporters;   // per project: (group, points)
    std::vector<std::vector<qint64>> m_supporterSize;                // per project: ballots of each supporter
    std::vector<int> m_candidates;                                   // positive cost, supported, not excluded
    std::vector<int> m_free;                                         // zero cost, supported, not excluded
    std::vector<int> m_mustFund;

    // Per project, its supporters' static data laid out for the evaluation's streaming pass.
    struct SupporterInfo { int group; double size; double weight; };
    std::vector<std::vector<SupporterInfo>> m_supporterInfo;

    // State of the current run.
    std::vector<int> m_groupClass;
    struct ClassBudget { double approx; double error; };   // per class; approx < 0 when capped
    std::vector<ClassBudget> m_classBudget;
    // Scratch of evaluate(): supporters still paying pi per point, and those who pay all they have.
    struct Item { double budget, error, size, weight; };
    std::vector<Item> m_rich, m_poor;
    std::vector<int> m_classParent, m_classStep;
    std::vector<qint64> m_classWeight;
    std::vector<double> m_classApprox, m_classError;
    std::vector<int> m_classExactSlot;    // index into m_classExact, -1 until needed
    std::vector<mpq_class> m_classExact;
    std::vector<Step> m_steps;
    std::vector<int> m_stampStep, m_stampChild;   // last step that moved a class, and where to
    std::vector<qint64> m_stampWeight;
    std::vector<qint64> m_totalWeight;            // per project: points x ballots of all supporters
};

} // namespace proxima::budgeting
