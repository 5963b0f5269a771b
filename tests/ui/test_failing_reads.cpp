// Reads that fail come back as errors, never as std::bad_variant_access thrown into the event loop.
#include "TestSupport.h"

#include "core/demo/DemoBudget.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

TEST_CASE("the demo budget reports a failing read of a case's actions as an error", "[ui][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    Workspace& ws = *opened.value();
    // Without the partners table, reading the actions of a case that has some fails (a damaged or hand-edited file).
    QSqlQuery drop(ws.database());
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE action_partners")));

    Status filled = Status{};
    REQUIRE_NOTHROW(filled = ws.write([&] { return DemoBudget::fill(ws); }));
    REQUIRE_FALSE(filled.ok());
    CHECK(filled.error().toString().contains(QStringLiteral("action_partners")));
}
