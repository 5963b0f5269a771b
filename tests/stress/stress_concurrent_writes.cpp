// Reliability figure: several processes add and edit problem cases on one workspace file at the same time.
// Every write a process got acknowledged must be in the file afterwards, no "database is locked" (or any other busy
// error) may reach a user, and the file must pass SQLite's integrity check.
//
//   stress_concurrent_writes [--processes 8] [--seconds 60] [--seed S] [--dir DIR]
//
// The parent creates the workspace and starts itself N times in worker mode (--worker I); each worker writes through
// Workspace and CaseRepository (the code the app and the CLI use) and logs, one line each, what it got acknowledged
// and every error it saw. The parent then reads the logs back against the file. Exit status 0 only when nothing was
// lost, no busy error was seen and the file is sound, so a short run serves as a ctest test.
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace proxima;

namespace {

// What one worker got acknowledged, as read back from its log.
struct WorkerLog
{
    int adds = 0;
    int edits = 0;
    int busyErrors = 0;
    int otherErrors = 0;
    QStringList errorSamples;
};

// The last acknowledged state of one case: its title and, after an edit, the description and revision saved.
struct Acknowledged
{
    QString title;
    QString description;
    int revision = 0;
};

bool isBusyError(const Error& error)
{
    const QString text = error.message.toLower();
    return error.code == ErrorCode::Busy || text.contains(QLatin1String("locked"))
           || text.contains(QLatin1String("busy"));
}

// The log line of an error: "busy OPERATION ..." or "error OPERATION ...", so the parent can count them apart.
QByteArray errorLine(const char* operation, const Error& error)
{
    return QByteArray(isBusyError(error) ? "busy " : "error ") + operation + ": "
           + error.toString().simplified().toUtf8() + '\n';
}

int runWorker(int index, const QString& workspacePath, const QString& logPath, int seconds, quint64 seed)
{
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "worker %d: cannot write %s\n", index, qPrintable(logPath));
        return 2;
    }
    // Each line is flushed once acknowledged, so what the log says was acknowledged really was, even if the worker
    // were to die.
    auto append = [&log](const QByteArray& line) {
        log.write(line);
        log.flush();
    };

    auto opened = Workspace::open(workspacePath);
    if (!opened) {
        append(errorLine("open", opened.error()));
        return 1;
    }
    Workspace& ws = *opened.value();
    ws.setActor(QStringLiteral("stress-worker-%1").arg(index));
    CaseRepository cases(ws);

    std::mt19937_64 random(seed + quint64(index));
    std::vector<qint64> mine;
    int added = 0;
    int edited = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(seconds) * 1000) {
        // A few cases first, then mostly edits of them, with a new case now and then.
        const bool add = mine.size() < 3 || std::uniform_int_distribution<int>(0, 9)(random) < 3;
        if (add) {
            ProblemCase c;
            c.title = QStringLiteral("w%1-case%2").arg(index).arg(++added);
            c.location = QStringLiteral("Street %1").arg(added);
            Result<ProblemCase> stored = cases.add(c);
            if (!stored) {
                append(errorLine("add", stored.error()));
                continue;
            }
            mine.push_back(stored->id);
            append(QStringLiteral("add %1 %2\n").arg(stored->id).arg(c.title).toUtf8());
            continue;
        }
        const qint64 id = mine[std::uniform_int_distribution<size_t>(0, mine.size() - 1)(random)];
        Result<ProblemCase> loaded = cases.find(id);
        if (!loaded) {
            append(errorLine("load", loaded.error()));
            continue;
        }
        ProblemCase c = loaded.value();
        c.description = QStringLiteral("w%1-edit%2").arg(index).arg(++edited);
        Result<ProblemCase> saved = cases.update(c);
        if (!saved) {
            append(errorLine("save", saved.error()));
            continue;
        }
        append(QStringLiteral("edit %1 %2 %3\n").arg(id).arg(saved->revision).arg(c.description).toUtf8());
    }
    return 0;
}

