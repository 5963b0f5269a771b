// Several members on one file: two connections, several processes, conflicting edits, a held lock.
#include "TestSupport.h"

#include "core/storage/ChangeWatcher.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace proxima;

namespace {

std::unique_ptr<Workspace> openOrFail(const QString& path)
{
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("a conflicting edit from another connection is reported, and neither version is lost", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto alice = openOrFail(path);
    auto bob = openOrFail(path);
    alice->setActor(QStringLiteral("alice"));
    bob->setActor(QStringLiteral("bob"));

    ProblemCase original;
    original.title = QStringLiteral("Speeding near the school");
    auto added = CaseRepository(*alice).add(original);
    REQUIRE(added.ok());

    ProblemCase aliceCopy = added.value();
    auto bobLoaded = CaseRepository(*bob).find(aliceCopy.id);
    REQUIRE(bobLoaded.ok());
    ProblemCase bobCopy = bobLoaded.value();

    bobCopy.description = QStringLiteral("Bob: cars at 50 km/h at 8:15");
    auto bobSaved = CaseRepository(*bob).update(bobCopy);
    REQUIRE(bobSaved.ok());
    CHECK(bobSaved->revision == aliceCopy.revision + 1);

    aliceCopy.description = QStringLiteral("Alice: parents park on the pavement");
    auto aliceSaved = CaseRepository(*alice).update(aliceCopy);
    REQUIRE_FALSE(aliceSaved.ok());
    CHECK(aliceSaved.error().code == ErrorCode::Conflict);

    // Alice's refused save changed nothing: Bob's version is stored.
    auto stored = CaseRepository(*alice).find(aliceCopy.id);
    REQUIRE(stored.ok());
    CHECK(stored->description == QStringLiteral("Bob: cars at 50 km/h at 8:15"));

    // Alice chooses to keep hers; Bob's text remains in the change log's history of who saved what.
    auto overwritten = CaseRepository(*alice).update(aliceCopy, OnConflict::Overwrite);
    REQUIRE(overwritten.ok());
    CHECK(overwritten->description == QStringLiteral("Alice: parents park on the pavement"));
    QSqlQuery log(alice->database());
    REQUIRE(log.exec(QStringLiteral("SELECT actor FROM change_log WHERE entity = 'case' ORDER BY id")));
    QStringList actors;
    while (log.next())
        actors << log.value(0).toString();
    CHECK(actors == QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("alice")});
}

TEST_CASE("deleting a case that another member changed is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto a = openOrFail(path);
    auto b = openOrFail(path);
    ProblemCase c;
    c.title = QStringLiteral("Graffiti");
    auto added = CaseRepository(*a).add(c);
    REQUIRE(added.ok());
    ProblemCase changed = added.value();
    changed.category = QStringLiteral("Vandalism");
    REQUIRE(CaseRepository(*b).update(changed).ok());
    const Status removed = CaseRepository(*a).remove(added->id, added->revision);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == ErrorCode::Conflict);
    CHECK(CaseRepository(*a).find(added->id).ok());
}

TEST_CASE("the change watcher notices another connection's commit", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watched.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto viewer = openOrFail(path);
    auto writer = openOrFail(path);
    ChangeWatcher watcher(*viewer, 50);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);

    watcher.poll();
    CHECK(spy.count() == 0);

    ProblemCase c;
    c.title = QStringLiteral("Noise at the square");
    REQUIRE(CaseRepository(*writer).add(c).ok());
    watcher.poll();
    CHECK(spy.count() == 1);
    watcher.poll();
    CHECK(spy.count() == 1);

    // The viewer's own writes are not "external".
    REQUIRE(CaseRepository(*viewer).add(c).ok());
    watcher.poll();
    CHECK(spy.count() == 1);

    // And the timer does the polling on its own.
    REQUIRE(CaseRepository(*writer).add(c).ok());
    CHECK(spy.wait(2000));
}

TEST_CASE("several processes and a connection write the same file at once without losing a record", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto ws = openOrFail(path);

    constexpr int Processes = 6;
    constexpr int PerProcess = 5;
    constexpr int InProcess = 25;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int p = 0; p < Processes; ++p) {
        // Each process adds its cases one after the other, so its writes interleave with everyone else's.
        auto process = std::make_unique<QProcess>();
        QString script;
        for (int i = 0; i < PerProcess; ++i)
            script += QStringLiteral("\"%1\" case add \"%2\" --title \"process %3 case %4\" || exit 1\n")
                          .arg(QStringLiteral(PROXIMA_CLI_PATH), path)
                          .arg(p)
                          .arg(i);
        process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        processes.push_back(std::move(process));
    }
    CaseRepository cases(*ws);
    for (int i = 0; i < InProcess; ++i) {
        ProblemCase c;
        c.title = QStringLiteral("in-process case %1").arg(i);
        auto added = cases.add(c);
        INFO((added.ok() ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.ok());
    }
    for (auto& process : processes) {
        REQUIRE(process->waitForFinished(120000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitCode() == 0);
    }
    auto all = cases.list();
    REQUIRE(all.ok());
    CHECK(all->size() == Processes * PerProcess + InProcess);
    auto problems = ws->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("a lock held too long becomes a friendly busy error, not 'database is locked'", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.proxima"));
    REQUIRE(Workspace::create(path).ok());
    auto holder = openOrFail(path);
    auto writer = openOrFail(path);
    QSqlQuery(writer->database()).exec(QStringLiteral("PRAGMA busy_timeout = 50"));
    REQUIRE(QSqlQuery(holder->database()).exec(QStringLiteral("BEGIN IMMEDIATE")));

    ProblemCase c;
    c.title = QStringLiteral("Waiting");
    auto added = CaseRepository(*writer).add(c);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Busy);
    CHECK_FALSE(added.error().message.contains(QStringLiteral("locked")));
    CHECK(added.error().message.contains(QStringLiteral("try again")));

    REQUIRE(QSqlQuery(holder->database()).exec(QStringLiteral("COMMIT")));
    CHECK(CaseRepository(*writer).add(c).ok());
}
