// Reliability figure: `proxima-cli import incidents` killed with SIGKILL at random moments of a large import.
// Each killed workspace must pass SQLite's integrity check once reopened and hold either none or all of the rows.
//
//   stress_killed_import [--kills 200] [--rows 200000] [--seed S] [--cli PATH] [--dir DIR]
//
// One CSV is generated once; each run imports it into a fresh copy of the demo workspace and is killed after a random
// delay (seeded, the seed is printed) between 0 and the length of one full import, measured first. Exit status 0 only
// when no file was damaged, so a short run serves as a ctest test.
#include "core/demo/DemoWorkspace.h"
#include "core/sara/DemoIncidents.h"
#include "core/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <random>

using namespace proxima;

namespace {

// What a reopened workspace holds.
struct Inspection
{
    bool opened = false;
    bool sound = false;
    qint64 incidents = -1;
    QString problem;
};

Inspection inspect(const QString& path)
{
    Inspection result;
    auto ws = Workspace::open(path);
    if (!ws) {
        result.problem = ws.error().toString();
        return result;
    }
    result.opened = true;
    Result<QStringList> problems = ws.value()->integrityCheck();
    result.sound = problems && problems->isEmpty();
    if (!result.sound)
        result.problem = problems ? problems->join(QStringLiteral("; ")) : problems.error().toString();
    QSqlQuery count(ws.value()->database());
    if (count.exec(QStringLiteral("SELECT count(*) FROM incidents")) && count.next())
        result.incidents = count.value(0).toLongLong();
    return result;
}

void removeWorkspace(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

QStringList importArguments(const QString& workspace, const QString& csv)
{
    return {QStringLiteral("import"), QStringLiteral("incidents"), workspace, csv};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills a large incident import at random moments"));
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("Number of killed imports."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows of the imported CSV."),
                                  QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the kill delays."),
                                  QStringLiteral("SEED"), QStringLiteral("20261206"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("The proxima-cli to run."),
                                 QStringLiteral("PATH"), QStringLiteral(PROXIMA_CLI_PATH));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files (default: temporary)."),
                                 QStringLiteral("DIR"));
    parser.addOptions({kills, rows, seed, cli, dir});
    parser.process(app);

    bool ok = false;
    const int killCount = parser.value(kills).toInt(&ok);
    const int rowCount = ok ? parser.value(rows).toInt(&ok) : 0;
    if (!ok || killCount < 1 || rowCount < 1) {
        std::fprintf(stderr, "--kills and --rows must be whole numbers, 1 or more\n");
        return 2;
    }
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "--seed must be a whole number\n");
        return 2;
    }
    const QString cliPath = parser.value(cli);
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dir) ? parser.value(dir) : temporary.path();

    QDir().mkpath(folder);
    const QString csv = folder + QStringLiteral("/incidents.csv");
    const QString original = folder + QStringLiteral("/original.proxima");
    removeWorkspace(original);
    if (Status s = sara::writeDemoCsv(csv, rowCount, 7); !s) {
        std::fprintf(stderr, "cannot write the CSV: %s\n", qPrintable(s.error().toString()));
        return 2;
    }
    if (Status s = DemoWorkspace::create(original); !s) {
        std::fprintf(stderr, "cannot create the demo workspace: %s\n", qPrintable(s.error().toString()));
        return 2;
    }
    const Inspection before = inspect(original);
    if (!before.sound) {
        std::fprintf(stderr, "the demo workspace is not sound: %s\n", qPrintable(before.problem));
        return 2;
    }

    // One full import: how long it takes (the range of the kill delays) and how many rows "all" is.
    const QString work = folder + QStringLiteral("/killed.proxima");
    removeWorkspace(work);
    QFile::copy(original, work);
    QElapsedTimer timer;
    timer.start();
    QProcess full;
    full.start(cliPath, importArguments(work, csv));
    if (!full.waitForFinished(600000) || full.exitCode() != 0) {
        std::fprintf(stderr, "the full import failed: %s\n%s\n", qPrintable(full.errorString()),
                     full.readAllStandardError().constData());
        return 2;
    }
    const qint64 fullMs = timer.elapsed();
    const Inspection after = inspect(work);
    if (!after.sound || after.incidents <= before.incidents) {
        std::fprintf(stderr, "the full import left %lld incidents (%s)\n", static_cast<long long>(after.incidents),
                     qPrintable(after.problem));
        return 2;
    }
    std::printf("CSV: %d rows; demo workspace: %lld incidents, %lld after a full import\n", rowCount,
                static_cast<long long>(before.incidents), static_cast<long long>(after.incidents));
    std::printf("one full import: %lld ms; kills: %d at delays uniform in [0, %lld] ms; seed: %llu\n",
                static_cast<long long>(fullMs), killCount, static_cast<long long>(fullMs),
                static_cast<unsigned long long>(seedValue));
    std::fflush(stdout);

    std::mt19937_64 random(seedValue);
    std::uniform_int_distribution<qint64> delayOf(0, fullMs);
    int none = 0;
    int all = 0;
    int damaged = 0;
    int finishedFirst = 0;
    QElapsedTimer total;
    total.start();
    for (int run = 0; run < killCount; ++run) {
        const qint64 delay = delayOf(random);
        removeWorkspace(work);
        if (!QFile::copy(original, work)) {
            std::fprintf(stderr, "cannot copy the workspace to %s\n", qPrintable(work));
            return 2;
        }
        QProcess import;
        import.start(cliPath, importArguments(work, csv));
        if (!import.waitForStarted()) {
            std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(cliPath), qPrintable(import.errorString()));
            return 2;
        }
        QThread::msleep(quint64(delay));
        if (import.state() == QProcess::Running)
            ::kill(pid_t(import.processId()), SIGKILL);
        else
            ++finishedFirst;
        import.waitForFinished(60000);

        const Inspection found = inspect(work);
        if (found.opened && found.sound && found.incidents == before.incidents) {
            ++none;
        } else if (found.opened && found.sound && found.incidents == after.incidents) {
            ++all;
        } else {
            ++damaged;
            std::printf("run %d (killed after %lld ms): DAMAGED: opened %d, sound %d, incidents %lld: %s\n", run,
                        static_cast<long long>(delay), int(found.opened), int(found.sound),
                        static_cast<long long>(found.incidents), qPrintable(found.problem));
            if (parser.isSet(dir))
                QFile::copy(work, folder + QStringLiteral("/damaged-%1.proxima").arg(run));
        }
    }
    removeWorkspace(work);
    const double seconds = double(total.elapsed()) / 1000.0;

    std::printf("\nkilled imports: %d (%d had already finished when their moment came)\n", killCount, finishedFirst);
    std::printf("none of the rows: %d\nall of the rows:  %d\ndamaged:          %d\n", none, all, damaged);
    std::printf("time: %.1f s\n", seconds);
    std::printf("result: %s\n", damaged == 0 ? "PASS" : "FAIL");
    return damaged == 0 ? 0 : 1;
}
