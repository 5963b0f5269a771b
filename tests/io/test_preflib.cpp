#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "core/io/PrefLib.h"
#include "core/voting/Tally.h"

using namespace proxima::io;
using proxima::test::dataPath;
using proxima::test::readAll;

namespace {
QString errorOf(const char* text, const char* name = "x.toi")
{
    auto r = parsePrefLib(QByteArray(text), QString::fromUtf8(name));
    return r.ok() ? QStringLiteral("(ok)") : r.error().toString();
}

const char* kHeader = "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 3\n# NUMBER UNIQUE ORDERS: 2\n"
                      "# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n";
} // namespace

TEST_CASE("PrefLib: the 45-voter sample reads and tallies to the known results", "[io][preflib]")
{
    auto r = readPrefLib(dataPath(QStringLiteral("samples/schulze_wikipedia_45voters.soc")));
    REQUIRE(r.ok());
    CHECK(r->type == PrefLibType::Soc);
    CHECK(r->alternatives == 5);
    CHECK(r->names == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                  QStringLiteral("E")});
    CHECK(r->voters() == 45);
    REQUIRE(r->orders.size() == 8);
    CHECK(r->orders[0].count == 5);
    CHECK(r->orders[0].tiers == std::vector<std::vector<int>>{{1}, {3}, {2}, {5}, {4}});
    const auto election = toElection(*r);
    proxima::voting::TallyOptions o;
    o.method = proxima::voting::Method::Schulze;
    auto schulze = proxima::voting::tally(election, o);
    REQUIRE(schulze.ok());
    CHECK(schulze->ranking == proxima::voting::Tiers{{4}, {0}, {2}, {1}, {3}});
    o.method = proxima::voting::Method::Plurality;
    CHECK(proxima::voting::tally(election, o)->scores[2] == 12);
}

TEST_CASE("PrefLib: export reproduces the sample and round-trips", "[io][preflib]")
{
    const QString path = dataPath(QStringLiteral("samples/schulze_wikipedia_45voters.soc"));
    auto first = readPrefLib(path);
    REQUIRE(first.ok());
    const QByteArray written = writePrefLib(*first);
    CHECK(written == readAll(path));
    auto second = parsePrefLib(written, QStringLiteral("again.soc"));
    REQUIRE(second.ok());
    CHECK(*second == *first);
}

