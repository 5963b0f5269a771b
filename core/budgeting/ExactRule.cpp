#include "core/budgeting/ExactRule.h"

#include "core/budgeting/Allocation.h"
#include "core/budgeting/BudgetText.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace proxima::budgeting {

namespace {

struct Search
{
    int n = 0;
    size_t resources = 0;
    std::vector<qint64> support;                     // per item (item order)
    std::vector<std::vector<qint64>> cost;           // [item][resource], whole units
    std::vector<std::vector<int>> byDensity;         // per resource: items by support per cost, best first
    std::vector<signed char> state;                  // -1 undecided, 0 no, 1 yes
    std::vector<bool> forced0, forced1;
    std::vector<std::vector<int>> incompatible, dependsOn, dependents;
    std::vector<qint64> remaining;
    qint64 value = 0, best = -1;
    std::vector<signed char> bestState;
    double openBound = 0;                            // largest bound left unexplored when stopped
    bool stopped = false;
    qint64 nodes = 0, nodeLimit = 0;
    qint64 timeLimitMs = 0;
    QElapsedTimer timer;

    double bound() const
    {
        double tightest = std::numeric_limits<double>::infinity();
        for (size_t r = 0; r < resources; ++r) {
            double room = static_cast<double>(remaining[r]), gain = 0;
            for (int i : byDensity[r]) {
                if (state[static_cast<size_t>(i)] != -1 || forced0[static_cast<size_t>(i)])
                    continue;
                const auto c = static_cast<double>(cost[static_cast<size_t>(i)][r]);
                const auto s = static_cast<double>(support[static_cast<size_t>(i)]);
                if (c <= room) {
                    room -= c;
                    gain += s;
                } else {
                    gain += s * room / c;
                    break;
                }
            }
            tightest = std::min(tightest, gain);
        }
        if (resources == 0)
            tightest = 0;
        return static_cast<double>(value) + tightest * (1 + 1e-12) + 1e-9;
    }

    bool canTake(int i) const
    {
        const auto index = static_cast<size_t>(i);
        if (forced0[index])
            return false;
        for (size_t r = 0; r < resources; ++r) {
            if (cost[index][r] > remaining[r])
                return false;
        }
        for (int j : incompatible[index])
            if (state[static_cast<size_t>(j)] == 1)
                return false;
        for (int d : dependsOn[index])
            if (state[static_cast<size_t>(d)] == 0)
                return false;
        return true;
    }

    bool canSkip(int i) const
    {
        const auto index = static_cast<size_t>(i);
        if (forced1[index])
            return false;
        for (int a : dependents[index])
            if (state[static_cast<size_t>(a)] == 1)
                return false;
        return true;
    }

    void set(int i, signed char decision)
    {
        const auto index = static_cast<size_t>(i);
        state[index] = decision;
        const int sign = decision == 1 ? 1 : 0;
        for (size_t r = 0; r < resources; ++r)
            remaining[r] -= sign * cost[index][r];
        value += sign * support[index];
    }

    void unset(int i)
    {
        const auto index = static_cast<size_t>(i);
        if (state[index] == 1) {
            for (size_t r = 0; r < resources; ++r)
                remaining[r] += cost[index][r];
            value -= support[index];
        }
        state[index] = -1;
    }

    void dfs(int depth)
    {
        if (stopped)
            return;
        ++nodes;
        const double nodeBound = bound();
        if (nodeBound < static_cast<double>(best) + 1)
            return;   // supports are whole numbers: this subtree cannot improve by one
        if ((nodes & 1023) == 0 && (nodes >= nodeLimit || timer.elapsed() >= timeLimitMs))
            stopped = true;
        if (stopped) {
            openBound = std::max(openBound, nodeBound);
            return;
        }
        if (depth == n) {
            if (value > best) {
                best = value;
                bestState = state;
            }
            return;
        }
        if (canTake(depth)) {
            set(depth, 1);
            dfs(depth + 1);
            unset(depth);
        }
        if (canSkip(depth)) {
            set(depth, 0);
            dfs(depth + 1);
            unset(depth);
        }
        if (stopped)
            openBound = std::max(openBound, nodeBound);
    }
};

// Scales a resource's costs and capacity by the common denominator so the search works in whole units.
std::optional<mpz_class> scaleOf(const BudgetInstance& instance, size_t r)
{
    mpz_class scale = instance.resources[r].capacity.get_den();
    for (const BudgetProject& project : instance.projects) {
        if (r < project.cost.size())
            mpz_lcm(scale.get_mpz_t(), scale.get_mpz_t(), project.cost[r].get_den().get_mpz_t());
    }
    return scale;
}

} // namespace

