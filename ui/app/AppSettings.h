#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

/// The user's settings of the app, one typed getter and setter per setting, so that no key is spelled out twice.
/// The keys are those earlier versions stored, so a user's settings survive an update. Each call reads or writes
/// the application's QSettings (organisation and application name as set at start-up).
class AppSettings
{
public:
    /// Workspaces opened last, most recent first.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    void clearRecentFiles();

    /// The main window's geometry and toolbar/dock state (QMainWindow::saveGeometry/saveState).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// The interface language chosen in the menu ("en", "fr", "nl"); empty: follow the system.
    QString language() const;
    void setLanguage(const QString& code);

    /// The action matrix columns the user hid (column numbers); nothing when the user never chose.
    std::optional<QList<int>> hiddenMatrixColumns() const;
    void setHiddenMatrixColumns(const QList<int>& columns);

    /// The stored keys, for the test that they stay what earlier versions wrote.
    static QStringList keys();

private:
    QSettings m_settings;
};

} // namespace proxima
