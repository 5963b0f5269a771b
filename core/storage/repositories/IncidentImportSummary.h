#pragma once

#include <QMap>
#include <QString>

namespace proxima {

/// Counts of one import, as recorded in incident_imports (and, for an import just run, what it did not store).
struct IncidentImportSummary
{
    qint64 importId = 0; ///< 0 when nothing was recorded (cancelled, or refused because of rejected rows)
    int rowsRead = 0;
    int imported = 0;
    int alreadyPresent = 0; ///< same fingerprint as a stored incident (or an earlier row of the same file)
    int rejected = 0;
    bool cancelled = false;
    /// Area names given by the file that no area of the workspace has (compared without case), with how many valid
    /// rows named each; those rows are stored without an area.
    QMap<QString, int> unknownAreas;
};

} // namespace proxima
