#include "ui/app/AppSettings.h"

namespace proxima {
namespace {

// Changing one of these loses every user's setting: they are the keys earlier versions wrote.
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString LanguageKey = QStringLiteral("ui/language");
const QString HiddenColumnsKey = QStringLiteral("matrix/hiddenColumns");

} // namespace

QStringList AppSettings::recentFiles() const { return m_settings.value(RecentFilesKey).toStringList(); }

void AppSettings::setRecentFiles(const QStringList& files) { m_settings.setValue(RecentFilesKey, files); }

void AppSettings::clearRecentFiles() { m_settings.remove(RecentFilesKey); }

QByteArray AppSettings::windowGeometry() const { return m_settings.value(GeometryKey).toByteArray(); }

void AppSettings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(GeometryKey, geometry); }

QByteArray AppSettings::windowState() const { return m_settings.value(StateKey).toByteArray(); }

void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(StateKey, state); }

QString AppSettings::language() const { return m_settings.value(LanguageKey).toString(); }

void AppSettings::setLanguage(const QString& code) { m_settings.setValue(LanguageKey, code); }

std::optional<QList<int>> AppSettings::hiddenMatrixColumns() const
{
    if (!m_settings.contains(HiddenColumnsKey))
        return std::nullopt;
    // Stored as a list of numbers in text, as earlier versions wrote it.
    QList<int> columns;
    for (const QString& column : m_settings.value(HiddenColumnsKey).toStringList()) {
        bool ok = false;
        const int c = column.toInt(&ok);
        if (ok)
            columns << c;
    }
    return columns;
}

void AppSettings::setHiddenMatrixColumns(const QList<int>& columns)
{
    QStringList hidden;
    for (int c : columns)
        hidden << QString::number(c);
    m_settings.setValue(HiddenColumnsKey, hidden);
}

QStringList AppSettings::keys() { return {RecentFilesKey, GeometryKey, StateKey, LanguageKey, HiddenColumnsKey}; }

} // namespace proxima
