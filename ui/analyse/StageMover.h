#pragma once

#include "ui/analyse/StageGateDialog.h"

namespace proxima {

class WorkspaceSession;

/// Moves a case to another stage through the undo stack: a forward move first asks the resolver with the
/// checklist of the target stage (an unmet checklist needs a reason, which is recorded); a backward move is
/// saved without asking. Other edited fields of `after` are saved with it. False when refused, cancelled or
/// when the save failed (the error is reported through the session).
bool moveCaseStage(WorkspaceSession& session, const ProblemCase& before, const ProblemCase& after,
                   const StageGateResolver& resolver);

} // namespace proxima
