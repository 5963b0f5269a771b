// Reading an older workspace never changes it; upgrading is an explicit step; a damaged schema number is refused
// before any migration runs (issue 18, "read-only means read-only").
#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/storage/Migrator.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

// A copy of the demo as schema N wrote it, writable by the test.
QString olderCopy(const QTemporaryDir& dir, int version)
{
    const QString fixture = test::dataPath(QStringLiteral("fixtures/schema%1-demo.proxima").arg(version));
    REQUIRE(QFile::exists(fixture));
    const QString path = dir.filePath(QStringLiteral("old%1.proxima").arg(version));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QStringList backups(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

void setUserVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("an older workspace opened read-only is read through an upgraded copy and left unchanged", "[storage]")
{
    for (int version = 1; version < Workspace::currentSchemaVersion(); ++version) {
        INFO("schema " << version);
        QTemporaryDir dir;
        const QString path = olderCopy(dir, version);
        const QByteArray before = digest(path);
        {
            auto opened = Workspace::open(path, OpenMode::ReadOnly);
            REQUIRE(opened.ok());
            Workspace& ws = *opened.value();
            CHECK(ws.isReadOnly());
            CHECK(ws.fileSchemaVersion() == version);
            const auto cases = CaseRepository(ws).list();
            REQUIRE(cases.ok());
            CHECK(cases->size() == 15);
            // The copy in memory still says who really wrote the file last.
            CHECK(ws.meta(QStringLiteral("last_writer")) == QStringLiteral("demo"));
            const Status refused = ws.write([] { return Status(); });
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("read-only")));
        }
        CHECK(digest(path) == before);
        CHECK(backups(dir).isEmpty());
    }
}

TEST_CASE("a current workspace opened read-only refuses writes and keeps its bytes", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    const QByteArray before = digest(path);
    {
        auto opened = Workspace::open(path, OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        CHECK(opened.value()->fileSchemaVersion() == Workspace::currentSchemaVersion());
        ProblemCase c;
        c.title = QStringLiteral("Not stored");
        CHECK_FALSE(CaseRepository(*opened.value()).add(c).ok());
    }
    CHECK(digest(path) == before);
}

TEST_CASE("writing to an older workspace needs an explicit upgrade, which keeps a backup", "[storage]")
{
    QTemporaryDir dir;
    const int version = Workspace::currentSchemaVersion() - 1;
    const QString path = olderCopy(dir, version);
    const QByteArray before = digest(path);

    auto refused = Workspace::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NeedsUpgrade);
    CHECK(refused.error().file == path);
    CHECK(refused.error().message.contains(QStringLiteral("proxima-cli upgrade")));
    CHECK(digest(path) == before);
    CHECK(backups(dir).isEmpty());

    const Result<SchemaUpgrade> upgraded = Workspace::upgrade(path);
    REQUIRE(upgraded.ok());
    CHECK(upgraded->from == version);
    CHECK(upgraded->to == Workspace::currentSchemaVersion());
    CHECK(upgraded->backup == QFileInfo(path).absoluteFilePath() + QStringLiteral(".schema%1.bak").arg(version));
    CHECK(digest(upgraded->backup) == before);

    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->fileSchemaVersion() == Workspace::currentSchemaVersion());
    CHECK(CaseRepository(*opened.value()).list()->size() == 15);
    opened.value().reset();

    const Result<SchemaUpgrade> again = Workspace::upgrade(path);
    REQUIRE(again.ok());
    CHECK(again->backup.isEmpty());
}

TEST_CASE("a workspace whose schema number was damaged is refused plainly, with no backup left behind", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    SECTION("the number says older than the tables are")
    {
        setUserVersion(path, 4);
    }
    SECTION("the number says newer tables than there are")
    {
        const QString old = olderCopy(dir, 3);
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::rename(old, path));
        setUserVersion(path, Workspace::currentSchemaVersion());
    }
    const QByteArray before = digest(path);
    for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto opened = Workspace::open(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().file == path);
        CHECK(opened.error().message.contains(QStringLiteral("damaged")));
        CHECK_FALSE(opened.error().message.contains(QStringLiteral("migration")));
    }
    const Result<SchemaUpgrade> upgraded = Workspace::upgrade(path);
    REQUIRE_FALSE(upgraded.ok());
    CHECK(upgraded.error().message.contains(QStringLiteral("damaged")));
    CHECK(digest(path) == before);
    CHECK(backups(dir).isEmpty());
}

TEST_CASE("the tables of each schema version are replayed from the migrations", "[storage]")
{
    CHECK(Migrator::tablesOf(0).isEmpty());
    CHECK(Migrator::tablesOf(1).contains(QStringLiteral("cases")));
    CHECK_FALSE(Migrator::tablesOf(4).contains(QStringLiteral("meeting_actions")));
    CHECK(Migrator::tablesOf(5).contains(QStringLiteral("meeting_actions")));
    // Migration 3 renames case_assessment away, creates it again and drops the old one.
    CHECK(Migrator::tablesOf(3).contains(QStringLiteral("case_assessment")));
    CHECK_FALSE(Migrator::tablesOf(3).contains(QStringLiteral("case_assessment_schema2")));
    CHECK_FALSE(Migrator::tablesOf(Workspace::currentSchemaVersion()).contains(QStringLiteral("incidents_schema6")));
}
