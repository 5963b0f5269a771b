#include "core/budgeting/Allocation.h"
#include "core/budgeting/BudgetRules.h"
#include "core/budgeting/BudgetText.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace proxima::budgeting {

namespace {

// Density as pabutools orders projects: support (or support per cost); free projects with support come first,
// projects nobody supports come last (density 0) but are still funded when they fit.
struct Density
{
    bool infinite = false;
    mpq_class value;
};

bool denser(const Density& a, const Density& b)
{
    if (a.infinite != b.infinite)
        return a.infinite;
    return !a.infinite && a.value > b.value;
}

std::vector<Density> densities(const BudgetInstance& instance, const std::vector<qint64>& support, bool ratio)
{
    std::vector<Density> result(instance.projects.size());
    for (size_t p = 0; p < result.size(); ++p) {
        const mpq_class cost = normalisedCost(instance, static_cast<int>(p));
        if (support[p] > 0 && cost == 0)
            result[p].infinite = true;
        else if (support[p] > 0)
            result[p].value = ratio ? mpq_class(mpq_class(static_cast<long>(support[p])) / cost) : mpq_class(static_cast<long>(support[p]));
    }
    return result;
}

QString supportText(const BudgetInstance& instance, qint64 support)
{
    const bool points = instance.ballotKind == BallotKind::Cumulative || instance.ballotKind == BallotKind::Score;
    return points ? QCoreApplication::translate("Budgeting", "%1 points").arg(support)
                  : QCoreApplication::translate("Budgeting", "%1 supporters").arg(support);
}

void runGreedy(const BudgetInstance& instance, BudgetResult& result, bool ratio, const BudgetOptions& options,
               const QString& step)
{
    const std::vector<qint64> support = instance.support();
    const std::vector<Density> density = densities(instance, support, ratio);
    const TieBreaker tie(instance, options.tieBreak, options.seed);
    std::vector<int> order(instance.projects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Density& da = density[static_cast<size_t>(a)];
        const Density& db = density[static_cast<size_t>(b)];
        if (denser(da, db) || denser(db, da))
            return denser(da, db);
        return tie.rank(a) < tie.rank(b);
    });

    Allocation allocation(instance);
    for (int p : result.funded)
        allocation.fund(p);
    if (result.explanations.size() != instance.projects.size()) {
        result.explanations.assign(instance.projects.size(), {});
        for (size_t p = 0; p < instance.projects.size(); ++p)
            result.explanations[p].project = static_cast<int>(p);
    }
    const bool fresh = result.funded.empty();
    if (fresh) {
        for (int p : instance.constraints.mustFund) {
            if (allocation.isFunded(p))
                continue;
            allocation.fund(p);
            result.explanations[static_cast<size_t>(p)] = {p, true,
                QCoreApplication::translate("Budgeting", "Funded first: the committee requires it (costs %1).")
                    .arg(formatCost(instance, instance.projects[static_cast<size_t>(p)].cost))};
        }
    }
    int position = 0;
    for (int p : order) {
        ++position;
        if (allocation.isFunded(p))
            continue;
        const auto& before = allocation.remaining();
        const QString reason = allocation.blockReason(p);
        const QString who = supportText(instance, support[static_cast<size_t>(p)]);
        if (!reason.isEmpty()) {
            result.explanations[static_cast<size_t>(p)] = {p, false,
                QCoreApplication::translate("Budgeting", "Not funded (%1, %2 in %3 order): %4.")
                    .arg(who).arg(position).arg(step, reason)};
            continue;
        }
        const QString left = formatCost(instance, before);
        allocation.fund(p);
        result.explanations[static_cast<size_t>(p)] = {p, true,
            QCoreApplication::translate("Budgeting", "Funded (%1, %2 in %3 order): costs %4, %5 was left.")
                .arg(who).arg(position).arg(step, formatCost(instance, instance.projects[static_cast<size_t>(p)].cost),
                     left)};
    }
    result.funded = allocation.order();
    result.totalCost = allocation.spent();
    result.shareOfVotersWithFundedProject = shareOfVotersWithFundedProject(instance, result.funded);
}

} // namespace

BudgetResult greedyRule(const BudgetInstance& instance, bool ratio, const BudgetOptions& options)
{
    BudgetResult result;
    result.rule = ratio ? QStringLiteral("greedy-ratio") : QStringLiteral("greedy");
    result.accountingUnit = instance.resources.size() == 1 ? instance.resources[0].unit : QString();
    runGreedy(instance, result, ratio,  options,
              ratio ? QCoreApplication::translate("Budgeting", "support-per-cost")
                    : QCoreApplication::translate("Budgeting", "support"));
    return result;
}

void greedyFill(const BudgetInstance& instance, BudgetResult& result, const BudgetOptions& options)
{
    runGreedy(instance, result, false, options, QCoreApplication::translate("Budgeting", "greedy completion"));
}

} // namespace proxima::budgeting
