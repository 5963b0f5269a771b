#include "MatrixFixture.h"

#include "core/reports/MatrixFilter.h"
#include "core/reports/MatrixLabels.h"
#include "core/reports/MatrixTotals.h"

#include <catch2/catch.hpp>

using namespace proxima;
using namespace proxima::reports;

namespace {

ActionRow action(const QString& id, QDate start, QDate due, double police = 0, double volunteers = 0,
                 double euros = 0)
{
    ActionRow row;
    row.id = id;
    row.title = id;
    row.start = start;
    row.due = due;
    row.policeHours = police;
    row.volunteerHours = volunteers;
    row.euros = euros;
    return row;
}

QStringList ids(const ProblemGroup& group)
{
    QStringList list;
    for (const ActionRow& row : group.actions)
        list << row.id;
    return list;
}

} // namespace

TEST_CASE("totals per problem and overall", "[documents][totals]")
{
    ActionMatrix matrix;
    ProblemGroup a;
    a.actions = {action(QStringLiteral("a1"), {}, {}, 4, 2.5, 100), action(QStringLiteral("a2"), {}, {}, 6.5, 0, 49.99)};
    ProblemGroup b;
    b.actions = {action(QStringLiteral("b1"), {}, {}, 1, 1, 0.01)};
    ProblemGroup empty;
    matrix.groups = {a, b, empty};

    const MatrixTotals ta = MatrixTotals::ofGroup(a);
    CHECK(ta.policeHours == Approx(10.5));
    CHECK(ta.volunteerHours == Approx(2.5));
    CHECK(ta.euros == Approx(149.99));
    CHECK(ta.actions == 2);
    const MatrixTotals te = MatrixTotals::ofGroup(empty);
    CHECK(te.policeHours == 0.0);
    CHECK(te.actions == 0);
    const MatrixTotals all = MatrixTotals::ofMatrix(matrix);
    CHECK(all.policeHours == Approx(11.5));
    CHECK(all.volunteerHours == Approx(3.5));
    CHECK(all.euros == Approx(150.0));
    CHECK(all.actions == 3);
    CHECK(MatrixTotals::ofMatrix(ActionMatrix{}).actions == 0);
}

