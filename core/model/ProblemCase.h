#pragma once

#include "core/model/SaraStage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace proxima {

/// A problem case worked on with SARA: what the committee is trying to solve.
struct ProblemCase
{
    qint64 id = 0;
    QString title;
    QString description;
    QString category;
    qint64 areaId = 0;        ///< 0 = no area
    QString areaName;         ///< read-only, filled by the repository
    QString location;         ///< free text: street, square, landmark
    SaraStage stage = SaraStage::Scan;
    int priority = 0;         ///< 1 = highest; 0 = not ranked yet
    qint64 leadMemberId = 0;  ///< 0 = no lead officer
    QString leadName;         ///< read-only, filled by the repository
    QDate openedOn;
    QDateTime updatedAt;      ///< UTC, set by the repository
    int revision = 0;         ///< incremented on every save; used to detect conflicting edits

    /// True when the editable fields are equal (ignores id, revision and derived fields).
    bool sameContent(const ProblemCase& other) const;
};

} // namespace proxima
