// Opening a workspace of an older schema in the app: the user is asked, and only an explicit "Upgrade" writes to it.
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct OlderFixture
{
    QTemporaryDir dir;
    QString path;
    QByteArray before;
    int version = Workspace::currentSchemaVersion() - 1;
    OlderFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("old.proxima"));
        REQUIRE(QFile::copy(test::dataPath(QStringLiteral("fixtures/schema%1-demo.proxima").arg(version)), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        before = digest();
    }
    QByteArray digest() const { return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256); }
    bool hasBackup() const { return !QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty(); }
};

} // namespace

TEST_CASE("ui: an older workspace opens read-only or upgraded, as the user chooses", "[ui]")
{
    OlderFixture fixture;
    MainWindow window;
    int asked = 0;
    int askedVersion = 0;
    QString askedWriter;
    UpgradeChoice answer = UpgradeChoice::Cancel;
    window.setUpgradeQuestion([&](const Workspace& older) {
        ++asked;
        askedVersion = older.fileSchemaVersion();
        askedWriter = older.meta(QStringLiteral("last_writer"));
        return answer;
    });

    SECTION("cancel opens nothing and writes nothing")
    {
        CHECK_FALSE(window.openWorkspace(fixture.path));
        CHECK(asked == 1);
        CHECK(window.session() == nullptr);
    }
    SECTION("read-only shows the cases, says so in the title and never writes")
    {
        answer = UpgradeChoice::ReadOnly;
        REQUIRE(window.openWorkspace(fixture.path));
        CHECK(asked == 1);
        CHECK(askedVersion == fixture.version);
        CHECK_FALSE(askedWriter.isEmpty()); // the question can say who may still use the older version
        REQUIRE(window.session());
        CHECK(window.session()->workspace().isReadOnly());
        CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
        CHECK(CaseRepository(window.session()->workspace()).list()->size() == 15);
        REQUIRE(window.closeWorkspace());
    }
    SECTION("upgrade keeps a backup and opens the file for writing")
    {
        answer = UpgradeChoice::Upgrade;
        REQUIRE(window.openWorkspace(fixture.path));
        REQUIRE(window.session());
        CHECK_FALSE(window.session()->workspace().isReadOnly());
        CHECK(window.session()->workspace().fileSchemaVersion() == Workspace::currentSchemaVersion());
        REQUIRE(window.closeWorkspace());
        CHECK(fixture.hasBackup());
        CHECK(fixture.digest() != fixture.before);
        return;
    }
    CHECK(fixture.digest() == fixture.before);
    CHECK_FALSE(fixture.hasBackup());
}
