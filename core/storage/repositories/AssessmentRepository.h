#pragma once

#include "core/common/Result.h"
#include "core/model/CaseAssessment.h"
#include "core/storage/repositories/CaseRepository.h"

namespace proxima {

class Workspace;

/// Reads and writes how a case ended (case_assessment: outcome, lesson learned, process notes).
/// A case has at most one assessment; before the first save find() returns an empty one at revision 0.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Workspace& ws) : m_ws(ws) {}

    /// The case's assessment; an empty one (revision 0) when none is stored. NotFound when the case is absent.
    Result<CaseAssessment> find(qint64 caseId) const;
    /// Saves an assessment loaded at assessment.revision (0 = none was stored), creating the row when needed.
    /// Conflict when another member saved meanwhile, unless told to overwrite.
    Result<CaseAssessment> update(const CaseAssessment& assessment, OnConflict policy = OnConflict::Report);

    /// Checks the editable fields; the error names the field.
    static Status validate(const CaseAssessment& assessment);

private:
    Workspace& m_ws;
};

} // namespace proxima
