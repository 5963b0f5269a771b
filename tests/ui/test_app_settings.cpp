// The typed settings wrapper: what it writes reads back, and it writes the keys earlier versions wrote, so that a
// user's recent files, window, language and matrix columns survive the update.
#include "ui/app/AppSettings.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace proxima;

namespace {

// Points the application's settings at a temporary folder and organisation for the test's lifetime.
struct TemporarySettings
{
    QTemporaryDir dir;
    QString organisation = QCoreApplication::organizationName();
    QString application = QCoreApplication::applicationName();
    TemporarySettings()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("proxima-settings-test"));
        QCoreApplication::setApplicationName(QStringLiteral("settings"));
    }
    ~TemporarySettings()
    {
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
};

} // namespace

TEST_CASE("ui: app settings read back what they wrote, under the keys of earlier versions", "[ui][settings]")
{
    TemporarySettings scope;
    {
        AppSettings settings;
        CHECK(settings.recentFiles().isEmpty());
        CHECK_FALSE(settings.hiddenMatrixColumns().has_value());   // never chosen: the page's defaults apply
        settings.setRecentFiles({QStringLiteral("/a/one.proxima"), QStringLiteral("/b/two.proxima")});
        settings.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
        settings.setWindowState(QByteArray("state"));
        settings.setLanguage(QStringLiteral("nl"));
        settings.setHiddenMatrixColumns({3, 7});
    }
    AppSettings settings;
    CHECK(settings.recentFiles() == QStringList{QStringLiteral("/a/one.proxima"), QStringLiteral("/b/two.proxima")});
    CHECK(settings.windowGeometry() == QByteArray("geometry\x01\x02", 10));
    CHECK(settings.windowState() == QByteArray("state"));
    CHECK(settings.language() == QStringLiteral("nl"));
    CHECK(settings.hiddenMatrixColumns() == QList<int>{3, 7});

    // The stored keys and formats are those the app wrote with literal keys before.
    QSettings raw;
    CHECK(raw.value(QStringLiteral("recentFiles")).toStringList() == settings.recentFiles());
    CHECK(raw.value(QStringLiteral("mainWindow/geometry")).toByteArray() == QByteArray("geometry\x01\x02", 10));
    CHECK(raw.value(QStringLiteral("mainWindow/state")).toByteArray() == QByteArray("state"));
    CHECK(raw.value(QStringLiteral("ui/language")).toString() == QStringLiteral("nl"));
    CHECK(raw.value(QStringLiteral("matrix/hiddenColumns")).toStringList()
          == QStringList{QStringLiteral("3"), QStringLiteral("7")});
    QStringList stored = raw.allKeys();
    stored.sort();
    QStringList keys = AppSettings::keys();
    keys.sort();
    CHECK(stored == keys);

    // A setting written by an earlier version is read by the wrapper; an empty choice of hidden columns is a choice.
    raw.setValue(QStringLiteral("matrix/hiddenColumns"), QStringList{});
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    raw.sync();
    CHECK(AppSettings().hiddenMatrixColumns() == QList<int>{});
    CHECK(AppSettings().language() == QStringLiteral("fr"));
    AppSettings().clearRecentFiles();
    CHECK_FALSE(QSettings().contains(QStringLiteral("recentFiles")));
}
