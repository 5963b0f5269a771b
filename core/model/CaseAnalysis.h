#pragma once

#include "core/model/ResponseEnums.h"

#include <QDateTime>
#include <QString>

namespace proxima {

/// The problem analysis triangle of one case: the inner triangle (offender, victim or target, place), the
/// controllers of each (handler, guardian, manager) and free notes. One per case; revision 0 = not stored yet.
struct CaseAnalysis
{
    qint64 caseId = 0;
    QString offender;
    QString victim;
    QString place;
    QString handler;
    QString guardian;
    QString manager;
    QString notes;
    QDateTime updatedAt;   ///< UTC, set by the repository
    int revision = 0;

    /// The text of one side (empty for TriangleSide::None).
    QString side(TriangleSide which) const;
    /// Sets the text of one side (ignored for TriangleSide::None).
    void setSide(TriangleSide which, const QString& text);
    /// Number of the six sides with a non-blank description.
    int sidesDescribed() const;
    /// True when the sides and notes are equal (ignores case id, revision and time).
    bool sameContent(const CaseAnalysis& other) const;
};

} // namespace proxima
