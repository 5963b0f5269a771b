#pragma once

#include "core/budgeting/BudgetInstance.h"

#include <QString>

#include <gmpxx.h>

#include <vector>

namespace proxima::budgeting {

/// A set of funded projects being built: what is left of each resource and which constraints block a project.
class Allocation
{
public:
    explicit Allocation(const BudgetInstance& instance);

    /// True when every resource still covers the project's cost.
    bool fits(int project) const;
    /// Empty when the project may be funded now; otherwise why not (does not fit, excluded, incompatible, ...).
    QString blockReason(int project) const;
    /// Funds the project (no check) and records the selection order.
    void fund(int project);

    bool isFunded(int project) const { return m_funded[static_cast<size_t>(project)]; }
    const std::vector<int>& order() const { return m_order; }
    const std::vector<mpq_class>& remaining() const { return m_remaining; }
    /// Total cost per resource of what is funded.
    std::vector<mpq_class> spent() const;
    /// True when excluded, or an incompatible partner is funded, or a dependency can no longer be funded.
    bool ruledOut(int project) const;

private:
    const BudgetInstance& m_instance;
    std::vector<mpq_class> m_remaining;
    std::vector<bool> m_funded;
    std::vector<bool> m_excluded;
    std::vector<int> m_order;
};

/// Share of ballots that support at least one funded project (0 when there are no ballots).
double shareOfVotersWithFundedProject(const BudgetInstance& instance, const std::vector<int>& funded);

} // namespace proxima::budgeting
