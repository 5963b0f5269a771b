#pragma once

#include "core/common/Result.h"
#include "core/sara/Outcome.h"
#include "core/model/ActionStatus.h"
#include "core/model/SaraStage.h"

#include <QList>
#include <QString>

#include <optional>

namespace proxima::sara {

/// What the gates look at: counts and flags read from a case, nothing else.
struct CaseSnapshot
{
    int concernsLinked = 0;                 ///< citizen concerns attached to the problem
    int incidentsLinked = 0;                ///< recorded incidents attached
    bool offenderSideDescribed = false;     ///< problem analysis triangle: offender / victim / location sides
    bool victimSideDescribed = false;
    bool locationSideDescribed = false;
    int hypotheses = 0;
    QList<ActionStatus> actions;            ///< status of every action of the response plan
    int measures = 0;                       ///< measures defined
    int measuresWithBaselineAndFollowUp = 0;
    QString noMeasureReason;                ///< why nothing was measured, when that was a deliberate choice
    std::optional<Outcome> outcome;
    QString lessonLearned;
};

/// One line of a gate checklist.
struct GateItem
{
    QString key;        ///< stable id ("evidence", "triangle", ...)
    QString text;       ///< translated requirement
    bool satisfied = false;
};

/// Answer to "may the case move from one stage to another?".
struct GateCheck
{
    bool backwards = false;         ///< moving back (or staying): always allowed, no checklist
    QList<GateItem> items;          ///< every requirement of the target stage and the stages before it
    bool allowed() const { return unmet().isEmpty(); }
    QList<GateItem> unmet() const;
};

/// Requirements to be in a stage, cumulative (Respond also needs what Analyse needs):
/// - Analyse: at least one concern or incident linked (the problem is grounded in evidence).
/// - Respond: at least one side of the triangle described and at least one hypothesis (an analysis exists).
/// - Assess: at least one action done or in progress (there is a response to assess).
/// - Closed: an outcome chosen, a lesson learned written, and a measure with baseline and follow-up or an
///   explicit reason for not measuring (the assessment is complete).
/// Scan has no requirement.
QList<GateItem> stageChecklist(const CaseSnapshot& snapshot, SaraStage target);

/// The checklist for moving from one stage to another; backwards moves are always allowed.
GateCheck canMove(const CaseSnapshot& snapshot, SaraStage from, SaraStage to);

/// Whether a move may happen: when requirements are unmet it needs an override reason (which the caller
/// records). Error lists the unmet requirements.
Status authoriseMove(const GateCheck& check, const QString& overrideReason = {});

} // namespace proxima::sara
