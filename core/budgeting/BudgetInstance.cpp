#include "core/budgeting/BudgetInstance.h"

namespace proxima::budgeting {

int BudgetInstance::projectIndex(const QString& id) const
{
    for (size_t i = 0; i < projects.size(); ++i) {
        if (projects[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<qint64> BudgetInstance::support() const
{
    std::vector<qint64> totals(projects.size(), 0);
    if (ballots.empty() && !aggregatedSupport.empty()) {
        for (size_t i = 0; i < totals.size() && i < aggregatedSupport.size(); ++i)
            totals[i] = aggregatedSupport[i];
        return totals;
    }
    const bool points = ballotKind == BallotKind::Cumulative || ballotKind == BallotKind::Score;
    for (const Ballot& ballot : ballots) {
        for (size_t i = 0; i < ballot.projects.size(); ++i)
            totals[static_cast<size_t>(ballot.projects[i])] += points && i < ballot.points.size() ? ballot.points[i] : 1;
    }
    return totals;
}

bool BudgetInstance::hasBounds() const
{
    for (const BudgetProject& project : projects) {
        for (const auto* bounds : {&project.minimum, &project.maximum}) {
            for (const std::optional<mpq_class>& bound : *bounds) {
                if (bound)
                    return true;
            }
        }
    }
    return false;
}

} // namespace proxima::budgeting