TEST_CASE("filter by area, case and overlapping date range", "[documents][filter]")
{
    ActionMatrix matrix;
    ProblemGroup north;
    north.caseId = QStringLiteral("C1");
    north.area = QStringLiteral("North");
    north.actions = {action(QStringLiteral("n1"), QDate(2025, 1, 1), QDate(2025, 1, 31)),
                     action(QStringLiteral("n2"), QDate(2025, 3, 1), QDate(2025, 4, 30)),
                     action(QStringLiteral("n3"), {}, QDate(2025, 2, 15)),
                     action(QStringLiteral("n4"), {}, {})};
    ProblemGroup south;
    south.caseId = QStringLiteral("C2");
    south.area = QStringLiteral("South");
    south.actions = {action(QStringLiteral("s1"), QDate(2024, 6, 1), QDate(2024, 6, 30))};
    ProblemGroup fresh;
    fresh.caseId = QStringLiteral("C3");
    fresh.area = QStringLiteral("north");
    matrix.groups = {north, south, fresh};

    SECTION("no restriction keeps everything")
    {
        const ActionMatrix out = filterMatrix(matrix, {});
        REQUIRE(out.groups.size() == 3);
        CHECK(out.actionCount() == 5);
    }
    SECTION("area is case-insensitive, keeps empty problems when no date range")
    {
        MatrixFilter filter;
        filter.area = QStringLiteral("NORTH");
        const ActionMatrix out = filterMatrix(matrix, filter);
        REQUIRE(out.groups.size() == 2);
        CHECK(out.groups[0].caseId == QStringLiteral("C1"));
        CHECK(out.groups[1].caseId == QStringLiteral("C3"));
    }
    SECTION("case id")
    {
        MatrixFilter filter;
        filter.caseId = QStringLiteral("C2");
        const ActionMatrix out = filterMatrix(matrix, filter);
        REQUIRE(out.groups.size() == 1);
        CHECK(ids(out.groups[0]) == QStringList{QStringLiteral("s1")});
    }
    SECTION("date range overlap, inclusive bounds, undated actions dropped, emptied problems dropped")
    {
        MatrixFilter filter;
        filter.from = QDate(2025, 1, 31);
        filter.to = QDate(2025, 3, 1);
        const ActionMatrix out = filterMatrix(matrix, filter);
        REQUIRE(out.groups.size() == 1);
        CHECK(ids(out.groups[0]) == QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")});
    }
    SECTION("open-ended range")
    {
        MatrixFilter filter;
        filter.from = QDate(2025, 2, 1);
        const ActionMatrix out = filterMatrix(matrix, filter);
        REQUIRE(out.groups.size() == 1);
        CHECK(ids(out.groups[0]) == QStringList{QStringLiteral("n2"), QStringLiteral("n3")});
        MatrixFilter until;
        until.to = QDate(2024, 12, 31);
        const ActionMatrix early = filterMatrix(matrix, until);
        REQUIRE(early.groups.size() == 1);
        CHECK(early.groups[0].caseId == QStringLiteral("C2"));
    }
}

TEST_CASE("sorting actions and problems", "[documents][sort]")
{
    ProblemGroup group;
    group.actions = {action(QStringLiteral("x"), QDate(2025, 5, 1), QDate(2025, 6, 1), 3),
                     action(QStringLiteral("y"), {}, QDate(2025, 2, 1), 1),
                     action(QStringLiteral("z"), QDate(2025, 1, 1), QDate(2025, 6, 1), 3),
                     action(QStringLiteral("w"), QDate(2025, 1, 1), {}, 2)};
    ProblemGroup copy = group;
    sortActions(copy, ActionSortKey::Start);
    CHECK(ids(copy) == QStringList{QStringLiteral("z"), QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("y")});
    copy = group;
    sortActions(copy, ActionSortKey::Start, false);
    CHECK(ids(copy) == QStringList{QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("w"), QStringLiteral("y")});
    copy = group;
    sortActions(copy, ActionSortKey::Due);
    CHECK(ids(copy) == QStringList{QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("w")});
    copy = group;
    sortActions(copy, ActionSortKey::PoliceHours, false);  // ties keep their order
    CHECK(ids(copy) == QStringList{QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("w"), QStringLiteral("y")});
    copy = group;
    sortActions(copy, ActionSortKey::Manual);
    CHECK(ids(copy) == ids(group));

    ActionMatrix matrix;
    for (int priority : {3, 0, 1, 3, -1, 2}) {
        ProblemGroup g;
        g.priority = priority;
        g.caseId = QString::number(matrix.groups.size());
        matrix.groups << g;
    }
    sortGroupsByPriority(matrix);
    QStringList order;
    for (const ProblemGroup& g : matrix.groups)
        order << g.caseId;
    CHECK(order == QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("3"),
                               QStringLiteral("1"), QStringLiteral("4")});
}

TEST_CASE("labels come from one place and are not empty", "[documents][labels]")
{
    for (MatrixColumn column : ActionMatrix::allColumns())
        CHECK_FALSE(MatrixLabels::column(column).isEmpty());
    CHECK(ActionMatrix::allColumns().size() == 14);
    CHECK(MatrixLabels::chainPhases().size() == 5);
    CHECK(MatrixLabels::phase(ChainPhase::None).isEmpty());
    CHECK(MatrixLabels::phase(ChainPhase::ProAction) == QStringLiteral("Pro-action"));
    CHECK(MatrixLabels::status(ActionStatus::InProgress) == QStringLiteral("In progress"));
    CHECK(MatrixLabels::partners({{QStringLiteral("A"), QStringLiteral("lead")}, {QStringLiteral("B"), {}}})
          == QStringLiteral("A (lead); B"));
    CHECK(test::makeMatrix(8, 60).actionCount() == 60);
}
