#include "ui/map/ControlPointsCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/MapRepository.h"

#include <QCoreApplication>

namespace proxima {

ControlPointsCommand::ControlPointsCommand(WorkspaceSession& session, const NeighbourhoodMap& map,
                                           QList<MapControlPoint> points, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_mapId(map.id), m_before(map.controlPoints),
      m_after(std::move(points)), m_revision(map.revision)
{
    setText(QCoreApplication::translate("Commands", "Georeference the map"));
}

void ControlPointsCommand::redo()
{
    apply(m_after);
}

void ControlPointsCommand::undo()
{
    apply(m_before);
}

void ControlPointsCommand::apply(const QList<MapControlPoint>& points)
{
    auto saved = MapRepository(m_session.workspace()).setControlPoints(m_mapId, points, m_revision);
    if (!saved) {
        setObsolete(true);
        m_session.reportError(saved.error());
        return;
    }
    m_revision = saved->revision;
    m_session.notifyChanged(ChangeKind::Map);
}

} // namespace proxima