Result<BudgetResult> exactRule(const BudgetInstance& instance, const BudgetOptions& options)
{
    const int n = static_cast<int>(instance.projects.size());
    const std::vector<qint64> support = instance.support();
    // Item order: support per pooled cost, best first, so good solutions are found early.
    std::vector<int> items(static_cast<size_t>(n));
    std::iota(items.begin(), items.end(), 0);
    const TieBreaker tie(instance, options.tieBreak, options.seed);
    std::vector<mpq_class> pooled;
    for (int p = 0; p < n; ++p)
        pooled.push_back(normalisedCost(instance, p));
    std::sort(items.begin(), items.end(), [&](int a, int b) {
        const mpq_class lhs = static_cast<long>(support[static_cast<size_t>(a)]) * pooled[static_cast<size_t>(b)];
        const mpq_class rhs = static_cast<long>(support[static_cast<size_t>(b)]) * pooled[static_cast<size_t>(a)];
        return lhs != rhs ? lhs > rhs : tie.rank(a) < tie.rank(b);
    });
    std::vector<int> itemOf(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        itemOf[static_cast<size_t>(items[static_cast<size_t>(i)])] = i;

    Search search;
    search.n = n;
    search.resources = instance.resources.size();
    search.cost.assign(static_cast<size_t>(n), std::vector<qint64>(search.resources, 0));
    for (size_t r = 0; r < search.resources; ++r) {
        const mpz_class scale = *scaleOf(instance, r);
        const mpq_class capacity = instance.resources[r].capacity * scale;
        if (!capacity.get_num().fits_slong_p())
            return Error{QCoreApplication::translate("Budgeting", "amounts are too large or too finely divided for "
                                                                  "the exact rule"), {}, 0, instance.resources[r].id};
        search.remaining.push_back(capacity.get_num().get_si());
        for (int i = 0; i < n; ++i) {
            const auto& cost = instance.projects[static_cast<size_t>(items[static_cast<size_t>(i)])].cost;
            const mpq_class scaled = (r < cost.size() ? cost[r] : mpq_class(0)) * scale;
            search.cost[static_cast<size_t>(i)][r] = scaled.get_num().fits_slong_p() ? scaled.get_num().get_si()
                                                                                       : search.remaining[r] + 1;
        }
    }
    for (int i = 0; i < n; ++i)
        search.support.push_back(support[static_cast<size_t>(items[static_cast<size_t>(i)])]);
    search.byDensity.assign(search.resources, items);
    for (size_t r = 0; r < search.resources; ++r) {
        auto& order = search.byDensity[r];
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto ca = static_cast<double>(search.cost[static_cast<size_t>(a)][r]);
            const auto cb = static_cast<double>(search.cost[static_cast<size_t>(b)][r]);
            return static_cast<double>(search.support[static_cast<size_t>(a)]) * cb
                > static_cast<double>(search.support[static_cast<size_t>(b)]) * ca;
        });
    }
    search.state.assign(static_cast<size_t>(n), -1);
    search.forced0.assign(static_cast<size_t>(n), false);
    search.forced1.assign(static_cast<size_t>(n), false);
    search.incompatible.assign(static_cast<size_t>(n), {});
    search.dependsOn.assign(static_cast<size_t>(n), {});
    search.dependents.assign(static_cast<size_t>(n), {});
    for (int p : instance.constraints.excluded)
        search.forced0[static_cast<size_t>(itemOf[static_cast<size_t>(p)])] = true;
    for (int p : instance.constraints.mustFund)
        search.forced1[static_cast<size_t>(itemOf[static_cast<size_t>(p)])] = true;
    for (const auto& [a, b] : instance.constraints.incompatible) {
        search.incompatible[static_cast<size_t>(itemOf[static_cast<size_t>(a)])].push_back(itemOf[static_cast<size_t>(b)]);
        search.incompatible[static_cast<size_t>(itemOf[static_cast<size_t>(b)])].push_back(itemOf[static_cast<size_t>(a)]);
    }
    for (const auto& [a, b] : instance.constraints.dependsOn) {
        search.dependsOn[static_cast<size_t>(itemOf[static_cast<size_t>(a)])].push_back(itemOf[static_cast<size_t>(b)]);
        search.dependents[static_cast<size_t>(itemOf[static_cast<size_t>(b)])].push_back(itemOf[static_cast<size_t>(a)]);
    }
    search.nodeLimit = options.nodeLimit;
    search.timeLimitMs = static_cast<qint64>(options.timeLimitSeconds * 1000);
    search.timer.start();
    search.dfs(0);
    if (search.best < 0)
        return Error{QCoreApplication::translate("Budgeting", "the required projects and constraints cannot all be "
                                                              "met within the capacities"), {}, 0, QStringLiteral("constraints")};

    BudgetResult result;
    result.rule = QStringLiteral("exact");
    result.accountingUnit = instance.resources.size() == 1 ? instance.resources[0].unit : QString();
    Allocation allocation(instance);
    for (int i = 0; i < n; ++i) {
        if (search.bestState[static_cast<size_t>(i)] == 1)
            allocation.fund(items[static_cast<size_t>(i)]);
    }
    result.funded = allocation.order();
    result.totalCost = allocation.spent();
    result.shareOfVotersWithFundedProject = shareOfVotersWithFundedProject(instance, result.funded);
    result.objective = static_cast<double>(search.best);
    result.optimal = !search.stopped;
    result.gap = search.stopped ? std::max(0.0, std::floor(search.openBound) - static_cast<double>(search.best)) : 0.0;
    result.note = search.stopped
        ? QCoreApplication::translate("Budgeting", "Search stopped after %1 nodes: total support %2, at most %3 more "
                                                   "is possible.").arg(search.nodes).arg(search.best).arg(*result.gap)
        : QCoreApplication::translate("Budgeting", "Proven optimal after %1 nodes: total support %2.")
              .arg(search.nodes).arg(search.best);
    for (int p = 0; p < n; ++p) {
        ProjectExplanation text{p, allocation.isFunded(p), {}};
        const QString who = QString::number(support[static_cast<size_t>(p)]);
        if (text.funded) {
            text.text = QCoreApplication::translate("Budgeting", "Funded: part of the allocation with the most total "
                                                                 "support (it adds %1).").arg(who);
        } else {
            const QString reason = allocation.blockReason(p);
            text.text = reason.isEmpty()
                ? QCoreApplication::translate("Budgeting", "Not funded: it would fit, but no allocation including it "
                                                           "has more total support (it adds %1).").arg(who)
                : QCoreApplication::translate("Budgeting", "Not funded: %1.").arg(reason);
        }
        result.explanations.push_back(text);
    }
    return result;
}

} // namespace proxima::budgeting
