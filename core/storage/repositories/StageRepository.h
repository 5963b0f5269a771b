#pragma once

#include "core/common/Result.h"
#include "core/model/ProblemCase.h"
#include "core/model/StageTransition.h"
#include "core/sara/StageGates.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// A stage move as stored: the case after the move and the transition row (id 0 when the stage did not change).
struct StageMove
{
    ProblemCase stored;
    StageTransition transition;
    sara::GateCheck check;   ///< the checklist as it was at the time of the move
};

/// Stage gates over the workspace: reads what a case has (sara::CaseSnapshot), checks a move against the
/// checklist of the target stage (sara::canMove) and records moves in stage_transitions together with the case's
/// new stage, in one transaction.
class StageRepository
{
public:
    explicit StageRepository(Workspace& ws) : m_ws(ws) {}

    /// What the gates look at for a case, read from its rows: concerns, linked incidents (rule and
    /// hand-picked), triangle sides, hypotheses, action statuses, measures and the assessment.
    Result<sara::CaseSnapshot> snapshot(qint64 caseId) const;
    /// The checklist for moving a case from its stored stage to another one.
    Result<sara::GateCheck> check(qint64 caseId, SaraStage to) const;
    /// Saves a case edited from the version at edited.revision, whose stage may differ from the stored one
    /// (other edited fields are saved with it), and records the move. A forward move with unmet requirements
    /// needs a reason (Invalid error naming field "reason" otherwise); the reason is recorded. Conflict when the
    /// case changed meanwhile, unless told to overwrite. transitionId restores a transition with that id (redo).
    Result<StageMove> move(const ProblemCase& edited, const QString& reason, OnConflict policy = OnConflict::Report,
                           qint64 transitionId = 0);
    /// Undoes a move: saves previous (loaded at previous.revision) and deletes the transition row, in one
    /// transaction. Returns the stored case.
    Result<ProblemCase> undoMove(const ProblemCase& previous, qint64 transitionId,
                                 OnConflict policy = OnConflict::Report);
    /// Inserts a transition as it is (demo history, imports); returns it with its id.
    Result<StageTransition> addTransition(const StageTransition& transition);
    /// The stage moves of a case, oldest first.
    Result<QList<StageTransition>> history(qint64 caseId) const;

private:
    Workspace& m_ws;
};

} // namespace proxima
