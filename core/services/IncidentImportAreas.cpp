#include "core/services/IncidentImportAreas.h"

#include "core/storage/repositories/AreaRepository.h"

namespace proxima {

Status IncidentImportAreas::load(Workspace& ws)
{
    auto areas = AreaRepository(ws).list();
    if (!areas)
        return areas.error();
    for (const Area& area : std::as_const(*areas))
        m_ids.insert(area.name.trimmed().toCaseFolded(), area.id);
    return {};
}

qint64 IncidentImportAreas::lookUp(const QString& name, QMap<QString, int>& unknown)
{
    const auto found = m_ids.constFind(name.toCaseFolded());
    if (found == m_ids.cend()) {
        ++unknown[name];
        return 0;
    }
    m_lastName = name;
    m_lastId = *found;
    return m_lastId;
}

} // namespace proxima
