#include "core/budgeting/FlexibleAmounts.h"

#include "core/budgeting/Allocation.h"
#include "core/budgeting/BudgetText.h"
#include "core/budgeting/TieBreak.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace proxima::budgeting {

namespace {

const std::optional<mpq_class>& bound(const std::vector<std::optional<mpq_class>>& bounds, size_t r)
{
    static const std::optional<mpq_class> none;
    return r < bounds.size() ? bounds[r] : none;
}

mpq_class costIn(const BudgetProject& project, size_t r) { return r < project.cost.size() ? project.cost[r] : mpq_class(0); }

// Amounts below the cost only: a minimum at or above the cost gives nothing to fall back to.
mpq_class lowestAmount(const BudgetProject& project, size_t r)
{
    const std::optional<mpq_class>& minimum = bound(project.minimum, r);
    const mpq_class cost = costIn(project, r);
    return minimum && *minimum < cost ? std::max(*minimum, mpq_class(0)) : cost;
}

bool constraintsAllow(const BudgetInstance& instance, const std::vector<bool>& funded, int project)
{
    const ProjectConstraints& c = instance.constraints;
    if (std::find(c.excluded.begin(), c.excluded.end(), project) != c.excluded.end())
        return false;
    for (const auto& [a, b] : c.incompatible) {
        if ((a == project && funded[static_cast<size_t>(b)]) || (b == project && funded[static_cast<size_t>(a)]))
            return false;
    }
    for (const auto& [dependent, dependency] : c.dependsOn) {
        if (dependent == project && !funded[static_cast<size_t>(dependency)])
            return false;
    }
    return true;
}

QString joined(const QStringList& parts) { return parts.join(QStringLiteral(" + ")); }

void fundAtMinimum(const BudgetInstance& instance, BudgetResult& result, std::vector<bool>& funded,
                   std::vector<mpq_class>& left, const BudgetOptions& options)
{
    const std::vector<qint64> support = instance.support();
    const TieBreaker tie(instance, options.tieBreak, options.seed);
    std::vector<int> order(instance.projects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const qint64 sa = support[static_cast<size_t>(a)], sb = support[static_cast<size_t>(b)];
        return sa != sb ? sa > sb : tie.rank(a) < tie.rank(b);
    });
    for (int p : order) {
        const BudgetProject& project = instance.projects[static_cast<size_t>(p)];
        if (funded[static_cast<size_t>(p)] || !constraintsAllow(instance, funded, p))
            continue;
        bool fitsNominal = true, fitsMinimum = true;
        for (size_t r = 0; r < left.size(); ++r) {
            fitsNominal = fitsNominal && costIn(project, r) <= left[r];
            fitsMinimum = fitsMinimum && lowestAmount(project, r) <= left[r];
        }
        if (fitsNominal || !fitsMinimum)
            continue;
        FundedAmount amount{p, {}, {}};
        QStringList minimum, nominal, before;
        for (size_t r = 0; r < left.size(); ++r) {
            const mpq_class low = lowestAmount(project, r);
            const bool reduced = low < costIn(project, r);
            amount.amount.push_back(low);
            amount.kind.push_back(reduced ? AmountKind::Minimum : AmountKind::Nominal);
            const QString& unit = instance.resources[r].unit;
            if (reduced)
                minimum << formatAmount(low, unit);
            if (costIn(project, r) > left[r]) {
                nominal << formatAmount(costIn(project, r), unit);
                before << formatAmount(left[r], unit);
            }
            left[r] -= low;
        }
        funded[static_cast<size_t>(p)] = true;
        result.funded.push_back(p);
        result.amounts.push_back(std::move(amount));
        if (static_cast<size_t>(p) < result.explanations.size())
            result.explanations[static_cast<size_t>(p)] = {p, true,
                QCoreApplication::translate("Budgeting", "Funded at its minimum of %1: %2 did not fit, %3 was left "
                                                         "(flexible amounts).")
                    .arg(joined(minimum), joined(nominal), joined(before))};
    }
}

