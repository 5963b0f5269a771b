#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/storage/Migrator.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceProbe.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

// Writes raw bytes to a fresh file and checks that opening it is refused without touching a byte.
void requireRefusedUnchanged(const QString& path, const QString& expectedFragment)
{
    const QByteArray before = test::readAll(path);
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toString().toStdString());
    CHECK(opened.error().code == ErrorCode::Refused);
    CHECK(opened.error().message.contains(expectedFragment));
    CHECK(opened.error().file == path);
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("a new workspace carries our application id and the current schema", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.proxima"));
    auto created = Workspace::create(path, QStringLiteral("Test"));
    REQUIRE(created.ok());
    CHECK(created.value()->name() == QStringLiteral("Test"));
    created.value().reset();

    auto probe = WorkspaceProbe::inspect(path, Workspace::currentSchemaVersion());
    REQUIRE(probe.ok());
    CHECK(probe->applicationId == WorkspaceProbe::ApplicationId);
    CHECK(probe->userVersion == Workspace::currentSchemaVersion());
    CHECK(Workspace::currentSchemaVersion() >= 1);

    auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->meta(QStringLiteral("created_by_app_version")) == QStringLiteral(PROXIMA_VERSION));
    CHECK_FALSE(reopened.value()->meta(QStringLiteral("last_writer")).isEmpty());
}

TEST_CASE("creating over an existing file is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.proxima"));
    test::writeAll(path, "keep me");
    auto created = Workspace::create(path);
    REQUIRE_FALSE(created.ok());
    CHECK(test::readAll(path) == QByteArray("keep me"));
}

TEST_CASE("files that are not workspaces are refused and left byte-for-byte unchanged", "[storage]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        test::writeAll(path, "Meeting notes\nnot a database\n");
        requireRefusedUnchanged(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.proxima"));
        test::writeAll(path, "");
        requireRefusedUnchanged(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("a foreign SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE cases (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        requireRefusedUnchanged(path, QStringLiteral("not created by Proxima"));
    }
    SECTION("a workspace from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.proxima"));
        REQUIRE(Workspace::create(path).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Workspace::currentSchemaVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        requireRefusedUnchanged(path, QStringLiteral("newer version of Proxima"));
    }
    SECTION("a truncated workspace")
    {
        const QString source = dir.filePath(QStringLiteral("full.proxima"));
        REQUIRE(DemoWorkspace::create(source).ok());
        const QByteArray bytes = test::readAll(source);
        REQUIRE(bytes.size() > 8192);
        const QString path = dir.filePath(QStringLiteral("cut.proxima"));
        test::writeAll(path, bytes.left(bytes.size() / 2));
        requireRefusedUnchanged(path, QStringLiteral("damaged"));
    }
    SECTION("a workspace with a damaged page")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        QByteArray bytes = test::readAll(path);
        // Overwrite the second page (the first table's b-tree) with garbage, keeping the header intact.
        const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
        for (int i = pageSize; i < 2 * pageSize; ++i)
            bytes[i] = char(0xA5);
        test::writeAll(path, bytes);
        requireRefusedUnchanged(path, QStringLiteral("damaged"));
    }
    SECTION("a missing file")
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("missing.proxima")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("migration scripts split into whole statements", "[storage]")
{
    const QStringList statements = Migrator::splitStatements(QStringLiteral(
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n-- a comment; with a semicolon\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 'y';\n  SELECT 1;\nEND;\nCREATE INDEX i ON a(x);\n"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(2) == QStringLiteral("CREATE INDEX i ON a(x);"));
}

TEST_CASE("migrations are numbered from 1 without gaps", "[storage]")
{
    const QList<Migration> all = Migrator::migrations();
    REQUIRE_FALSE(all.isEmpty());
    for (int i = 0; i < all.size(); ++i)
        CHECK(all.at(i).version == i + 1);
}

TEST_CASE("a workspace of every older schema opens, upgrades and keeps its content", "[storage]")
{
    // tests/data/fixtures/schemaN-demo.proxima: the demo workspace as written by schema N.
    for (int version = 1; version <= Workspace::currentSchemaVersion(); ++version) {
        const QString fixture = test::dataPath(QStringLiteral("fixtures/schema%1-demo.proxima").arg(version));
        // Every schema version needs its fixture: a migration added without one would otherwise go untested.
        INFO("fixture " << fixture.toStdString());
        REQUIRE(QFile::exists(fixture));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.proxima"));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(Workspace::upgrade(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        auto cases = CaseRepository(*opened.value()).list();
        REQUIRE(cases.ok());
        CHECK(cases->size() == 15);
        CHECK(cases->first().title == QStringLiteral("Street harassment of women near the station"));
        opened.value().reset();
        auto probe = WorkspaceProbe::inspect(path, Workspace::currentSchemaVersion());
        REQUIRE(probe.ok());
        CHECK(probe->userVersion == Workspace::currentSchemaVersion());
        if (version < Workspace::currentSchemaVersion())
            CHECK(QFile::exists(path + QStringLiteral(".schema%1.bak").arg(version)));
    }
}

TEST_CASE("a failed write leaves the workspace as it was", "[storage]")
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("w.proxima")));
    REQUIRE(ws.ok());
    CaseRepository cases(*ws.value());
    ProblemCase c;
    c.title = QStringLiteral("Kept");
    REQUIRE(cases.add(c).ok());
    const Status failed = ws.value()->write([&]() -> Status {
        ProblemCase other;
        other.title = QStringLiteral("Lost");
        REQUIRE(cases.add(other).ok());
        return Error{QStringLiteral("cancelled halfway"), {}, 0, {}};
    });
    CHECK_FALSE(failed.ok());
    auto list = cases.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().title == QStringLiteral("Kept"));
}

TEST_CASE("what is deleted does not stay readable in the workspace file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.proxima"));
    const QByteArray marker = "reach-me-at-0470-12-34-56";
    {
        auto ws = Workspace::create(path);
        REQUIRE(ws.ok());
        MemberRepository members(*ws.value());
        Member member;
        member.name = QStringLiteral("Leaving resident");
        member.sector = Sector::Resident;
        member.contact = QString::fromLatin1(marker);
        auto added = members.add(member);
        REQUIRE(added.ok());
        const auto fileHas = [&] {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            return file.readAll().contains(marker);
        };
        CHECK(fileHas());
        REQUIRE(members.remove(added->id, added->revision).ok());
        CHECK_FALSE(fileHas());
    }
}
