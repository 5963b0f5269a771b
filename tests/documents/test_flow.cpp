#include "documents/Flow.h"
#include "documents/TableBuilder.h"

#include <catch2/catch.hpp>

using namespace proxima::documents;

namespace {

FlowItem item(qreal height, bool keep = false, int header = -1)
{
    FlowItem flowItem;
    flowItem.height = height;
    flowItem.keepWithNext = keep;
    flowItem.repeatHeader = header;
    return flowItem;
}

QList<qreal> heights(const QList<FlowPlacement>& page)
{
    QList<qreal> list;
    for (const FlowPlacement& placement : page)
        list << placement.item->height;
    return list;
}

} // namespace

TEST_CASE("pagination never cuts an item", "[documents][flow]")
{
    Flow flow;
    for (int i = 0; i < 5; ++i)
        flow.add(item(40));
    const auto pages = flow.paginate(100);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].size() == 2);
    CHECK(pages[1].size() == 2);
    CHECK(pages[2].size() == 1);
    CHECK(pages[1][1].y == 40);
}

TEST_CASE("a kept item moves to the next page with its follower", "[documents][flow]")
{
    Flow flow;
    flow.add(item(70));
    flow.add(item(20, true));  // group header
    flow.add(item(30));        // first row: does not fit below the header
    const auto pages = flow.paginate(100);
    REQUIRE(pages.size() == 2);
    CHECK(heights(pages[0]) == QList<qreal>{70});
    CHECK(heights(pages[1]) == QList<qreal>{20, 30});
}

TEST_CASE("repeated header opens each continuation page, space before is dropped at the top", "[documents][flow]")
{
    Flow flow;
    const int header = flow.addRepeatedHeader(item(10));
    flow.add(item(10, true));
    for (int i = 0; i < 6; ++i) {
        FlowItem row = item(30, false, header);
        row.spaceBefore = 5;
        flow.add(row);
    }
    const auto pages = flow.paginate(100);
    REQUIRE(pages.size() == 3);
    CHECK(heights(pages[0]) == QList<qreal>{10, 30, 30});
    CHECK(pages[0][2].y == 10 + 5 + 30 + 5);
    CHECK(heights(pages[1]) == QList<qreal>{10, 30, 30});
    CHECK(pages[1][1].y == 10);
    CHECK(heights(pages[2]) == QList<qreal>{10, 30, 30});
}

TEST_CASE("forced break and too-tall chains", "[documents][flow]")
{
    Flow flow;
    flow.add(item(10));
    FlowItem breaker = item(10);
    breaker.breakBefore = true;
    flow.add(breaker);
    flow.add(item(60, true));
    flow.add(item(60, true));
    flow.add(item(60));  // chain of 180 cannot fit anywhere: items then go one by one
    const auto pages = flow.paginate(100);
    REQUIRE(pages.size() == 4);
    CHECK(heights(pages[0]) == QList<qreal>{10});
    CHECK(heights(pages[1]) == QList<qreal>{10, 60});
    CHECK(heights(pages[2]) == QList<qreal>{60});
    CHECK(Flow().paginate(100).size() == 1);
}

TEST_CASE("column widths follow weights and respect minimums", "[documents][flow]")
{
    const QList<qreal> plain = TableBuilder::widthsFromWeights({1, 3}, 100);
    CHECK(plain[0] == Approx(25));
    CHECK(plain[1] == Approx(75));
    const QList<qreal> fitted = TableBuilder::widthsWithMinimums({1, 1, 2}, {40, 0, 0}, 100);
    CHECK(fitted[0] == Approx(40));
    CHECK(fitted[1] == Approx(20));
    CHECK(fitted[2] == Approx(40));
    const QList<qreal> squeezed = TableBuilder::widthsWithMinimums({1, 1}, {150, 50}, 100);
    CHECK(squeezed[0] == Approx(75));
    CHECK(squeezed[1] == Approx(25));
}
