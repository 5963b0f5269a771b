#pragma once

#include "core/common/Result.h"

#include <QString>

namespace proxima {

class Workspace;

/// Writes the demo workspace: the fictional Belgian neighbourhood of Saint-Roch with its CoPmittee and cases.
/// Deterministic: the same content on every run (dates are relative to a fixed reference day).
class DemoWorkspace
{
public:
    /// Creates path and fills it; refuses an existing file.
    static Status create(const QString& path);
    /// Fills an empty, freshly created workspace.
    static Status fill(Workspace& ws);
};

} // namespace proxima
