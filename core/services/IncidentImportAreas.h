#pragma once

#include "core/common/Result.h"
#include "core/io/Incident.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace proxima {

class Workspace;

/// Matches the area names an incident source gives to the workspace's areas (case and surrounding spaces ignored),
/// and counts the names it does not know.
class IncidentImportAreas
{
public:
    /// Reads the workspace's areas.
    Status load(Workspace& ws);
    /// The area the incident names (0 = none named, or a name no area has: then counted in unknown).
    qint64 operator()(const io::Incident& incident, QMap<QString, int>& unknown)
    {
        if (incident.area.isEmpty())
            return 0;
        if (incident.area == m_lastName)
            return m_lastId; // exports list many rows of the same area in a row
        return lookUp(incident.area, unknown);
    }

private:
    qint64 lookUp(const QString& name, QMap<QString, int>& unknown);

    QHash<QString, qint64> m_ids;
    QString m_lastName;
    qint64 m_lastId = 0;
};

} // namespace proxima
