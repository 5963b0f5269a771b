// Commands that only read never change a workspace of an older schema; `upgrade` is the explicit step.
#include "TestSupport.h"

#include "core/storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace proxima;
using test::runCli;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("cli: info, check and case list leave an older workspace as it is", "[cli]")
{
    QTemporaryDir dir;
    const int version = Workspace::currentSchemaVersion() - 1;
    const QString path = dir.filePath(QStringLiteral("old.proxima"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("fixtures/schema%1-demo.proxima").arg(version)), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = digest(path);

    auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("schema_version")).toInt() == version);
    CHECK(object.value(QStringLiteral("current_schema_version")).toInt() == Workspace::currentSchemaVersion());
    CHECK(object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cases")).toInt() == 15);

    auto plain = runCli({QStringLiteral("info"), path});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("Schema version: %1").arg(version)));
    CHECK(plain.out.contains(QStringLiteral("proxima-cli upgrade")));

    auto check = runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    auto list = runCli({QStringLiteral("case"), QStringLiteral("list"), path, QStringLiteral("--json")});
    CHECK(list.exitCode == 0);

    CHECK(digest(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // A command that writes refuses, saying how to upgrade, and changes nothing.
    auto add = runCli({QStringLiteral("case"), QStringLiteral("add"), path, QStringLiteral("--title"),
                       QStringLiteral("New")});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QStringLiteral("proxima-cli upgrade")));
    CHECK(digest(path) == before);

    auto upgrade = runCli({QStringLiteral("upgrade"), path});
    REQUIRE(upgrade.exitCode == 0);
    CHECK(upgrade.out.contains(QStringLiteral("from schema %1 to %2").arg(version).arg(Workspace::currentSchemaVersion())));
    CHECK(digest(path + QStringLiteral(".schema%1.bak").arg(version)) == before);
    CHECK(runCli({QStringLiteral("case"), QStringLiteral("add"), path, QStringLiteral("--title"),
                  QStringLiteral("New")}).exitCode == 0);
    auto again = runCli({QStringLiteral("upgrade"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing to upgrade")));
}
