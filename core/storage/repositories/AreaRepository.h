#pragma once

#include "core/common/Result.h"
#include "core/model/Area.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the areas of the neighbourhood.
class AreaRepository
{
public:
    explicit AreaRepository(Workspace& ws) : m_ws(ws) {}

    /// All areas, by name.
    Result<QList<Area>> list() const;
    /// The id of the area with this name (case-insensitive), creating it when asked; 0 for an empty name.
    Result<qint64> idForName(const QString& name, bool create);
    /// Inserts an area; returns its id.
    Result<qint64> add(const Area& area);

private:
    Workspace& m_ws;
};

} // namespace proxima
