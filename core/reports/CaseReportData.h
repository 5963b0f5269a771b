#pragma once

#include "core/common/Result.h"
#include "core/model/AffectedGroup.h"
#include "core/model/CaseAnalysis.h"
#include "core/model/CaseAssessment.h"
#include "core/model/CaseMeasure.h"
#include "core/model/Concern.h"
#include "core/model/Hypothesis.h"
#include "core/model/ProblemCase.h"
#include "core/model/ResponseAction.h"
#include "core/model/StageTransition.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace proxima {
class Workspace;
}

namespace proxima::reports {

/// Everything the SARA case report prints about one case, read in one go so the builder stays pure.
struct CaseReportData
{
    QString workspaceName;
    ProblemCase problem;
    QList<Concern> concerns;           ///< newest first
    CaseAnalysis analysis;
    QList<Hypothesis> hypotheses;      ///< in order
    QList<AffectedGroup> groups;
    QList<ResponseAction> actions;     ///< plan order
    QList<CaseMeasure> measures;       ///< values resolved (incident counts filled in)
    CaseAssessment assessment;
    QList<StageTransition> history;    ///< oldest first

    /// Reads one case with its parts; NotFound (field "case") when there is no such case.
    static Result<CaseReportData> load(Workspace& ws, qint64 caseId);
};

/// What goes into a case report besides the case data.
struct CaseReportOptions
{
    /// The before/after chart of a measure as PNG or SVG bytes (empty = no chart); called once per measure.
    std::function<QByteArray(const CaseMeasure& measure)> measureChart;
};

} // namespace proxima::reports
