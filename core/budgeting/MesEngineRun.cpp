// The round loop of MesEngine, kept apart from the arithmetic of one evaluation.
#include "core/budgeting/MesEngine.h"
#include "core/budgeting/MesEngineSteps.h"

#include <algorithm>
#include <limits>

namespace proxima::budgeting {

MesRun MesEngine::run(const mpq_class& share)
{
    const size_t projectCount = m_instance.projects.size();
    m_steps.clear();
    m_classParent.assign({-1, -1});
    m_classStep.assign({-1, -1});
    m_classWeight.assign({0, 0});
    m_classApprox.assign({0.0, share.get_d()});
    m_classError.assign({0.0, share.get_d() * std::numeric_limits<double>::epsilon()});
    m_classExact.assign({mpq_class(0), share});
    m_classExactSlot.assign({0, 1});
    m_stampStep.assign({-1, -1});
    m_stampWeight.assign({0, 0});
    m_stampChild.assign({-1, -1});
    m_groupClass.assign(m_groupSize.size(), share > 0 ? 1 : 0);
    m_classBudget.assign({ClassBudget{-1.0, 0.0}, ClassBudget{m_classApprox[1], m_classError[1]}});

    MesRun out;
    out.round.assign(projectCount, 0);
    out.leftWhenDropped.assign(projectCount, 0);
    out.dropped.assign(projectCount, false);
    std::vector<bool> funded(projectCount, false);
    std::vector<mpq_class> spent(m_instance.resources.size(), mpq_class(0));
    auto fund = [&](int p) {
        funded[static_cast<size_t>(p)] = true;
        out.funded.push_back(p);
        const auto& cost = m_instance.projects[static_cast<size_t>(p)].cost;
        for (size_t r = 0; r < spent.size() && r < cost.size(); ++r)
            spent[r] += cost[r];
    };
    for (int p : m_mustFund)
        fund(p);
    for (int p : m_free) {
        if (eligible(p, funded, spent))
            fund(p);
    }

    // rho never decreases during a run, so the last value (less its error) bounds it from below.
    std::vector<int> active;
    std::vector<double> lower(projectCount, 0);
    for (int p : m_candidates) {
        active.push_back(p);
        lower[static_cast<size_t>(p)] = (1 / static_cast<double>(m_totalWeight[static_cast<size_t>(p)])) * (1 - 1e-12);
    }
    std::vector<std::vector<int>> dependencies(projectCount);
    for (const auto& [dependent, dependency] : m_instance.constraints.dependsOn)
        dependencies[static_cast<size_t>(dependent)].push_back(dependency);

    for (int round = 1; !active.empty(); ++round) {
        active.erase(std::remove_if(active.begin(), active.end(), [&](int p) {
            return !eligible(p, funded, spent);
        }), active.end());
        std::sort(active.begin(), active.end(), [&](int a, int b) {
            const double la = lower[static_cast<size_t>(a)], lb = lower[static_cast<size_t>(b)];
            return la != lb ? la < lb : m_tie.rank(a) < m_tie.rank(b);
        });
        double bestUpper = std::numeric_limits<double>::infinity();
        std::vector<std::pair<int, Evaluation>> evaluated;
        std::vector<int> drop;
        for (int p : active) {
            const auto index = static_cast<size_t>(p);
            if (lower[index] > bestUpper)
                break;
            bool waiting = false;
            for (int d : dependencies[index])
                waiting = waiting || !funded[static_cast<size_t>(d)];
            if (waiting)
                continue;
            Evaluation evaluation = evaluate(p, false);
            if (!evaluation.affordable) {
                out.dropped[index] = true;
                out.round[index] = round;
                out.leftWhenDropped[index] = supportersMoney(p);
                drop.push_back(p);
                continue;
            }
            lower[index] = std::max(lower[index], evaluation.rho - evaluation.rhoError);
            bestUpper = std::min(bestUpper, evaluation.rho + evaluation.rhoError);
            evaluated.emplace_back(p, std::move(evaluation));
        }
        for (int p : drop)
            active.erase(std::find(active.begin(), active.end(), p));
        if (evaluated.empty()) {
            if (drop.empty())
                break;   // only projects waiting for a dependency remain
            continue;
        }
        std::vector<std::pair<int, Evaluation>> tied;
        for (auto& entry : evaluated) {
            if (entry.second.rho - entry.second.rhoError <= bestUpper)
                tied.push_back(std::move(entry));
        }
        if (tied.size() > 1) {
            // The doubles cannot separate these: compare the exact rho = pi / cost.
            std::vector<mpq_class> rho;
            for (auto& [p, evaluation] : tied) {
                if (!evaluation.exact)
                    evaluation = evaluate(p, true);
                rho.push_back(evaluation.piExact / cost(p));
            }
            const mpq_class best = *std::min_element(rho.begin(), rho.end());
            size_t chosen = tied.size();
            for (size_t i = 0; i < tied.size(); ++i) {
                if (rho[i] == best && (chosen == tied.size() || m_tie.rank(tied[i].first) < m_tie.rank(tied[chosen].first)))
                    chosen = i;
            }
            std::swap(tied[0], tied[chosen]);
        }
        const int selected = tied[0].first;
        apply(selected, tied[0].second);
        out.round[static_cast<size_t>(selected)] = round;
        fund(selected);
        active.erase(std::find(active.begin(), active.end(), selected));
    }
    return out;
}

std::vector<MesStepPayments> MesEngine::lastPayments()
{
    // Replays the transitions of the last run from the start, so each payment is old budget minus new budget.
    std::vector<MesStepPayments> payments(m_steps.size());
    std::vector<std::unordered_map<std::uint64_t, int>> moves(m_steps.size());
    for (size_t k = 2; k < m_classParent.size(); ++k)
        moves[static_cast<size_t>(m_classStep[k])].emplace(mesTransitionKey(m_classParent[k], m_classWeight[k]),
                                                            static_cast<int>(k));
    std::vector<int> current(m_groupSize.size(), m_classApprox.size() > 1 && m_classApprox[1] > 0 ? 1 : 0);
    for (size_t s = 0; s < m_steps.size(); ++s) {
        const auto& supporters = m_supporters[static_cast<size_t>(m_steps[s].project)];
        const auto& sizes = m_supporterSize[static_cast<size_t>(m_steps[s].project)];
        MesStepPayments& out = payments[s];
        out.groups.reserve(supporters.size());
        // Groups meeting the same class with the same points move and pay alike: each amount is computed once.
        struct Move { int next; int amount; };
        std::unordered_map<std::uint64_t, Move> seen;
        for (size_t i = 0; i < supporters.size(); ++i) {
            const auto [group, weight] = supporters[i];
            const int cls = current[static_cast<size_t>(group)];
            if (cls == 0)
                continue;
            const std::uint64_t key = mesTransitionKey(cls, weight);
            auto known = seen.find(key);
            if (known == seen.end()) {
                const auto found = moves[s].find(key);
                const int next = found == moves[s].end() ? 0 : found->second;
                // Who could afford it paid pi per point; the others paid all they had.
                out.amounts.push_back(next != 0 ? mpq_class(exactPi(static_cast<int>(s)) * static_cast<long>(weight))
                                                : exactBudget(cls));
                known = seen.emplace(key, Move{next, static_cast<int>(out.amounts.size()) - 1}).first;
            }
            out.groups.emplace_back(group, known->second.amount);
            out.ballots += static_cast<size_t>(sizes[i]);
            current[static_cast<size_t>(group)] = known->second.next;
        }
    }
    return payments;
}

mpq_class MesEngine::spentOn(const std::vector<int>& funded, std::vector<mpq_class>& spent) const
{
    mpq_class total = 0;
    for (int p : funded) {
        total += m_cost[static_cast<size_t>(p)];
        const auto& cost = m_instance.projects[static_cast<size_t>(p)].cost;
        for (size_t r = 0; r < spent.size() && r < cost.size(); ++r)
            spent[r] += cost[r];
    }
    for (int p : m_mustFund)
        total -= m_cost[static_cast<size_t>(p)];
    return total;
}

bool MesEngine::feasible(const std::vector<int>& funded) const
{
    std::vector<mpq_class> spent(m_instance.resources.size(), mpq_class(0));
    const mpq_class total = spentOn(funded, spent);
    if (total > m_budget)
        return false;
    for (size_t r = 0; r < spent.size(); ++r) {
        if (spent[r] > m_instance.resources[r].capacity)
            return false;
    }
    return true;
}

bool MesEngine::exhaustive(const std::vector<int>& funded) const
{
    // Sums once, then tests each candidate against them: the same test as feasible(funded + p) per candidate.
    std::vector<bool> isFunded(m_instance.projects.size(), false);
    for (int p : funded)
        isFunded[static_cast<size_t>(p)] = true;
    std::vector<mpq_class> spent(m_instance.resources.size(), mpq_class(0));
    const mpq_class total = spentOn(funded, spent);
    mpq_class extended;
    for (int p : m_candidates) {
        if (isFunded[static_cast<size_t>(p)] || !eligible(p, isFunded, spent))
            continue;
        extended = total + m_cost[static_cast<size_t>(p)];
        if (extended > m_budget)
            continue;
        bool fits = true;
        const auto& cost = m_instance.projects[static_cast<size_t>(p)].cost;
        for (size_t r = 0; fits && r < spent.size() && r < cost.size(); ++r)
            fits = spent[r] + cost[r] <= m_instance.resources[r].capacity;
        if (fits)
            return false;
    }
    return true;
}

} // namespace proxima::budgeting
