#include "core/budgeting/MesEngine.h"
#include "core/budgeting/MesEngineSteps.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace proxima::budgeting {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

MesEngine::MesEngine(const BudgetInstance& instance, const TieBreaker& tieBreaker)
    : m_instance(instance), m_tie(tieBreaker), m_ballotCount(instance.ballots.size())
{
    const size_t projectCount = instance.projects.size();
    const bool several = instance.resources.size() > 1;
    m_budget = several ? mpq_class(static_cast<long>(instance.resources.size())) : instance.resources.at(0).capacity;
    for (size_t p = 0; p < projectCount; ++p) {
        m_cost.push_back(normalisedCost(instance, static_cast<int>(p)));
        m_costApprox.push_back(m_cost.back().get_d());
    }
    // Identical ballots always hold identical budgets, so they are merged into one group with a size. Each
    // ballot's (project, points) list is sorted into one flat array and hashed.
    const bool points = instance.ballotKind == BallotKind::Cumulative || instance.ballotKind == BallotKind::Score;
    const size_t ballotCount = instance.ballots.size();
    std::vector<std::pair<int, qint64>> flat;
    std::vector<size_t> offset(ballotCount + 1, 0);
    std::vector<std::uint64_t> hash(ballotCount, 0);
    for (size_t b = 0; b < ballotCount; ++b) {
        const Ballot& ballot = instance.ballots[b];
        const size_t begin = flat.size();
        for (size_t i = 0; i < ballot.projects.size(); ++i) {
            const qint64 weight = points ? (i < ballot.points.size() ? ballot.points[i] : 0) : 1;
            if (weight > 0)
                flat.emplace_back(ballot.projects[i], weight);
        }
        std::sort(flat.begin() + static_cast<std::ptrdiff_t>(begin), flat.end());
        std::uint64_t h = 0x9e3779b97f4a7c15ull ^ (flat.size() - begin);
        for (size_t i = begin; i < flat.size(); ++i) {
            h ^= (static_cast<std::uint64_t>(flat[i].first) << 32) ^ static_cast<std::uint64_t>(flat[i].second);
            h *= 0xff51afd7ed558ccdull;
            h ^= h >> 33;
        }
        hash[b] = h;
        offset[b + 1] = flat.size();
    }
    auto sameKey = [&](size_t a, size_t b) {
        return offset[a + 1] - offset[a] == offset[b + 1] - offset[b]
            && std::equal(flat.begin() + static_cast<std::ptrdiff_t>(offset[a]),
                          flat.begin() + static_cast<std::ptrdiff_t>(offset[a + 1]),
                          flat.begin() + static_cast<std::ptrdiff_t>(offset[b]));
    };
    // Groups are numbered by their first ballot: ballots are taken in order and looked up by hash in an open
    // addressing table of groups (linear probing; a different ballot with the same hash just probes on).
    size_t tableSize = 16;
    while (tableSize < 2 * ballotCount)
        tableSize *= 2;
    std::vector<int> table(tableSize, -1);
    std::vector<int> firstBallots;
    std::vector<int> groupOfBallot(ballotCount);
    for (size_t b = 0; b < ballotCount; ++b) {
        size_t at = static_cast<size_t>(hash[b] ^ (hash[b] >> 29)) & (tableSize - 1);
        int g = table[at];
        while (g >= 0) {
            const auto first = static_cast<size_t>(firstBallots[static_cast<size_t>(g)]);
            if (hash[first] == hash[b] && sameKey(first, b))
                break;
            at = (at + 1) & (tableSize - 1);
            g = table[at];
        }
        if (g < 0) {
            g = static_cast<int>(firstBallots.size());
            firstBallots.push_back(static_cast<int>(b));
            table[at] = g;
        }
        groupOfBallot[b] = g;
    }
    const size_t groupCount = firstBallots.size();
    m_groupSize.assign(groupCount, 0);
    for (size_t b = 0; b < ballotCount; ++b)
        ++m_groupSize[static_cast<size_t>(groupOfBallot[b])];
    m_groupBallotBegin.assign(groupCount + 1, 0);
    for (size_t g = 0; g < groupCount; ++g)
        m_groupBallotBegin[g + 1] = m_groupBallotBegin[g] + static_cast<size_t>(m_groupSize[g]);
    m_groupBallots.resize(ballotCount);
    {
        std::vector<size_t> fill(m_groupBallotBegin.begin(), m_groupBallotBegin.end() - 1);
        for (size_t b = 0; b < ballotCount; ++b)
            m_groupBallots[fill[static_cast<size_t>(groupOfBallot[b])]++] = static_cast<int>(b);
    }
    m_supporters.assign(projectCount, {});
    for (size_t g = 0; g < groupCount; ++g) {
        const auto first = static_cast<size_t>(firstBallots[g]);
        for (size_t i = offset[first]; i < offset[first + 1]; ++i)
            m_supporters[static_cast<size_t>(flat[i].first)].emplace_back(static_cast<int>(g), flat[i].second);
    }
    m_totalWeight.assign(projectCount, 0);
    for (size_t p = 0; p < projectCount; ++p) {
        for (const auto& [group, weight] : m_supporters[p])
            m_totalWeight[p] += m_groupSize[static_cast<size_t>(group)] * weight;
    }
    m_supporterInfo.resize(projectCount);
    m_supporterSize.resize(projectCount);
    for (size_t p = 0; p < projectCount; ++p) {
        m_supporterSize[p].reserve(m_supporters[p].size());
        for (const auto& supporter : m_supporters[p])
            m_supporterSize[p].push_back(m_groupSize[static_cast<size_t>(supporter.first)]);
        m_supporterInfo[p].reserve(m_supporters[p].size());
        for (const auto& [group, weight] : m_supporters[p])
            m_supporterInfo[p].push_back({group, static_cast<double>(m_groupSize[static_cast<size_t>(group)]),
                                          static_cast<double>(weight)});
    }
    std::vector<bool> excluded(projectCount, false);
    for (int p : instance.constraints.excluded)
        excluded[static_cast<size_t>(p)] = true;
    for (int p : instance.constraints.mustFund) {
        if (std::find(m_mustFund.begin(), m_mustFund.end(), p) == m_mustFund.end()) {
            m_mustFund.push_back(p);
            m_budget -= m_cost[static_cast<size_t>(p)];
        }
    }
    for (int p : tieBreaker.order()) {
        const auto index = static_cast<size_t>(p);
        if (excluded[index] || m_supporters[index].empty()
            || std::find(m_mustFund.begin(), m_mustFund.end(), p) != m_mustFund.end())
            continue;
        (m_cost[index] == 0 ? m_free : m_candidates).push_back(p);
    }
}