TEST_CASE("PrefLib: orders with ties, incomplete, CRLF, BOM and spaces", "[io][preflib]")
{
    const QByteArray text = "\xEF\xBB\xBF# DATA TYPE: toi\r\n# NUMBER ALTERNATIVES: 4\r\n# NUMBER VOTERS: 5\r\n"
                            "# NUMBER UNIQUE ORDERS: 2\r\n# ALTERNATIVE NAME 1: Parking\r\n\r\n"
                            "3:  2 , { 1 , 3 }\r\n2: 4\r\n";
    auto r = parsePrefLib(text, QStringLiteral("t.toi"));
    REQUIRE(r.ok());
    CHECK(r->names ==
          QStringList{QStringLiteral("Parking"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(r->orders[0].tiers == std::vector<std::vector<int>>{{2}, {1, 3}});
    CHECK(r->orders[1].count == 2);
    auto again = parsePrefLib(writePrefLib(*r), QStringLiteral("t.toi"));
    REQUIRE(again.ok());
    CHECK(*again == *r);
    const auto e = toElection(*r);
    CHECK(e.ranked[0].tiers == std::vector<std::vector<int>>{{1}, {0, 2}});
    CHECK(e.ranked[0].weight == 3);
    CHECK(e.ranked[0].channel == QStringLiteral("import"));
}

TEST_CASE("PrefLib: the older format is accepted", "[io][preflib]")
{
    auto r = parsePrefLib("3\n1,A\n2,B\n3,C\n4,4,2\n3,1,2,3\n1,3,2,1\n", QStringLiteral("old.soc"));
    REQUIRE(r.ok());
    CHECK(r->voters() == 4);
    CHECK(r->orders[1].tiers == std::vector<std::vector<int>>{{3}, {2}, {1}});
    // Totals that disagree with the orders are reported, not refused (see test_preflib_wild.cpp).
    const auto short1 = parsePrefLib("3\n1,A\n2,B\n3,C\n4,4,2\n3,1,2,3\n", QStringLiteral("old.soc"));
    REQUIRE(short1.ok());
    REQUIRE(short1->warnings.size() == 2);
    CHECK(short1->warnings[0].toString() ==
          QStringLiteral("old.soc:5: the totals line says 4 voters, the counts add up to 3; the counts are used"));
}

TEST_CASE("PrefLib: malformed inputs, each with the exact error", "[io][preflib]")
{
    CHECK(errorOf((QByteArray(kHeader) + "2: 1,4\n1: 2\n").constData()) ==
          QStringLiteral("x.toi:8: unknown alternative 4 (there are 3)"));
    CHECK(errorOf((QByteArray(kHeader) + "2: 1,2,1\n1: 2\n").constData()) ==
          QStringLiteral("x.toi:8: alternative 1 appears twice"));
    CHECK(errorOf((QByteArray(kHeader) + "0: 1,2\n3: 2\n").constData()) ==
          QStringLiteral("x.toi:8: count \"0\" is not a positive whole number"));
    CHECK(errorOf((QByteArray(kHeader) + "2.5: 1,2\n1: 2\n").constData()) ==
          QStringLiteral("x.toi:8: count \"2.5\" is not a positive whole number"));
    CHECK(errorOf((QByteArray(kHeader) + "2: 1,2\n1: {2,3\n").constData()) ==
          QStringLiteral("x.toi:9: unclosed \"{\" in the order"));
    CHECK(errorOf((QByteArray(kHeader) + "2: 1;2\n1: 2\n").constData()) ==
          QStringLiteral("x.toi:8: unexpected \";\" in the order"));
    CHECK(errorOf((QByteArray(kHeader) + "2 1,2\n1: 2\n").constData()) ==
          QStringLiteral("x.toi:8: expected \"count: order\""));
    // Orders that need a wider type than declared widen it, with a warning on the first such line.
    const auto toc = parsePrefLib("# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 3\n2: {3,1},2\n1: {1,2}\n",
                                  QStringLiteral("c.toc"));
    REQUIRE(toc.ok());
    CHECK(toc->type == PrefLibType::Toi);
    REQUIRE(toc->warnings.size() == 1);
    CHECK(toc->warnings[0].toString() == QStringLiteral("c.toc:4: incomplete order in a .toc file: 2 of 3 "
                                                        "alternatives ranked; the orders are read as .toi"));
    CHECK(errorOf("# DATA TYPE: xyz\n", "m.toi") ==
          QStringLiteral("m.toi:1: DATA TYPE \"xyz\" is not soc, soi, toc or toi"));
    CHECK(errorOf("# DATA TYPE: toi\n1: 1\n", "m.toi") == QStringLiteral("(ok)"));
    CHECK(errorOf("# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 2\n1: 1\n# TITLE: late\n", "m.toi") ==
          QStringLiteral("m.toi:4: header line after the orders"));
    CHECK(errorOf("# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 3: Z\n", "m.toi") ==
          QStringLiteral("m.toi:2: ALTERNATIVE NAME 3 but there are 2 alternatives"));
    CHECK(errorOf("", "e.toi") == QStringLiteral("e.toi: the file is empty"));
}

TEST_CASE("PrefLib: from ballots picks the narrowest type and merges identical orders", "[io][preflib]")
{
    proxima::voting::Election e;
    e.candidateCount = 3;
    e.ranked = {{{{0}, {1}}, 2, {}}, {{{2}, {0, 1}}, 1, {}}, {{{0}, {1}}, 1, {}}};
    const PrefLibData d = fromElection(e, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(d.type == PrefLibType::Toi);
    REQUIRE(d.orders.size() == 2);
    CHECK(d.orders[0].count == 3);
    CHECK(QString::fromUtf8(writePrefLib(d)).endsWith(QStringLiteral("3: 1,2\n1: 3,{1,2}\n")));
}
