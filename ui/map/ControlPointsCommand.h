#pragma once

#include "core/model/NeighbourhoodMap.h"

#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Replaces the control points of the map (the georeference); undo restores the previous ones.
class ControlPointsCommand : public QUndoCommand
{
public:
    /// map: as loaded (its revision is the base of the save); points: the new control points.
    ControlPointsCommand(WorkspaceSession& session, const NeighbourhoodMap& map, QList<MapControlPoint> points,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<MapControlPoint>& points);

    WorkspaceSession& m_session;
    qint64 m_mapId;
    QList<MapControlPoint> m_before;
    QList<MapControlPoint> m_after;
    int m_revision;
};

} // namespace proxima
