// The action matrix and the documents built from a real workspace: the demo plus six actions (DemoActions.h).
#include "DemoActions.h"
#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/reports/MatrixQuery.h"
#include "core/reports/MatrixTotals.h"
#include "core/storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::reports;

namespace {

struct ActionsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QList<qint64> ids;
    DocumentOptions options;

    ActionsFixture()
    {
        const QString path = dir.filePath(QStringLiteral("m.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        ids = test::addDemoActions(*ws);
        REQUIRE(ids.size() == 6);
        options.generatedOn = QDate(2026, 10, 1);
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    }

    ActionMatrix matrix(const MatrixSelection& selection = {}) const
    {
        auto built = MatrixQuery::fromWorkspace(*ws, selection, options);
        REQUIRE(built.ok());
        return built.value();
    }
};

QStringList groupIds(const ActionMatrix& matrix)
{
    QStringList ids;
    for (const ProblemGroup& group : matrix.groups)
        ids << group.caseId;
    return ids;
}

QStringList titles(const ProblemGroup& group)
{
    QStringList result;
    for (const ActionRow& row : group.actions)
        result << row.title;
    return result;
}

} // namespace

TEST_CASE("matrix query: problems in priority order, ranked first, then unranked by id", "[storage][matrix]")
{
    ActionsFixture f;
    const ActionMatrix m = f.matrix();
    CHECK(groupIds(m) == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"),
                                     QStringLiteral("9"), QStringLiteral("10")});
    CHECK(m.groups[0].priority == 1);
    CHECK(m.groups[0].title == QStringLiteral("Street harassment of women near the station"));
    CHECK(m.groups[0].area == QStringLiteral("Saint-Roch Gare"));
    CHECK(m.groups[0].stage == stageLabel(SaraStage::Respond));
    CHECK(m.groups[3].priority == 0);
    CHECK(titles(m.groups[0]) == QStringList{QStringLiteral("Street coaches on Friday nights"),
                                             QStringLiteral("Awareness walk with women's groups")});
    CHECK(m.actionCount() == 6);
    CHECK(m.workspace == QStringLiteral("Saint-Roch (demo)"));
    CHECK(m.area == QStringLiteral("All areas"));
    CHECK(m.period.isEmpty());
    CHECK(m.generatedOn == QDate(2026, 10, 1));
    CHECK_FALSE(m.columns.contains(MatrixColumn::Problem));
    CHECK(m.columns.size() == 13);

    const MatrixTotals totals = MatrixTotals::ofMatrix(m);
    CHECK(totals.policeHours == 32.5);
    CHECK(totals.volunteerHours == 56);
    CHECK(totals.euros == 5000);
    CHECK(totals.actions == 6);
    const MatrixTotals first = MatrixTotals::ofGroup(m.groups[0]);
    CHECK(first.policeHours == 16.5);
    CHECK(first.volunteerHours == 50);
    CHECK(first.euros == 1500);
}

TEST_CASE("matrix query: rows carry lead, partners, referral and every value", "[storage][matrix]")
{
    ActionsFixture f;
    const ActionMatrix m = f.matrix();
    const ActionRow& coaches = m.groups[0].actions[0];
    CHECK(coaches.id == QString::number(f.ids[1]));
    CHECK(coaches.lead == QStringLiteral("Yasmina El Idrissi (AMO Le Cercle (youth work))"));
    REQUIRE(coaches.partners.size() == 2);
    CHECK(coaches.partners[1].organisation == QStringLiteral("SNCB"));
    CHECK(coaches.partners[1].role == QStringLiteral("lighting"));
    CHECK(coaches.side == TriangleSide::Guardian);
    CHECK(coaches.phase == ChainPhase::Prevention);
    CHECK(coaches.start == QDate(2026, 11, 1));
    CHECK(coaches.due == QDate(2027, 3, 31));
    CHECK(coaches.referral.isEmpty());
    const ActionRow& wall = m.groups[4].actions[0];
    CHECK(wall.referral == QStringLiteral("Service propreté (referred on 02/10/2026): accepted"));
    CHECK(m.groups[2].actions[0].lead == QStringLiteral("Commune — service prévention"));
    CHECK(m.groups[2].actions[0].status == ActionStatus::InProgress);
    // Signature boxes: each partner organisation once (case-insensitive), with the first role it plays.
    CHECK(MatrixQuery::partnerOrganisations(m) ==
          QStringList{QStringLiteral("Commune"), QStringLiteral("SNCB"), QStringLiteral("Comité de quartier Saint-Roch"),
                      QStringLiteral("Union des commerçants de la Gare"), QStringLiteral("Paroisse Saint-Roch")});
    const QList<SignatureParty> parties = MatrixQuery::partnerSignatories(m);
    REQUIRE(parties.size() == 5);
    CHECK(parties[0].role == QStringLiteral("funding"));
}

