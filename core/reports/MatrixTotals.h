#pragma once

#include "core/reports/ActionMatrix.h"

namespace proxima::reports {

/// Resources summed over a set of actions.
struct MatrixTotals
{
    double policeHours = 0.0;
    double volunteerHours = 0.0;
    double euros = 0.0;
    int actions = 0;

    /// Sum over the actions of one problem.
    static MatrixTotals ofGroup(const ProblemGroup& group);
    /// Sum over every action of the matrix.
    static MatrixTotals ofMatrix(const ActionMatrix& matrix);

    MatrixTotals& operator+=(const MatrixTotals& other);
};

} // namespace proxima::reports
