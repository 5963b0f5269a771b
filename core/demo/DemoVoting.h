#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// Demo voting: last month's meeting ranked the open cases with a closed Schulze vote (its ranking is the demo's
/// priorities), and the next meeting has an open dot vote on the newest problems with a few ballots in.
class DemoVoting
{
public:
    /// Adds the meetings, sessions and ballots; call inside DemoWorkspace::fill's transaction, after the cases.
    static Status fill(Workspace& ws);
};

} // namespace proxima
