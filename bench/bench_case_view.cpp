// A case linked to 10,000 incidents: time from showCase() to the first paint of its Home, Analyse and Patterns tabs
// (the charts included), the median of several switches; and the memory it takes.
#include "BenchSupport.h"

#include "ui/analyse/AnalyseTab.h"
#include "ui/analyse/CaseHomeTab.h"
#include "ui/analyse/PatternsTab.h"
#include "ui/app/WorkspaceSession.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace proxima;

namespace {

constexpr int LinkedIncidents = 10000;
constexpr int OtherIncidents = 5000;

/// Writes the incidents with one prepared statement in one transaction: half hand-picked, half through the
/// case's rule (its area and categories), plus incidents of another area that must not count.
Status fill(Workspace& ws, qint64 caseId, qint64 area, qint64 otherArea)
{
    return ws.write([&]() -> Status {
        const QStringList categories{QStringLiteral("Vol de vélo"), QStringLiteral("Tentative de vol"),
                                     QStringLiteral("Dégradation"), QStringLiteral("Nuisance sonore"),
                                     QStringLiteral("Vol dans véhicule")};
        QSqlQuery insert(ws.database());
        if (!insert.prepare(QStringLiteral("INSERT INTO incidents (id, fingerprint, occurred_on, occurred_time, "
                                           "category, area_id) VALUES (?, ?, ?, ?, ?, ?)")))
            return sql::toError(insert.lastError(), QStringLiteral("prepare"));
        QSqlQuery pick(ws.database());
        if (!pick.prepare(QStringLiteral("INSERT INTO case_incidents (case_id, incident_id) VALUES (?, ?)")))
            return sql::toError(pick.lastError(), QStringLiteral("prepare"));
        const QDate start(2023, 1, 1);
        for (int i = 1; i <= LinkedIncidents + OtherIncidents; ++i) {
            const bool linked = i <= LinkedIncidents;
            const bool picked = linked && i % 2 == 0;
            const QDate day = start.addDays((i * 7919) % 1095);
            const int minutes = (i * 104729) % 1440;
            insert.addBindValue(i);
            insert.addBindValue(QStringLiteral("bench-%1").arg(i));
            insert.addBindValue(day.toString(Qt::ISODate));
            insert.addBindValue(i % 23 == 0 ? QVariant()
                                            : QVariant(QStringLiteral("%1:%2")
                                                           .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                           .arg(minutes % 60, 2, 10, QLatin1Char('0'))));
            // Rule-linked incidents are thefts in the case's area; picked ones may be anything anywhere.
            insert.addBindValue(picked ? categories.at(i % categories.size()) : categories.at(i % 2));
            insert.addBindValue(linked && !picked ? area : otherArea);
            if (!insert.exec())
                return sql::toError(insert.lastError(), QStringLiteral("incidents"));
            if (picked) {
                pick.addBindValue(caseId);
                pick.addBindValue(i);
                if (!pick.exec())
                    return sql::toError(pick.lastError(), QStringLiteral("case_incidents"));
            }
        }
        QSqlQuery rule(ws.database());
        return sql::exec(rule,
                         QStringLiteral("INSERT INTO case_incident_rules (case_id, area_id, categories) VALUES (?, ?, "
                                        "'[\"Vol de vélo\", \"Tentative de vol\"]')"),
                         {caseId, area});
    });
}

template <typename Tab> double timeFirstPaint(Tab& tab, qint64 caseId, int repeats)
{
    tab.resize(1200, 1000);
    tab.show();
    QApplication::processEvents();
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        tab.showCase(0);   // away from the case first, so every run is a real switch
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        tab.showCase(caseId);
        (void)tab.grab();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("bench.proxima")), QStringLiteral("Bench"));
    if (!created) {
        std::fprintf(stderr, "bench_case_view: %s\n", qPrintable(created.error().toString()));
        return 1;
    }
    Workspace& ws = *created.value();
    qint64 area = 0;
    qint64 otherArea = 0;
    (void)ws.write([&]() -> Status {
        area = AreaRepository(ws).idForName(QStringLiteral("Gare"), true).value();
        otherArea = AreaRepository(ws).idForName(QStringLiteral("Parc"), true).value();
        return {};
    });
    ProblemCase problem;
    problem.title = QStringLiteral("Bicycle theft at the station");
    problem.stage = SaraStage::Analyse;
    const qint64 caseId = CaseRepository(ws).add(problem)->id;
    QElapsedTimer timer;
    timer.start();
    if (Status s = fill(ws, caseId, area, otherArea); !s) {
        std::fprintf(stderr, "bench_case_view: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    bench::report(QStringLiteral("insert 15,000 incidents, 5,000 hand-picked"), double(timer.elapsed()),
                  QStringLiteral("ms"));

    WorkspaceSession session(std::move(created.value()));
    PatternsTab patterns(session);
    patterns.showCase(caseId);
    if (patterns.incidentCount() != LinkedIncidents) {
        std::fprintf(stderr, "bench_case_view: %d incidents linked, expected %d\n", patterns.incidentCount(),
                     LinkedIncidents);
        return 1;
    }
    bench::report(QStringLiteral("patterns: showCase to first paint, 10,000 incidents (median of 7)"),
                  timeFirstPaint(patterns, caseId, 7), QStringLiteral("ms"));
    AnalyseTab analyse(session);
    bench::report(QStringLiteral("analyse: showCase to first paint (median of 7)"), timeFirstPaint(analyse, caseId, 7),
                  QStringLiteral("ms"));
    CaseHomeTab home(session);
    bench::report(QStringLiteral("home: showCase to first paint, gate snapshot of 10,000 (median of 7)"),
                  timeFirstPaint(home, caseId, 7), QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