TEST_CASE("matrix query: filters by area, case and period", "[storage][matrix]")
{
    ActionsFixture f;
    MatrixSelection parc;
    parc.area = QStringLiteral("saint-roch PARC");
    const ActionMatrix byArea = f.matrix(parc);
    CHECK(groupIds(byArea) == QStringList{QStringLiteral("4"), QStringLiteral("10")});
    CHECK(byArea.area == QStringLiteral("Saint-Roch Parc"));
    CHECK(MatrixTotals::ofMatrix(byArea).euros == 3200);

    MatrixSelection one;
    one.caseId = 1;
    CHECK(groupIds(f.matrix(one)) == QStringList{QStringLiteral("1")});

    // A selected case without actions still shows, so the print says "no actions" instead of nothing.
    MatrixSelection empty;
    empty.caseId = 3;
    const ActionMatrix noActions = f.matrix(empty);
    REQUIRE(noActions.groups.size() == 1);
    CHECK(noActions.groups[0].actions.isEmpty());

    MatrixSelection october;
    october.from = QDate(2026, 10, 1);
    october.to = QDate(2026, 10, 31);
    const ActionMatrix inOctober = f.matrix(october);
    CHECK(groupIds(inOctober) == QStringList{QStringLiteral("1"), QStringLiteral("4")});
    CHECK(titles(inOctober.groups[0]) == QStringList{QStringLiteral("Awareness walk with women's groups")});
    CHECK(inOctober.period == QStringLiteral("01/10/2026 to 31/10/2026"));

    MatrixSelection fromDecember;
    fromDecember.from = QDate(2026, 12, 1);
    CHECK(groupIds(f.matrix(fromDecember)) ==
          QStringList{QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("10")});
    CHECK(f.matrix(fromDecember).period == QStringLiteral("from 01/12/2026"));
}

TEST_CASE("matrix query: unknown area or case and a reversed period are errors naming the field", "[storage][matrix]")
{
    ActionsFixture f;
    MatrixSelection area;
    area.area = QStringLiteral("Nowhere");
    auto badArea = MatrixQuery::fromWorkspace(*f.ws, area, f.options);
    REQUIRE_FALSE(badArea.ok());
    CHECK(badArea.error().field == QStringLiteral("area"));
    CHECK(badArea.error().message == QStringLiteral("unknown area 'Nowhere' (areas: Bruyères, Saint-Roch Gare, Saint-Roch Parc)"));
    MatrixSelection missing;
    missing.caseId = 99;
    auto badCase = MatrixQuery::fromWorkspace(*f.ws, missing, f.options);
    REQUIRE_FALSE(badCase.ok());
    CHECK(badCase.error().message == QStringLiteral("there is no case 99"));
    MatrixSelection reversed;
    reversed.from = QDate(2026, 5, 1);
    reversed.to = QDate(2026, 4, 1);
    auto badPeriod = MatrixQuery::fromWorkspace(*f.ws, reversed, f.options);
    REQUIRE_FALSE(badPeriod.ok());
    CHECK(badPeriod.error().field == QStringLiteral("to"));
}

TEST_CASE("matrix query: a workspace without actions gives an empty matrix", "[storage][matrix]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    REQUIRE(QSqlQuery(ws.value()->database()).exec(QStringLiteral("DELETE FROM actions")));
    auto built = MatrixQuery::fromWorkspace(*ws.value(), {}, DocumentOptions{});
    REQUIRE(built.ok());
    CHECK(built->groups.isEmpty());
    CHECK(MatrixTotals::ofMatrix(built.value()).actions == 0);
}
