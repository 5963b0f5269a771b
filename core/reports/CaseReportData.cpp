#include "core/reports/CaseReportData.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AnalysisRepository.h"
#include "core/storage/repositories/AssessmentRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/MeasureRepository.h"
#include "core/storage/repositories/MeasureValues.h"
#include "core/storage/repositories/StageRepository.h"

#include <QCoreApplication>

namespace proxima::reports {
namespace {

template <typename T>
Status take(Result<T> result, T& into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return {};
}

} // namespace

Result<CaseReportData> CaseReportData::load(Workspace& ws, qint64 caseId)
{
    CaseReportData data;
    data.workspaceName = ws.name();
    Result<ProblemCase> problem = CaseRepository(ws).find(caseId);
    if (!problem) {
        if (problem.error().code != ErrorCode::NotFound)
            return problem.error();
        return Error{QCoreApplication::translate("CaseReportData", "there is no case %1").arg(caseId), {}, 0,
                     QStringLiteral("case"), ErrorCode::NotFound};
    }
    data.problem = std::move(problem).value();
    const AnalysisRepository analysis(ws);
    if (Status s = take(ConcernRepository(ws).listForCase(caseId), data.concerns); !s)
        return s.error();
    if (Status s = take(analysis.find(caseId), data.analysis); !s)
        return s.error();
    if (Status s = take(analysis.hypotheses(caseId), data.hypotheses); !s)
        return s.error();
    if (Status s = take(analysis.affectedGroups(caseId), data.groups); !s)
        return s.error();
    if (Status s = take(ActionRepository(ws).listForCase(caseId), data.actions); !s)
        return s.error();
    QList<CaseMeasure> stored;
    if (Status s = take(MeasureRepository(ws).listForCase(caseId), stored); !s)
        return s.error();
    for (const CaseMeasure& measure : stored) {
        Result<CaseMeasure> resolved = MeasureValues::resolve(ws, measure);
        if (!resolved)
            return resolved.error();
        data.measures << std::move(resolved).value();
    }
    if (Status s = take(AssessmentRepository(ws).find(caseId), data.assessment); !s)
        return s.error();
    if (Status s = take(StageRepository(ws).history(caseId), data.history); !s)
        return s.error();
    return data;
}

} // namespace proxima::reports