const mpq_class& MesEngine::exactBudget(int cls)
{
    const auto index = static_cast<size_t>(cls);
    if (m_classExactSlot[index] < 0) {
        mpq_class value = exactBudget(m_classParent[index]);
        value -= exactPi(m_classStep[index]) * static_cast<long>(m_classWeight[index]);
        m_classExact.push_back(std::move(value));
        m_classExactSlot[index] = static_cast<int>(m_classExact.size()) - 1;
    }
    return m_classExact[static_cast<size_t>(m_classExactSlot[index])];
}

const mpq_class& MesEngine::exactPi(int stepIndex)
{
    Step& step = m_steps[static_cast<size_t>(stepIndex)];
    if (!step.piKnown) {
        // Many poor groups share a class: one exact product per class (exact sums do not depend on the order).
        std::vector<std::pair<int, qint64>> poor = step.poor;
        std::sort(poor.begin(), poor.end());
        // Budgets of classes made at the same step often share a denominator: their numerators are summed as
        // integers, so only one rational addition (with its gcds) is made per distinct denominator.
        std::vector<std::pair<mpz_class, mpz_class>> byDenominator;   // (denominator, sum of numerators)
        for (size_t i = 0; i < poor.size();) {
            const int cls = poor[i].first;
            qint64 count = 0;
            for (; i < poor.size() && poor[i].first == cls; ++i)
                count += poor[i].second;
            const mpq_class& budget = exactBudget(cls);
            auto same = std::find_if(byDenominator.rbegin(), byDenominator.rend(),
                                     [&](const auto& entry) { return entry.first == budget.get_den(); });
            if (same == byDenominator.rend()) {
                byDenominator.emplace_back(budget.get_den(), 0);
                same = byDenominator.rbegin();
            }
            same->second += budget.get_num() * static_cast<long>(count);
        }
        mpq_class paid = 0;
        for (auto& [denominator, numerator] : byDenominator) {
            mpq_class part(numerator, denominator);
            part.canonicalize();
            paid += part;
        }
        step.piExact = (m_cost[static_cast<size_t>(step.project)] - paid) / static_cast<long>(step.richWeight);
        step.piKnown = true;
    }
    return step.piExact;
}

