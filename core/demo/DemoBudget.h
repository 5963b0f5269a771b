#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// The demo's budgeting round "Q4 2026": three pools (160 police officer hours, 300 volunteer hours, 12,000 €),
/// eleven proposals built on actions of the demo cases (created here, after each case's existing plan), a
/// dependency and an incompatibility, and the approval ballots of the eleven committee members.
class DemoBudget
{
public:
    /// Adds the round to the demo workspace (inside DemoWorkspace::fill's transaction).
    static Status fill(Workspace& ws);
};

} // namespace proxima
