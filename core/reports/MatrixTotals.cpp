#include "core/reports/MatrixTotals.h"

namespace proxima::reports {

MatrixTotals MatrixTotals::ofGroup(const ProblemGroup& group)
{
    MatrixTotals totals;
    for (const ActionRow& action : group.actions) {
        totals.policeHours += action.policeHours;
        totals.volunteerHours += action.volunteerHours;
        totals.euros += action.euros;
        ++totals.actions;
    }
    return totals;
}

MatrixTotals MatrixTotals::ofMatrix(const ActionMatrix& matrix)
{
    MatrixTotals totals;
    for (const ProblemGroup& group : matrix.groups)
        totals += ofGroup(group);
    return totals;
}

MatrixTotals& MatrixTotals::operator+=(const MatrixTotals& other)
{
    policeHours += other.policeHours;
    volunteerHours += other.volunteerHours;
    euros += other.euros;
    actions += other.actions;
    return *this;
}

} // namespace proxima::reports
