#pragma once

// Internal bookkeeping of MesEngine, shared by its two source files.
#include "core/budgeting/MesEngine.h"

namespace proxima::budgeting {

/// Key of a budget class and a number of points, for the per-step transition tables.
inline std::uint64_t mesTransitionKey(int cls, qint64 weight)
{
    return (static_cast<std::uint64_t>(cls) << 32) | static_cast<std::uint32_t>(weight);
}

/// One funded project of a run: the payment per point and how to recover it exactly.
struct MesEngine::Step
{
    int project = -1;
    double pi = 0;          // payment per point of the supporters who could pay it in full
    double piError = 0;
    bool piKnown = false;
    mpq_class piExact;
    std::vector<std::pair<int, qint64>> poor;   // (class, ballots) that paid all they had
    qint64 richWeight = 0;                      // points x ballots of those who paid pi per point
    std::unordered_map<std::uint64_t, int> transitions;
};

/// The affordability of one project in the current state.
struct MesEngine::Evaluation
{
    bool affordable = false;
    bool exact = false;
    double left = 0;        // money of the supporters (display)
    double pi = 0, piError = 0;
    double rho = 0, rhoError = 0;
    mpq_class piExact;
};

} // namespace proxima::budgeting
