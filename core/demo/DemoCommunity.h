#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// The community side of the demo: the community map of Saint-Roch's two areas (12 groups of every kind, some not
/// engaged or hard to reach, 15 places on the plan, 20 key people under pseudonyms who agreed to be recorded), the
/// relationship register of the committee's members, and a year of outreach with its follow-ups. Call inside the
/// demo's write transaction, after the members, cases, concerns and the map exist.
class DemoCommunity
{
public:
    static Status fill(Workspace& ws);
};

} // namespace proxima
