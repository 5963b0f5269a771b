#pragma once

#include "core/io/Incident.h"

namespace proxima {

/// An incident as kept in a workspace: the imported values plus its id and area.
struct StoredIncident
{
    qint64 id = 0;
    io::Incident incident;     ///< sourceLine is 0 once stored
    qint64 areaId = 0;         ///< 0 = no area
    QString areaName;          ///< read-only, filled by the repository
    qint64 importId = 0;       ///< the import that brought it, 0 = none (generated, or import record deleted)
};

/// Restricts incident lists; empty parts do not restrict.
struct IncidentFilter
{
    QString category;          ///< exact category
    qint64 areaId = 0;
    QDate from;
    QDate to;                  ///< inclusive
    QString text;              ///< contained in reference, address, category or description (case-insensitive)
    bool operator==(const IncidentFilter&) const = default;
};

/// Order of incident pages.
enum class IncidentOrder { DateAscending, DateDescending, CategoryAscending, CategoryDescending };

} // namespace proxima
