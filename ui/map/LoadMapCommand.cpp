#include "ui/map/LoadMapCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/MapRepository.h"

#include <QCoreApplication>

namespace proxima {

LoadMapCommand::LoadMapCommand(WorkspaceSession& session, NeighbourhoodMap map, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_map(std::move(map))
{
    setText(QCoreApplication::translate("Commands", "Load the map \"%1\"").arg(m_map.name));
}

void LoadMapCommand::redo()
{
    auto added = MapRepository(m_session.workspace()).add(m_map);
    if (!added) {
        setObsolete(true);
        m_session.reportError(added.error());
        return;
    }
    m_map = added.value();
    m_session.notifyChanged(ChangeKind::Map);
}

void LoadMapCommand::undo()
{
    if (Status s = MapRepository(m_session.workspace()).remove(m_map.id, m_map.revision); !s) {
        setObsolete(true);
        m_session.reportError(s.error());
        return;
    }
    m_session.notifyChanged(ChangeKind::Map);
}

} // namespace proxima
