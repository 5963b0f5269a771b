// Incident import and the lazy incident table at 1,000,000 rows: the import through IncidentImportService (parse,
// validate, fingerprint, de-duplicate, store date-ordered, rebuild the indexes; one transaction) side by side with
// sqlite3's own .import of the same file, three times each, alternating, with the best of three compared; then a
// re-import of the same file, and the lazy model: construction, first row, jumps to 20 random positions and
// scrolling. Optional argument: the number of rows.
#include "BenchSupport.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/models/IncidentTableModel.h"
#include "core/sara/DemoIncidents.h"
#include "core/sara/DeterministicRandom.h"
#include "core/services/IncidentImportService.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace proxima;

namespace {

int failWith(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("incidents.csv"));
    QElapsedTimer timer;
    timer.start();
    if (Status s = sara::writeDemoCsv(csv, rows); !s)
        return failWith(s.error().toString());
    bench::report(QStringLiteral("rows"), rows, QStringLiteral("rows"));
    bench::report(QStringLiteral("generate CSV"), double(timer.elapsed()), QStringLiteral("ms"));
    bench::report(QStringLiteral("CSV size"), double(QFileInfo(csv).size()) / (1024.0 * 1024.0), QStringLiteral("MiB"));

    // sqlite3's own .import: into a plain table (no constraint, no index), the reference speed; and into a table
    // given three indexes like Proxima's first (date, type + date, address + date), for context.
    const auto sqliteImport = [&](const QString& database, const QString& prelude, const QString& skip) -> double {
        ::sync();   // each timed run starts with no other run's writes still going to disk
        QProcess sqlite;
        QElapsedTimer clock;
        clock.start();
        sqlite.start(QStringLiteral("sqlite3"), {database});
        if (!sqlite.waitForStarted())
            return -1;
        sqlite.write((prelude + QStringLiteral(".mode csv\n.separator ;\n.import %1'%2' incidents\n.quit\n")
                                    .arg(skip, csv))
                         .toUtf8());
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        return sqlite.exitCode() == 0 ? double(clock.elapsed()) : -1;
    };
    // The comparison runs three times, alternating sqlite3 and Proxima, each into a new file: this machine's speed
    // drifts by 10 to 20 % from one second to the next, and the best of three of each is the steadier figure.
    constexpr int Runs = 3;
    std::vector<double> sqliteRuns;
    std::vector<double> proximaRuns;
    std::unique_ptr<Workspace> ws;
    Result<IncidentFileImport> imported = Error{};
    QString previousPath;
    for (int run = 0; run < Runs; ++run) {
        const QString plain = dir.filePath(QStringLiteral("plain%1.db").arg(run));
        const double sqliteMs = sqliteImport(plain, {}, {});
        if (sqliteMs < 0)
            return failWith(QStringLiteral("sqlite3 .import failed"));
        QFile::remove(plain);
        sqliteRuns.push_back(sqliteMs);

        // Proxima: parse, validate, fingerprint, de-duplicate and store into the real schema (3 indexes).
        ws.reset();
        if (!previousPath.isEmpty())
            QFile::remove(previousPath);   // only the last run's workspace is kept, for what follows
        const QString path = dir.filePath(QStringLiteral("bench%1.proxima").arg(run));
        auto created = Workspace::create(path);
        if (!created)
            return failWith(created.error().toString());
        ws = std::move(created).value();
        ::sync();
        timer.restart();
        imported = IncidentImportService(*ws).importFile(csv, {}, {}, true);
        const double importMs = double(timer.elapsed());
        if (!imported)
            return failWith(imported.error().toString());
        proximaRuns.push_back(importMs);
        bench::report(QStringLiteral("run %1: sqlite3 .import / Proxima import").arg(run + 1), sqliteMs / importMs,
                      QStringLiteral("x (%1 ms / %2 ms)").arg(sqliteMs).arg(importMs));
        previousPath = path;
    }
    const double sqliteMs = *std::min_element(sqliteRuns.begin(), sqliteRuns.end());
    const double importMs = *std::min_element(proximaRuns.begin(), proximaRuns.end());
    bench::report(QStringLiteral("sqlite3 .import (plain table), best of 3"), sqliteMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("Proxima import, best of 3"), importMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("Proxima import rate"), imported->summary.imported / (importMs / 1000.0),
                  QStringLiteral("rows/s"));
    bench::report(QStringLiteral("imported"), imported->summary.imported, QStringLiteral("rows"));
    bench::report(QStringLiteral("rejected"), imported->summary.rejected, QStringLiteral("rows"));
    bench::report(QStringLiteral("speed vs sqlite3 .import (best of 3 each)"), sqliteMs / importMs,
                  QStringLiteral("x (aim >= 0.5)"));
    bench::report(QStringLiteral("peak memory after import"), bench::peakMemoryMiB(), QStringLiteral("MiB"));

    const double indexedMs = sqliteImport(
        dir.filePath(QStringLiteral("indexed.db")),
        QStringLiteral("CREATE TABLE incidents (id, date, heure, type, adresse, lat, lon, description);\n"
                       "CREATE INDEX i1 ON incidents(date);\nCREATE INDEX i2 ON incidents(type, date);\n"
                       "CREATE INDEX i3 ON incidents(adresse, date);\n"),
        QStringLiteral("--skip 1 "));
    if (indexedMs < 0)
        return failWith(QStringLiteral("sqlite3 .import into an indexed table failed"));
    bench::report(QStringLiteral("sqlite3 .import (table with 3 indexes)"), indexedMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("speed vs sqlite3 .import, indexed table"), indexedMs / importMs, QStringLiteral("x"));

    timer.restart();
    auto again = IncidentImportService(*ws).importFile(csv, {}, {}, true);
    if (!again)
        return failWith(again.error().toString());
    bench::report(QStringLiteral("re-import (all already present)"), double(timer.elapsed()), QStringLiteral("ms"));
    bench::report(QStringLiteral("re-import new rows"), again->summary.imported, QStringLiteral("rows"));

    // The lazy model over the million rows.
    WorkspaceSession session(std::move(ws));
    timer.restart();
    IncidentTableModel model(session);
    const QVariant first = model.index(0, IncidentTableModel::Date).data();
    bench::report(QStringLiteral("lazy model: construct + first data()"), double(timer.elapsed()),
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("lazy model rows"), model.rowCount(), QStringLiteral("rows"));
    sara::DeterministicRandom random(7);
    timer.restart();
    for (int jump = 0; jump < 20; ++jump) {
        const int row = int(random.uniform() * (model.rowCount() - 40));
        for (int r = row; r < row + 40; ++r) // one screenful
            model.index(r, IncidentTableModel::Category).data();
    }
    const double jumpsMs = double(timer.elapsed());
    bench::report(QStringLiteral("lazy model: 20 random jumps (40 rows each)"), jumpsMs, QStringLiteral("ms"));
    timer.restart();
    const int middle = model.rowCount() / 2;
    for (int r = middle; r < middle + 20 * IncidentTableModel::WindowRows; ++r)
        model.index(r, IncidentTableModel::Address).data();
    bench::report(QStringLiteral("lazy model: scroll 20 windows from the middle"), double(timer.elapsed()),
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("lazy model windows fetched"), model.windowsFetched(), QStringLiteral("windows"));
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return first.isValid() ? 0 : 1;
}
