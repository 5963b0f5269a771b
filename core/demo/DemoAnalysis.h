#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// Adds the Analyse stage to the demo: the problem triangles, hypotheses (some supported or rejected) and
/// affected groups of the cases in Analyse and later stages, and the stage history of those cases (one move
/// forced past an unmet checklist, with its reason, and one move back).
class DemoAnalysis
{
public:
    /// Fills the analysis of the demo cases (call inside the demo's write transaction, after the cases exist).
    static Status fill(Workspace& ws);
};

} // namespace proxima
