#include "ui/analyse/StageMover.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/StageMoveCommand.h"
#include "core/storage/repositories/StageRepository.h"

namespace proxima {

bool moveCaseStage(WorkspaceSession& session, const ProblemCase& before, const ProblemCase& after,
                   const StageGateResolver& resolver)
{
    auto check = StageRepository(session.workspace()).check(after.id, after.stage);
    if (!check) {
        session.reportError(check.error());
        return false;
    }
    QString reason;
    if (!check->backwards) {
        const StageGateDecision decision = resolver({after, before.stage, after.stage, check.value()});
        if (!decision.proceed)
            return false;
        if (Status allowed = sara::authoriseMove(check.value(), decision.reason); !allowed) {
            session.reportError(allowed.error());
            return false;
        }
        reason = decision.reason;
    }
    // The stack deletes a command that failed (obsolete), so the outcome is read back from the file.
    session.push(new StageMoveCommand(session, before, after, reason));
    auto stored = CaseRepository(session.workspace()).find(after.id);
    return stored && stored->stage == after.stage && stored->revision != before.revision;
}

} // namespace proxima
