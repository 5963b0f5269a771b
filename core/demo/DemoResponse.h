#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// The Respond and Assess part of the demo: the action plans of the cases in Respond, Assess and Closed, the
/// measures taken before and after, and how the closed cases ended. Call inside the demo's write transaction,
/// after the members and cases exist.
class DemoResponse
{
public:
    static Status fill(Workspace& ws);
};

} // namespace proxima
