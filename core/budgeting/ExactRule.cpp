#include "core/budgeting/ExactRule.h"

#include "core/budgeting/Allocation.h"
#include "core/budgeting/BudgetText.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace proxima::budgeting {

namespace {

// Amounts in whole units after scaling: 128 bits, so budgets far beyond 2^63 (a pabulib budget of 10^20) stay exact.
__extension__ typedef __int128 Amount;

struct Search
{
    int n = 0;
    size_t resources = 0;
    std::vector<qint64> support;                     // per item (item order)
    std::vector<std::vector<Amount>> cost;           // [item][resource], whole units
    std::vector<std::vector<int>> byDensity;         // per resource: items by support per cost, best first
    std::vector<std::vector<int>> scanFrom;          // per resource, per depth: first position of byDensity that
                                                     // can hold an item not decided at that depth
    std::vector<signed char> state;                  // -1 undecided, 0 no, 1 yes
    std::vector<bool> forced0, forced1;
    std::vector<std::vector<int>> incompatible, dependsOn, dependents;
    std::vector<Amount> remaining;
    qint64 value = 0, best = -1;
    std::vector<signed char> bestState;
    double openBound = 0;                            // largest bound left unexplored when stopped
    bool stopped = false;
    qint64 nodes = 0, nodeLimit = 0;
    qint64 timeLimitMs = 0;
    QElapsedTimer timer;

    // Items are decided in item order, so at a given depth every item below it is decided: the scan of each
    // resource's density order starts at the first position holding an item at or after the depth.
    void prepareScan()
    {
        scanFrom.assign(resources, std::vector<int>(static_cast<size_t>(n) + 1, n));
        for (size_t r = 0; r < resources; ++r) {
            std::vector<int> position(static_cast<size_t>(n));
            for (int p = 0; p < n; ++p)
                position[static_cast<size_t>(byDensity[r][static_cast<size_t>(p)])] = p;
            auto& from = scanFrom[r];
            for (int d = n - 1; d >= 0; --d)
                from[static_cast<size_t>(d)] = std::min(from[static_cast<size_t>(d) + 1],
                                                        position[static_cast<size_t>(d)]);
        }
    }

