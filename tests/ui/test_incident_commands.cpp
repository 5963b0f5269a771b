#include "TestSupport.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/IncidentCommands.h"
#include "core/services/IncidentImportService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/IncidentCaseRules.h"
#include "core/storage/repositories/IncidentQueries.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace proxima;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("undoing a pick gives back only what the pick changed", "[ui][incidents]")
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("w.proxima")));
    REQUIRE(ws.ok());
    ProblemCase problem;
    problem.title = QStringLiteral("Bicycle thefts");
    auto added = CaseRepository(*ws.value()).add(problem);
    REQUIRE(added.ok());
    const qint64 caseId = added->id;
    QList<io::Incident> incidents;
    for (int n = 0; n < 4; ++n) {
        io::Incident i;
        i.reference = QStringLiteral("PV-%1").arg(n);
        i.date = QDate(2024, 3, 1 + n);
        i.category = QStringLiteral("Vol de vélo");
        incidents << i;
    }
    REQUIRE(IncidentImportService(*ws.value()).importIncidents(incidents, QStringLiteral("t"), 4, 0).ok());
    auto page = IncidentQueries(*ws.value()).page(0, 4);
    REQUIRE(page->size() == 4);
    const qint64 a = page->at(0).id, b = page->at(1).id, c = page->at(2).id;

    WorkspaceSession session(std::move(ws).value());
    IncidentCaseRules repository(session.workspace());
    session.push(new PickIncidentsCommand(session, caseId, {a}, true));
    CHECK(repository.handPicked(caseId).value() == QList<qint64>{a});

    // a is picked already: picking a, b, c and undoing must leave a picked.
    session.push(new PickIncidentsCommand(session, caseId, {a, b, c}, true));
    CHECK(sorted(repository.handPicked(caseId).value()) == sorted({a, b, c}));
    session.undo();
    CHECK(repository.handPicked(caseId).value() == QList<qint64>{a});
    session.redo();
    CHECK(sorted(repository.handPicked(caseId).value()) == sorted({a, b, c}));

    // Removing b and one never picked, then undoing, brings back b only.
    const qint64 d = page->at(3).id;
    session.push(new PickIncidentsCommand(session, caseId, {b, d}, false));
    CHECK(sorted(repository.handPicked(caseId).value()) == sorted({a, c}));
    session.undo();
    CHECK(sorted(repository.handPicked(caseId).value()) == sorted({a, b, c}));
}
