#pragma once

#include "core/common/Result.h"

namespace proxima {

class Workspace;

/// The Scan part of the demo: concerns raised about the demo cases (with positions near the shared places) and two
/// years of generated incidents with their daily and weekly rhythms, plus the incident rules of the cases that
/// are analysed. Call inside the demo's write transaction, after the cases exist.
class DemoScan
{
public:
    /// Adds the concerns, the incidents and the case incident rules.
    static Status fill(Workspace& ws);
};

} // namespace proxima
