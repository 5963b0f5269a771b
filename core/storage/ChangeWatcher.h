#pragma once

#include <QObject>
#include <QTimer>

namespace proxima {

class Workspace;

/// Notices commits made to the workspace file by other connections (another app instance, proxima-cli) by
/// polling SQLite's data_version, which changes only when someone else writes.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    /// Watches ws (not owned; must outlive the watcher), polling every intervalMs milliseconds.
    explicit ChangeWatcher(Workspace& ws, int intervalMs = 500, QObject* parent = nullptr);

    /// Polls now; emits externalChange() when the file changed since the last poll.
    void poll();

signals:
    /// Another member wrote to the workspace: reload what is shown.
    void externalChange();

private:
    Workspace& m_ws;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace proxima
