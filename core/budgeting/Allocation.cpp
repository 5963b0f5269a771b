#include "core/budgeting/Allocation.h"

#include "core/budgeting/BudgetText.h"

#include <QCoreApplication>

namespace proxima::budgeting {

Allocation::Allocation(const BudgetInstance& instance)
    : m_instance(instance), m_funded(instance.projects.size(), false), m_excluded(instance.projects.size(), false)
{
    for (const Resource& resource : instance.resources)
        m_remaining.push_back(resource.capacity);
    for (int p : instance.constraints.excluded)
        m_excluded[static_cast<size_t>(p)] = true;
}

bool Allocation::fits(int project) const
{
    const auto& cost = m_instance.projects[static_cast<size_t>(project)].cost;
    for (size_t r = 0; r < m_remaining.size() && r < cost.size(); ++r) {
        if (cost[r] > m_remaining[r])
            return false;
    }
    return true;
}

bool Allocation::ruledOut(int project) const
{
    if (m_excluded[static_cast<size_t>(project)])
        return true;
    for (const auto& [a, b] : m_instance.constraints.incompatible) {
        if ((a == project && isFunded(b)) || (b == project && isFunded(a)))
            return true;
    }
    for (const auto& [dependent, dependency] : m_instance.constraints.dependsOn) {
        if (dependent == project && (m_excluded[static_cast<size_t>(dependency)] || ruledOut(dependency)))
            return true;
    }
    return false;
}

QString Allocation::blockReason(int project) const
{
    const auto& projects = m_instance.projects;
    if (m_excluded[static_cast<size_t>(project)])
        return QCoreApplication::translate("Budgeting", "excluded by the committee");
    for (const auto& [a, b] : m_instance.constraints.incompatible) {
        const int other = a == project ? b : (b == project ? a : -1);
        if (other >= 0 && isFunded(other))
            return QCoreApplication::translate("Budgeting", "incompatible with %1, which is funded")
                .arg(projects[static_cast<size_t>(other)].id);
    }
    for (const auto& [dependent, dependency] : m_instance.constraints.dependsOn) {
        if (dependent == project && !isFunded(dependency))
            return QCoreApplication::translate("Budgeting", "depends on %1, which is not funded")
                .arg(projects[static_cast<size_t>(dependency)].id);
    }
    const auto& cost = projects[static_cast<size_t>(project)].cost;
    for (size_t r = 0; r < m_remaining.size() && r < cost.size(); ++r) {
        if (cost[r] > m_remaining[r]) {
            const QString& unit = m_instance.resources[r].unit;
            return QCoreApplication::translate("Budgeting", "does not fit: %1 left, costs %2")
                .arg(formatAmount(m_remaining[r], unit), formatAmount(cost[r], unit));
        }
    }
    return {};
}

void Allocation::fund(int project)
{
    const auto& cost = m_instance.projects[static_cast<size_t>(project)].cost;
    for (size_t r = 0; r < m_remaining.size() && r < cost.size(); ++r)
        m_remaining[r] -= cost[r];
    m_funded[static_cast<size_t>(project)] = true;
    m_order.push_back(project);
}

std::vector<mpq_class> Allocation::spent() const
{
    std::vector<mpq_class> total;
    for (size_t r = 0; r < m_remaining.size(); ++r)
        total.push_back(m_instance.resources[r].capacity - m_remaining[r]);
    return total;
}

double shareOfVotersWithFundedProject(const BudgetInstance& instance, const std::vector<int>& funded)
{
    if (instance.ballots.empty())
        return 0;
    std::vector<bool> isFunded(instance.projects.size(), false);
    for (int p : funded)
        isFunded[static_cast<size_t>(p)] = true;
    size_t count = 0;
    for (const Ballot& ballot : instance.ballots) {
        for (int p : ballot.projects) {
            if (isFunded[static_cast<size_t>(p)]) {
                ++count;
                break;
            }
        }
    }
    return static_cast<double>(count) / static_cast<double>(instance.ballots.size());
}

} // namespace proxima::budgeting