void topUp(const BudgetInstance& instance, BudgetResult& result, std::vector<mpq_class>& left)
{
    std::vector<QStringList> raised(instance.projects.size());
    for (size_t r = 0; r < left.size(); ++r) {
        for (FundedAmount& amount : result.amounts) {
            if (left[r] <= 0)
                break;
            const BudgetProject& project = instance.projects[static_cast<size_t>(amount.project)];
            const std::optional<mpq_class>& maximum = bound(project.maximum, r);
            if (!maximum || *maximum <= amount.amount[r])
                continue;
            const mpq_class extra = std::min(mpq_class(*maximum - amount.amount[r]), left[r]);
            amount.amount[r] += extra;
            amount.kind[r] = AmountKind::ToppedUp;
            left[r] -= extra;
            raised[static_cast<size_t>(amount.project)]
                << QCoreApplication::translate("Budgeting", "%1 (maximum %2)")
                       .arg(formatAmount(amount.amount[r], instance.resources[r].unit),
                            formatAmount(*maximum, instance.resources[r].unit));
        }
    }
    for (size_t p = 0; p < raised.size() && p < result.explanations.size(); ++p) {
        if (!raised[p].isEmpty())
            result.explanations[p].text += QLatin1Char(' ')
                + QCoreApplication::translate("Budgeting", "Topped up with leftover capacity to %1.")
                      .arg(raised[p].join(QStringLiteral(", ")));
    }
}

} // namespace

void applyFlexibleAmounts(const BudgetInstance& instance, BudgetResult& result, const BudgetOptions& options)
{
    const size_t resources = instance.resources.size();
    result.amounts.clear();
    std::vector<bool> funded(instance.projects.size(), false);
    for (int p : result.funded) {
        funded[static_cast<size_t>(p)] = true;
        const BudgetProject& project = instance.projects[static_cast<size_t>(p)];
        FundedAmount amount{p, {}, std::vector<AmountKind>(resources, AmountKind::Nominal)};
        for (size_t r = 0; r < resources; ++r)
            amount.amount.push_back(costIn(project, r));
        result.amounts.push_back(std::move(amount));
    }
    if (!instance.hasBounds())
        return;
    std::vector<mpq_class> left;
    for (size_t r = 0; r < resources; ++r) {
        left.push_back(instance.resources[r].capacity);
        for (const FundedAmount& amount : result.amounts)
            left[r] -= amount.amount[r];
    }
    const size_t before = result.funded.size();
    fundAtMinimum(instance, result, funded, left, options);
    topUp(instance, result, left);
    result.totalCost.assign(resources, mpq_class(0));
    for (const FundedAmount& amount : result.amounts) {
        for (size_t r = 0; r < resources; ++r)
            result.totalCost[r] += amount.amount[r];
    }
    if (result.funded.size() != before)
        result.shareOfVotersWithFundedProject = shareOfVotersWithFundedProject(instance, result.funded);
}

const FundedAmount* findFundedAmount(const BudgetResult& result, int project)
{
    for (const FundedAmount& amount : result.amounts) {
        if (amount.project == project)
            return &amount;
    }
    return nullptr;
}

std::vector<mpq_class> fundedAmount(const BudgetInstance& instance, const BudgetResult& result, int project)
{
    if (const FundedAmount* amount = findFundedAmount(result, project))
        return amount->amount;
    const BudgetProject& p = instance.projects[static_cast<size_t>(project)];
    std::vector<mpq_class> amounts(instance.resources.size(), mpq_class(0));
    if (std::find(result.funded.begin(), result.funded.end(), project) != result.funded.end()) {
        for (size_t r = 0; r < amounts.size(); ++r)
            amounts[r] = costIn(p, r);
    }
    return amounts;
}

QString flexibleAmountsNote()
{
    return QCoreApplication::translate(
        "Budgeting",
        "Flexible amounts: some proposals have a minimum or a maximum. After each rule has chosen, (a) a proposal "
        "left out because its cost did not fit is funded at its minimum when that fits in every resource and its "
        "constraints allow it, most supported first (then the rule's tie-break order); (b) then what is left of "
        "each resource tops up the funded proposals that have a maximum, in order of selection, up to their "
        "maximum.");
}

} // namespace proxima::budgeting
