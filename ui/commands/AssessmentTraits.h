#pragma once

#include "core/model/CaseAssessment.h"
#include "core/storage/repositories/AssessmentRepository.h"

#include <QCoreApplication>

namespace proxima {

/// A case's assessment (outcome, lesson) for EditRecordCommand (RecordCommands.h); it is never added or removed
/// on its own, its repository's update() creates it on the first save.
struct AssessmentTraits
{
    using Record = CaseAssessment;
    using Repository = AssessmentRepository;
    static constexpr ChangeKind kind = ChangeKind::Assessment;
    static QString entity() { return QStringLiteral("assessment"); }
    static QString describe(const CaseAssessment&)
    {
        return QCoreApplication::translate("Commands", "assessment");
    }
};

} // namespace proxima