    double bound(int depth) const
    {
        double tightest = std::numeric_limits<double>::infinity();
        for (size_t r = 0; r < resources; ++r) {
            double room = static_cast<double>(remaining[r]), gain = 0;
            const auto& order = byDensity[r];
            for (size_t k = static_cast<size_t>(scanFrom[r][static_cast<size_t>(depth)]); k < order.size(); ++k) {
                const int i = order[k];
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
        if (decision != 1)
            return;
        for (size_t r = 0; r < resources; ++r)
            remaining[r] -= cost[index][r];
        value += support[index];
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

    bool outOfTime()
    {
        // With many items one node costs a scan of them, so the clock is read more often as they grow.
        const qint64 every = n > 4096 ? 1 : n > 256 ? 63 : 1023;
        if (((nodes - 1) & every) == 0 && (nodes >= nodeLimit || timer.elapsed() >= timeLimitMs))
            stopped = true;
        return stopped;
    }

    // A first allocation in item order (take what fits, skip the rest), so that the search starts with a good
    // incumbent and a time limit reached early still has an allocation to report.
    void greedyIncumbent()
    {
        int decided = 0;
        for (; decided < n; ++decided) {
            if (canTake(decided))
                set(decided, 1);
            else if (canSkip(decided))
                set(decided, 0);
            else
                break;   // the constraints need a choice this greedy pass did not make
        }
        if (decided == n) {
            best = value;
            bestState = state;
        }
        while (decided > 0)
            unset(--decided);
    }

    // Depth-first branch and bound, take before skip, on an explicit stack: a recursion as deep as the number of
    // projects would overflow the thread's stack on 100,000 projects.
    void search()
    {
        struct Frame
        {
            int depth;
            int phase;      // 0 entering, 1 the "take" branch is done, 2 the "skip" branch is done
            double bound;
        };
        std::vector<Frame> stack;
        stack.reserve(static_cast<size_t>(n) + 1);
        stack.push_back({0, 0, 0});
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const int depth = frame.depth;
            if (frame.phase == 0) {
                if (stopped) {
                    stack.pop_back();
                    continue;
                }
                ++nodes;
                frame.bound = bound(depth);
                if (frame.bound < static_cast<double>(best) + 1) {
                    stack.pop_back();   // supports are whole numbers: this subtree cannot improve by one
                    continue;
                }
                if (outOfTime()) {
                    openBound = std::max(openBound, frame.bound);
                    stack.pop_back();
                    continue;
                }
                if (depth == n) {
                    if (value > best) {
                        best = value;
                        bestState = state;
                    }
                    stack.pop_back();
                    continue;
                }
                frame.phase = 1;
                if (canTake(depth)) {
                    set(depth, 1);
                    stack.push_back({depth + 1, 0, 0});
                    continue;
                }
            }
            if (frame.phase == 1) {
                unset(depth);
                frame.phase = 2;
                if (canSkip(depth)) {
                    set(depth, 0);
                    stack.push_back({depth + 1, 0, 0});
                    continue;
                }
            }
            unset(depth);
            if (stopped)
                openBound = std::max(openBound, frame.bound);
            stack.pop_back();
        }
    }
};

// A whole number of at most 123 bits as a 128-bit integer (sums of amounts below the capacity stay in range); none
// when larger.
std::optional<Amount> toAmount(const mpz_class& number)
{
    if (mpz_sizeinbase(number.get_mpz_t(), 2) > 123)
        return std::nullopt;
    const mpz_class magnitude = abs(number);
    std::uint64_t words[2] = {0, 0};
    size_t count = 0;
    mpz_export(words, &count, -1, sizeof(std::uint64_t), 0, 0, magnitude.get_mpz_t());
    const Amount value = (static_cast<Amount>(words[1]) << 64) | static_cast<Amount>(words[0]);
    return sgn(number) < 0 ? -value : value;
}

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
    search.cost.assign(static_cast<size_t>(n), std::vector<Amount>(search.resources, 0));
    for (size_t r = 0; r < search.resources; ++r) {
        const mpz_class scale = *scaleOf(instance, r);
        const mpq_class capacity = instance.resources[r].capacity * scale;
        const std::optional<Amount> room = toAmount(capacity.get_num());
        if (!room)
            return Error{QCoreApplication::translate("Budgeting", "the capacity of %1 counts more than 10^37 units of "
                                                                  "its smallest fraction: too large or too finely "
                                                                  "divided for the exact rule")
                             .arg(instance.resources[r].name.isEmpty() ? instance.resources[r].id
                                                                       : instance.resources[r].name),
                         {}, 0, instance.resources[r].id};
        search.remaining.push_back(*room);
        for (int i = 0; i < n; ++i) {
            const auto& cost = instance.projects[static_cast<size_t>(items[static_cast<size_t>(i)])].cost;
            const mpq_class scaled = (r < cost.size() ? cost[r] : mpq_class(0)) * scale;
            // A cost beyond the capacity can never be taken: capacity + 1 says so without the real figure.
            search.cost[static_cast<size_t>(i)][r] = scaled <= capacity ? *toAmount(scaled.get_num()) : *room + 1;
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
    search.prepareScan();
    search.greedyIncumbent();
    search.search();
    if (search.best < 0 && search.stopped)
        return Error{QCoreApplication::translate("Budgeting", "the exact rule stopped at its limit (%1 s, %2 nodes) "
                                                              "before it found an allocation that meets the "
                                                              "constraints; raise the time limit or use another rule")
                         .arg(options.timeLimitSeconds).arg(search.nodes),
                     {}, 0, QStringLiteral("time_limit")};
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