mpq_class MesEngine::supportersMoney(int project)
{
    // Supporters of one class have the same budget: one exact product per class, not per supporter.
    std::unordered_map<int, qint64> ballotsOfClass;
    for (const auto& [group, weight] : m_supporters[static_cast<size_t>(project)])
        ballotsOfClass[m_groupClass[static_cast<size_t>(group)]] += m_groupSize[static_cast<size_t>(group)];
    mpq_class total = 0;
    for (const auto& [cls, ballots] : ballotsOfClass)
        total += exactBudget(cls) * static_cast<long>(ballots);
    return total;
}

MesEngine::Evaluation MesEngine::evaluate(int project, bool exact)
{
    const auto& supporters = m_supporters[static_cast<size_t>(project)];
    Evaluation result;
    if (exact) {
        struct Entry { int cls; qint64 weight; qint64 count; };
        std::vector<Entry> entries;
        std::unordered_map<std::uint64_t, size_t> slot;
        for (const auto& [group, weight] : supporters) {
            const int cls = m_groupClass[static_cast<size_t>(group)];
            const auto [it, inserted] = slot.emplace(mesTransitionKey(cls, weight), entries.size());
            if (inserted)
                entries.push_back({cls, weight, 0});
            entries[it->second].count += m_groupSize[static_cast<size_t>(group)];
        }
        const mpq_class& cost = m_cost[static_cast<size_t>(project)];
        mpq_class total = 0;
        qint64 denominator = 0;
        for (const Entry& e : entries) {
            total += exactBudget(e.cls) * static_cast<long>(e.count);
            denominator += e.count * e.weight;
        }
        result.exact = true;
        result.left = total.get_d();
        result.affordable = total >= cost;
        if (!result.affordable)
            return result;
        std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
            return exactBudget(a.cls) * static_cast<long>(b.weight) < exactBudget(b.cls) * static_cast<long>(a.weight);
        });
        mpq_class paid = 0;
        for (const Entry& e : entries) {
            mpq_class pi = (cost - paid) / static_cast<long>(denominator);
            if (pi * static_cast<long>(e.weight) <= exactBudget(e.cls)) {
                result.piExact = pi;
                break;
            }
            paid += exactBudget(e.cls) * static_cast<long>(e.count);
            denominator -= e.count * e.weight;
        }
        result.pi = result.piExact.get_d();
        result.rho = mpq_class(result.piExact / cost).get_d();
        result.rhoError = result.rho * 4 * kEps;
        result.piError = result.pi * 4 * kEps;
        return result;
    }

    const double cost = m_costApprox[static_cast<size_t>(project)];
    const double n = static_cast<double>(supporters.size());
    const auto& infos = m_supporterInfo[static_cast<size_t>(project)];
    // One gather pass into contiguous memory; the poor/rich passes then stream over it.
    double richWeight = 0;
    if (m_rich.size() < infos.size()) {
        m_rich.resize(infos.size());
        m_poor.resize(infos.size());
    }
    Item* const rich = m_rich.data();
    Item* const poor = m_poor.data();
    size_t richCount = 0, poorCount = 0;
    double total = 0, totalError = 0, poorSum = 0, poorError = 0;
    for (const SupporterInfo& supporter : infos) {
        const auto cls = static_cast<size_t>(m_groupClass[static_cast<size_t>(supporter.group)]);
        const ClassBudget budget = m_classBudget[cls];
        if (budget.approx < 0)
            continue;
        const Item item{budget.approx, budget.error, supporter.size, supporter.weight};
        total += item.size * item.budget;
        totalError += item.size * item.error;
        richWeight += item.size * item.weight;
        rich[richCount++] = item;
    }
    totalError += 2 * n * kEps * total + kEps * cost;
    result.left = total;
    if (total + totalError < cost)
        return result;   // certainly unaffordable
    if (total - totalError <= cost)
        return evaluate(project, true);
    result.affordable = true;
    // Poor/rich iteration: supporters who cannot pay pi per point pay all they have; repeat until stable. Each pass
    // scans only the rich, kept in their order so the sums are those of full passes. The pass that changes nothing
    // runs with the final pi and error, so it also checks the rich margins: a supporter whose budget is within the
    // error of pi x points might be on the other side, and is then decided exactly.
    double pi = cost / richWeight;
    double piError = 0;
    bool close = false;
    for (bool changed = true; changed;) {
        changed = false;
        close = false;
        piError = (poorError + 2 * n * kEps * (cost + poorSum)) / richWeight + 4 * kEps * pi;
        size_t kept = 0;
        for (size_t i = 0; i < richCount; ++i) {
            const Item item = rich[i];
            if (item.budget < pi * item.weight) {
                poorSum += item.size * item.budget;
                poorError += item.size * item.error;
                richWeight -= item.size * item.weight;
                poor[poorCount++] = item;
                changed = true;
            } else {
                rich[kept++] = item;
                const double margin = item.error + piError * item.weight + 4 * kEps * item.budget;
                close |= std::abs(item.budget - pi * item.weight) <= margin;
            }
        }
        richCount = kept;
        if (changed)
            pi = (cost - poorSum) / richWeight;
    }
    for (size_t i = 0; i < poorCount; ++i) {
        const Item& item = poor[i];
        const double margin = item.error + piError * item.weight + 4 * kEps * item.budget;
        close |= std::abs(item.budget - pi * item.weight) <= margin;
    }
    if (close)
        return evaluate(project, true);
    result.pi = pi;
    result.piError = piError;
    result.rho = pi / cost;
    result.rhoError = piError / cost + 4 * kEps * result.rho;
    return result;
}

