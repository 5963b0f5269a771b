#pragma once

#include "core/sara/Outcome.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace proxima {

/// How a case ended: the outcome of its response, the lesson the committee draws, notes on how the plan was
/// carried out, and why nothing was measured when that is the case.
struct CaseAssessment
{
    qint64 caseId = 0;
    std::optional<sara::Outcome> outcome;   ///< empty = not judged yet
    QString lesson;
    QString processNotes;
    QString noMeasureReason;
    QDateTime updatedAt;
    int revision = 0;                       ///< 0 = nothing stored yet

    bool operator==(const CaseAssessment&) const = default;
};

} // namespace proxima
