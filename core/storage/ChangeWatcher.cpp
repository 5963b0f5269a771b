#include "core/storage/ChangeWatcher.h"

#include "core/storage/Workspace.h"

namespace proxima {

ChangeWatcher::ChangeWatcher(Workspace& ws, int intervalMs, QObject* parent) : QObject(parent), m_ws(ws)
{
    m_lastVersion = m_ws.dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::poll()
{
    const qint64 version = m_ws.dataVersion();
    if (version < 0)
        return; // busy or unreadable for a moment: try again at the next tick
    if (version != m_lastVersion) {
        m_lastVersion = version;
        emit externalChange();
    }
}

} // namespace proxima
