#pragma once

#include "core/common/Result.h"
#include "core/services/CommunityCoverage.h"

#include <QDate>

namespace proxima {

class Workspace;

/// Reads what the coverage check needs from a workspace: the groups with their needs, the roster, the cases and the
/// outreach log; groups not reached in `months` months are to be listed as of `today`.
Result<CoverageInput> loadCoverageInput(Workspace& ws, const QDate& today, int months = 6);

} // namespace proxima
