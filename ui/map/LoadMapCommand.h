#pragma once

#include "core/model/NeighbourhoodMap.h"

#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Stores a plan read from a file as the workspace's map; undo removes it again.
class LoadMapCommand : public QUndoCommand
{
public:
    /// map: read and checked already (MapRepository stores it as given).
    LoadMapCommand(WorkspaceSession& session, NeighbourhoodMap map, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkspaceSession& m_session;
    NeighbourhoodMap m_map;
};

} // namespace proxima