WorkerLog readLog(const QString& path, QHash<qint64, Acknowledged>& acknowledged, int& malformed)
{
    WorkerLog result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.value(0) == QStringLiteral("add") && parts.size() == 3) {
            acknowledged[parts[1].toLongLong()].title = parts[2];
            ++result.adds;
        } else if (parts.value(0) == QStringLiteral("edit") && parts.size() == 4) {
            Acknowledged& ack = acknowledged[parts[1].toLongLong()];
            // A worker edits only its own cases, one at a time, so its later lines hold the later revisions.
            ack.revision = parts[2].toInt();
            ack.description = parts[3];
            ++result.edits;
        } else if (parts.value(0) == QStringLiteral("busy")) {
            ++result.busyErrors;
            if (result.errorSamples.size() < 3)
                result.errorSamples << line;
        } else if (parts.value(0) == QStringLiteral("error")) {
            ++result.otherErrors;
            if (result.errorSamples.size() < 3)
                result.errorSamples << line;
        } else if (!line.isEmpty()) {
            ++malformed;
        }
    }
    return result;
}

int runParent(int processes, int seconds, const QString& dirOption, quint64 seed)
{
    QTemporaryDir temporary;
    const QString dir = dirOption.isEmpty() ? temporary.path() : dirOption;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/concurrent.proxima");
    QFile::remove(path);
    {
        auto created = Workspace::create(path, QStringLiteral("Concurrent writes"));
        if (!created) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(created.error().toString()));
            return 2;
        }
    }
    std::printf("workspace: %s\nprocesses: %d, duration: %d s, seed: %llu\n", qPrintable(path), processes, seconds,
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    std::vector<std::unique_ptr<QProcess>> workers;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < processes; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedChannels);
        worker->start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--worker"), QString::number(i), QStringLiteral("--workspace"), path,
                       QStringLiteral("--log"), dir + QStringLiteral("/worker%1.log").arg(i),
                       QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--seed"),
                       QString::number(seed)});
        workers.push_back(std::move(worker));
    }
    int failedWorkers = 0;
    const QDeadlineTimer deadline(qint64(seconds) * 1000 + 120000);
    for (auto& worker : workers) {
        if (!worker->waitForFinished(int(qMax<qint64>(deadline.remainingTime(), 1))) || worker->exitCode() != 0
            || worker->exitStatus() != QProcess::NormalExit) {
            worker->kill();
            worker->waitForFinished();
            ++failedWorkers;
        }
    }
    const double elapsed = double(wall.elapsed()) / 1000.0;

    QHash<qint64, Acknowledged> acknowledged;
    int malformed = 0;
    int totalAdds = 0;
    int totalEdits = 0;
    int busy = 0;
    int otherErrors = 0;
    std::printf("\n%-8s %10s %10s %10s %10s %10s\n", "process", "adds", "edits", "writes", "busy", "errors");
    for (int i = 0; i < processes; ++i) {
        const WorkerLog log = readLog(dir + QStringLiteral("/worker%1.log").arg(i), acknowledged, malformed);
        std::printf("%-8d %10d %10d %10d %10d %10d\n", i, log.adds, log.edits, log.adds + log.edits, log.busyErrors,
                    log.otherErrors);
        for (const QString& sample : log.errorSamples)
            std::printf("         %s\n", qPrintable(sample));
        totalAdds += log.adds;
        totalEdits += log.edits;
        busy += log.busyErrors;
        otherErrors += log.otherErrors;
    }
    std::printf("%-8s %10d %10d %10d %10d %10d\n", "total", totalAdds, totalEdits, totalAdds + totalEdits, busy,
                otherErrors);

    auto reopened = Workspace::open(path);
    if (!reopened) {
        std::printf("\nthe workspace does not open again: %s\n", qPrintable(reopened.error().toString()));
        return 1;
    }
    Result<QList<ProblemCase>> stored = CaseRepository(*reopened.value()).list();
    if (!stored) {
        std::printf("\ncannot list the cases: %s\n", qPrintable(stored.error().toString()));
        return 1;
    }
    QHash<qint64, ProblemCase> byId;
    for (const ProblemCase& c : stored.value())
        byId.insert(c.id, c);
    // Lost: acknowledged but not in the file (or an older version of it). Stored unacknowledged: the writer was told
    // the write failed, yet it is in the file, so a user trying again would add a duplicate or overwrite.
    int lostAdds = 0;
    int lostEdits = 0;
    int storedUnacknowledged = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto found = byId.constFind(it.key());
        if (found == byId.cend() || found->title != it->title) {
            ++lostAdds;
            continue;
        }
        if (found->revision < it->revision || (found->revision == it->revision && found->description != it->description))
            ++lostEdits;
        else if (found->revision > qMax(it->revision, 1))
            ++storedUnacknowledged;
    }
    for (const ProblemCase& c : std::as_const(byId)) {
        if (!acknowledged.contains(c.id))
            ++storedUnacknowledged;
    }
    Result<QStringList> problems = reopened.value()->integrityCheck();
    const bool sound = problems && problems->isEmpty();

    std::printf("\nwall time: %.1f s, acknowledged writes per second: %.0f\n", elapsed,
                double(totalAdds + totalEdits) / qMax(elapsed, 0.001));
    std::printf("cases in the file: %lld (acknowledged adds: %d)\n", static_cast<long long>(byId.size()), totalAdds);
    std::printf("lost writes: %d (adds %d, edits %d)\n", lostAdds + lostEdits, lostAdds, lostEdits);
    std::printf("writes stored although reported as failed: %d\n", storedUnacknowledged);
    std::printf("busy errors seen by a user: %d\n", busy);
    std::printf("other errors: %d\n", otherErrors);
    std::printf("workers that failed or did not finish: %d, unreadable log lines: %d\n", failedWorkers, malformed);
    std::printf("integrity check: %s\n",
                sound ? "ok" : qPrintable(problems ? problems->join(QStringLiteral("; ")) : problems.error().toString()));

    const bool passed = sound && lostAdds + lostEdits == 0 && storedUnacknowledged == 0 && busy == 0 && otherErrors == 0 && failedWorkers == 0
                        && malformed == 0 && totalAdds > 0 && totalEdits > 0;
    std::printf("result: %s\n", passed ? "PASS" : "FAIL");
    return passed ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Several processes writing cases to one workspace file"));
    parser.addHelpOption();
    const QCommandLineOption processes(QStringLiteral("processes"), QStringLiteral("Number of writing processes."),
                                       QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long each process writes."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the workspace and logs (kept)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the choices between add and edit."),
                                  QStringLiteral("SEED"), QStringLiteral("20261206"));
    const QCommandLineOption worker(QStringLiteral("worker"), QStringLiteral("(internal) run as worker I."),
                                    QStringLiteral("I"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("(internal) the workspace file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("(internal) the worker's log."),
                                 QStringLiteral("FILE"));
    parser.addOptions({processes, seconds, dir, seed, worker, workspace, log});
    parser.process(app);

    bool ok = false;
    const int secondsValue = parser.value(seconds).toInt(&ok);
    if (!ok || secondsValue < 1) {
        std::fprintf(stderr, "--seconds must be a whole number, 1 or more\n");
        return 2;
    }
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "--seed must be a whole number\n");
        return 2;
    }
    if (parser.isSet(worker))
        return runWorker(parser.value(worker).toInt(), parser.value(workspace), parser.value(log), secondsValue,
                         seedValue);
    const int processCount = parser.value(processes).toInt(&ok);
    if (!ok || processCount < 1) {
        std::fprintf(stderr, "--processes must be a whole number, 1 or more\n");
        return 2;
    }
    return runParent(processCount, secondsValue, parser.value(dir), seedValue);
}
