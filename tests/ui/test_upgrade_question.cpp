// Opening a workspace of an older schema in the app: the user is asked, and only an explicit "Upgrade" writes to it.
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
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

TEST_CASE("ui: the upgrade question says who last wrote the file and offers read-only by default", "[ui]")
{
    OlderFixture fixture;
    MainWindow window;
    window.show();
    QString text;
    QStringList buttons;
    QString defaultButton;
    // The real question, answered by pressing its default button once it is on screen.
    QTimer::singleShot(200, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            buttons << button->text();
        defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        if (const QByteArray shot = qgetenv("PROXIMA_SCREENSHOT_DIR"); !shot.isEmpty())
            box->grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/upgrade-question.png"));
        box->defaultButton()->click();
    });
    // Who last wrote the file, read straight from it.
    QString lastWriter;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-meta"));
        raw.setDatabaseName(fixture.path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_writer'")));
        REQUIRE(q.next());
        lastWriter = q.value(0).toString();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-meta"));
    REQUIRE_FALSE(lastWriter.isEmpty());
    REQUIRE(window.openWorkspace(fixture.path));
    CHECK(text.contains(QStringLiteral("schema %1").arg(fixture.version)));
    CHECK(text.contains(QStringLiteral("last saved by %1 ").arg(lastWriter)));
    CHECK(text.contains(QStringLiteral("no longer be able to open")));
    CHECK(buttons.contains(QStringLiteral("&Upgrade")));
    CHECK(defaultButton == QStringLiteral("Open &Read-Only"));
    REQUIRE(window.session());
    CHECK(window.session()->workspace().isReadOnly());
    REQUIRE(window.closeWorkspace());
    CHECK(fixture.digest() == fixture.before);
}
