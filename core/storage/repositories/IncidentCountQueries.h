#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QStringList>

namespace proxima {

class Workspace;

/// Read-only counts of imported incidents, for measures and the displacement check.
class IncidentCountQueries
{
public:
    explicit IncidentCountQueries(const Workspace& ws) : m_ws(ws) {}

    /// Incidents in an area (0 = every area) of the given categories (empty = every category, compared without
    /// regard to case) that occurred between from and to, both days included.
    Result<int> count(qint64 areaId, const QStringList& categories, const QDate& from, const QDate& to) const;

private:
    const Workspace& m_ws;
};

} // namespace proxima