int MesEngine::child(int stepIndex, int cls, qint64 weight, bool capped)
{
    if (capped)
        return 0;
    const Step& step = m_steps[static_cast<size_t>(stepIndex)];
    const auto parent = static_cast<size_t>(cls);
    const double w = static_cast<double>(weight);
    m_classParent.push_back(cls);
    m_classStep.push_back(stepIndex);
    m_classWeight.push_back(weight);
    m_classApprox.push_back(m_classApprox[parent] - step.pi * w);
    m_classError.push_back(m_classError[parent] + step.piError * w + 4 * kEps * m_classApprox[parent]);
    m_classBudget.push_back({m_classApprox.back(), m_classError.back()});
    m_classExactSlot.push_back(-1);
    m_stampStep.push_back(-1);
    m_stampWeight.push_back(0);
    m_stampChild.push_back(-1);
    return static_cast<int>(m_classApprox.size()) - 1;
}

void MesEngine::apply(int project, const Evaluation& evaluation)
{
    const int stepIndex = static_cast<int>(m_steps.size());
    m_steps.emplace_back();
    m_steps.back().project = project;
    m_steps.back().pi = evaluation.pi;
    m_steps.back().piError = evaluation.piError;
    if (evaluation.exact) {
        m_steps.back().piKnown = true;
        m_steps.back().piExact = evaluation.piExact;
    }
    const auto& supporters = m_supporters[static_cast<size_t>(project)];
    const auto& sizes = m_supporterSize[static_cast<size_t>(project)];
    for (size_t i = 0; i < supporters.size(); ++i) {
        const auto [group, weight] = supporters[i];
        const int cls = m_groupClass[static_cast<size_t>(group)];
        if (cls == 0)
            continue;
        const qint64 size = sizes[i];
        Step& step = m_steps[static_cast<size_t>(stepIndex)];
        // Most classes meet one weight per step: a stamp per class avoids a hash table on that path.
        const auto c = static_cast<size_t>(cls);
        int next = -1;
        if (m_stampStep[c] == stepIndex && m_stampWeight[c] == weight) {
            next = m_stampChild[c];
        } else if (m_stampStep[c] == stepIndex) {
            const auto found = step.transitions.find(mesTransitionKey(cls, weight));
            if (found != step.transitions.end())
                next = found->second;
        }
        if (next < 0) {
            const bool capped = evaluation.exact ? exactBudget(cls) <= step.piExact * static_cast<long>(weight)
                                                 : m_classApprox[c] < step.pi * static_cast<double>(weight);
            next = child(stepIndex, cls, weight, capped);
            if (m_stampStep[c] == stepIndex) {
                m_steps[static_cast<size_t>(stepIndex)].transitions.emplace(mesTransitionKey(cls, weight), next);
            } else {
                m_stampStep[c] = stepIndex;
                m_stampWeight[c] = weight;
                m_stampChild[c] = next;
            }
        }
        Step& current = m_steps[static_cast<size_t>(stepIndex)];
        if (next == 0)
            current.poor.emplace_back(cls, size);
        else
            current.richWeight += size * weight;
        m_groupClass[static_cast<size_t>(group)] = next;
    }
}

bool MesEngine::eligible(int project, const std::vector<bool>& funded, const std::vector<mpq_class>& spent) const
{
    for (const auto& [a, b] : m_instance.constraints.incompatible) {
        if ((a == project && funded[static_cast<size_t>(b)]) || (b == project && funded[static_cast<size_t>(a)]))
            return false;
    }
    if (m_instance.resources.size() > 1) {
        const auto& cost = m_instance.projects[static_cast<size_t>(project)].cost;
        for (size_t r = 0; r < spent.size() && r < cost.size(); ++r) {
            if (spent[r] + cost[r] > m_instance.resources[r].capacity)
                return false;
        }
    }
    return true;
}

} // namespace proxima::budgeting
