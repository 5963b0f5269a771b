#pragma once

#include "core/budgeting/BudgetInstance.h"

#include <QString>

#include <gmpxx.h>

#include <vector>

namespace proxima::budgeting {

/// "1,240" or "1,240.50": thousands separated by commas, at most two decimals (exact amounts are rounded here
/// only for display).
QString formatNumber(const mpq_class& value);
/// formatNumber followed by the unit ("1,240 PLN"); the unit is left out when empty.
QString formatAmount(const mpq_class& value, const QString& unit);
/// Cost of a project over all resources: "3,500 € + 12 h".
QString formatCost(const BudgetInstance& instance, const std::vector<mpq_class>& amounts);

} // namespace proxima::budgeting
