#pragma once

#include <QWidget>

class QListWidget;

namespace proxima {

/// Shown when no workspace is open: create, open, the demo, and recent workspaces.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& files);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace proxima
