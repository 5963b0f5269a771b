// PrefLib files as found elsewhere: without the NUMBER lines, in the layout used before 2022, with counts that
// disagree with the orders, with line ends of any system; and the limits that keep totals exact.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "core/io/PrefLib.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace proxima::io;

namespace {

using Tiers = std::vector<std::vector<int>>;

PrefLibData read(const QByteArray& text, const char* name)
{
    auto r = parsePrefLib(text, QString::fromUtf8(name));
    if (!r.ok())
        FAIL(r.error().toString().toStdString());
    return std::move(r).value();
}

QString errorOf(const QByteArray& text, const char* name)
{
    auto r = parsePrefLib(text, QString::fromUtf8(name));
    return r.ok() ? QStringLiteral("(ok)") : r.error().toString();
}

QStringList warningsOf(const PrefLibData& data)
{
    QStringList list;
    for (const auto& w : data.warnings)
        list << w.toString();
    return list;
}


// stderr of a child process without Qt's notes about the environment (XDG_RUNTIME_DIR unset on build machines).
QString ownLines(const QString& err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("PrefLib: without NUMBER lines the names and the orders give the counts", "[io][preflib]")
{
    const PrefLibData d = read("# FILE NAME: x.soi\n# DATA TYPE: soi\n# ALTERNATIVE NAME 1: Parking\n"
                               "# ALTERNATIVE NAME 2: Noise\n3: 1,3\n2: 2\n",
                               "x.soi");
    CHECK(d.type == PrefLibType::Soi);
    CHECK(d.alternatives == 3);
    CHECK(d.names == QStringList{QStringLiteral("Parking"), QStringLiteral("Noise"), QStringLiteral("3")});
    CHECK(d.voters() == 5);
    CHECK(d.orders[0].tiers == Tiers{{1}, {3}});
    CHECK(d.warnings.empty());
    // A name beyond every order still counts as an alternative.
    CHECK(read("# ALTERNATIVE NAME 4: Late\n1: 1,2\n", "y.toi").alternatives == 4);
    // No header at all: the type is the narrowest that fits (here complete and strict).
    const PrefLibData bare = read("2: 2,1\n1: 1,2\n", "bare.txt");
    CHECK(bare.type == PrefLibType::Soc);
    CHECK(bare.alternatives == 2);
    CHECK(read("2: 2,{1,3}\n1: 1\n", "bare").type == PrefLibType::Toi);
}

TEST_CASE("PrefLib: the layout before 2022, with its full grammar", "[io][preflib]")
{
    // Names in any order, ties in braces, an incomplete order, CRLF line ends, blank lines.
    const QByteArray toc = "4\r\n2,Bob\r\n1,Alice\r\n3,Carol, Jr.\r\n4,Dan\r\n\r\n6,6,3\r\n3,1,{2,3},4\r\n"
                           "2,{4,3,2,1}\r\n1,3,2,1,4\r\n";
    const PrefLibData d = read(toc, "old.toc");
    CHECK(d.type == PrefLibType::Toc);
    CHECK(d.names == QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol, Jr."),
                                 QStringLiteral("Dan")});
    REQUIRE(d.orders.size() == 3);
    CHECK(d.orders[0] == PrefLibOrder{3, Tiers{{1}, {2, 3}, {4}}});
    CHECK(d.orders[1] == PrefLibOrder{2, Tiers{{4, 3, 2, 1}}});
    CHECK(d.warnings.empty());
    // CR-only line ends (old Mac tools) and incomplete .soi orders.
    const PrefLibData soi = read("3\r1,A\r2,B\r3,C\r5,5,3\r2,1,2\r2,3\r1,2,3,1\r", "old.soi");
    CHECK(soi.type == PrefLibType::Soi);
    CHECK(soi.orders[1].tiers == Tiers{{3}});
    CHECK(soi.voters() == 5);
    CHECK(soi.warnings.empty());
    // Ties in a .soi file (found in files of that time): read as toi, with a warning on the line.
    const PrefLibData tied = read("3\n1,A\n2,B\n3,C\n3,3,2\n2,1,{2,3}\n1,2\n", "tied.soi");
    CHECK(tied.type == PrefLibType::Toi);
    CHECK(tied.orders[0].tiers == Tiers{{1}, {2, 3}});
    CHECK(warningsOf(tied) ==
          QStringList{QStringLiteral("tied.soi:6: tie in a .soi file (strict orders only); the orders are read as "
                                     ".toi")});
    // Without a known extension the data gives the type.
    CHECK(read("2\n1,A\n2,B\n1,1,1\n1,2,1\n", "old.txt").type == PrefLibType::Soc);
}

TEST_CASE("PrefLib: stated counts that disagree with the orders are warnings", "[io][preflib]")
{
    const QByteArray header = "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 9\n"
                              "# NUMBER UNIQUE ORDERS: 5\n# ALTERNATIVE NAME 1: A\n";
    const PrefLibData d = read(header + "2: 1,2\n1: 3\n", "x.toi");
    CHECK(d.voters() == 3);
    CHECK(warningsOf(d) ==
          QStringList{QStringLiteral("x.toi:3: NUMBER VOTERS says 9, the counts add up to 3; the counts are used"),
                      QStringLiteral("x.toi:4: NUMBER UNIQUE ORDERS says 5, 2 orders are listed")});
    const PrefLibData old = read("3\n1,A\n2,B\n3,C\n4,7,3\n3,1,2,3\n", "old.soc");
    CHECK(warningsOf(old) ==
          QStringList{QStringLiteral("old.soc:5: the totals line says 4 voters, the counts add up to 3; the counts "
                                     "are used"),
                      QStringLiteral("old.soc:5: the totals line says the counts add up to 7, they add up to 3"),
                      QStringLiteral("old.soc:5: the totals line says 3 unique orders, 1 are listed")});
    // The declared type wins over the extension, and orders that need a wider type widen it.
    const PrefLibData typed = read("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 3\n1: 1,2,3\n2: 2\n", "m.toc");
    CHECK(typed.type == PrefLibType::Soi);
    CHECK(warningsOf(typed) ==
          QStringList{QStringLiteral("m.toc:1: DATA TYPE soc does not match the file extension .toc; the file is "
                                     "read as soc"),
                      QStringLiteral("m.toc:4: incomplete order in a .soc file: 1 of 3 alternatives ranked; the "
                                     "orders are read as .soi")});
    const PrefLibData empty = read("# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: X\n# ALTERNATIVE NAME 2: X\n"
                                   "2: 1\n3:\n1: \n",
                                   "e.soi");
    CHECK(warningsOf(empty) ==
          QStringList{QStringLiteral("e.soi:5: 2 order(s) rank no alternative (the first here): 4 voter(s) counted "
                                     "without a preference"),
                      QStringLiteral("e.soi:3: alternatives 1 and 2 have the same name \"X\"")});
    CHECK(read("# NUMBER VOTERS: many\n1: 1\n", "v.soi").warnings.front().toString() ==
          QStringLiteral("v.soi:1: NUMBER VOTERS \"many\" is not a whole number; ignored"));
}

TEST_CASE("PrefLib: totals stay exact or the file is refused", "[io][preflib]")
{
    // 2^62 twice would wrap to a negative number of ballots.
    CHECK(errorOf("1: 1\n4611686018427387904: 1\n4611686018427387904: 1\n", "big.soi") ==
          QStringLiteral("big.soi:3: the counts add up to more than 9223372036854775807 voters"));
    CHECK(errorOf("9223372036854775807: 1\n9223372036854775807: 1\n", "big.soi") ==
          QStringLiteral("big.soi:2: the counts add up to more than 9223372036854775807 voters"));
    CHECK(errorOf("9223372036854775808: 1\n", "big.soi") ==
          QStringLiteral("big.soi:1: count 9223372036854775808 is too large (at most 9223372036854775807)"));
    CHECK(read("4611686018427387904: 1\n4611686018427387903: 1\n", "big.soi").voters() ==
          std::numeric_limits<qint64>::max());
    CHECK(errorOf("# NUMBER ALTERNATIVES: 1000001\n", "n.soi") ==
          QStringLiteral("n.soi:1: NUMBER ALTERNATIVES \"1000001\" is not a whole number from 0 to 1000000"));
    CHECK(errorOf("1: 1,1000001\n", "n.soi") == QStringLiteral("n.soi:1: alternative 1000001 is out of range (1 to "
                                                               "1000000)"));
}

TEST_CASE("PrefLib: control characters are refused where they are", "[io][preflib]")
{
    CHECK(errorOf(QByteArray("# NUMBER ALTERNATIVES: 2\n5") + QByteArray(1, '\0') + ": 1,2\n", "nul.soc") ==
          QStringLiteral("nul.soc:2: control character U+0000 in the text"));
    CHECK(errorOf("2\n1,A\x01\n2,B\n1,1,1\n1,1,2\n", "c.soc") ==
          QStringLiteral("c.soc:2: control character U+0001 in the text"));
    // A tab is white space, not a control character to refuse.
    CHECK(read("1:\t1,\t2\n", "t.soc").orders[0].tiers == Tiers{{1}, {2}});
}

TEST_CASE("PrefLib: structural defects of the old layout are errors naming the line", "[io][preflib]")
{
    CHECK(errorOf("3\n1,A\n2,B\n", "o.soc") == QStringLiteral("o.soc:3: the file ends after 2 of the 3 alternatives"));
    CHECK(errorOf("2\n1,A\n1,B\n1,1,1\n1,1,2\n", "o.soc") ==
          QStringLiteral("o.soc:3: alternative 1 named twice (first on line 2)"));
    CHECK(errorOf("2\nA\n2,B\n", "o.soc") == QStringLiteral("o.soc:2: expected \"number,name\" for one of the 2 "
                                                            "alternatives"));
    CHECK(errorOf("2\n1,A\n2,B\n", "o.soc") ==
          QStringLiteral("o.soc:3: missing the line \"voters,sum of counts,unique orders\""));
    CHECK(errorOf("2\n1,A\n2,B\n1,1\n1,1,2\n", "o.soc") ==
          QStringLiteral("o.soc:4: expected \"voters,sum of counts,unique orders\" (three whole numbers)"));
    CHECK(errorOf("2\n1,A\n2,B\n1,1,1\n1,1,3\n", "o.soc") == QStringLiteral("o.soc:5: unknown alternative 3 (there "
                                                                            "are 2)"));
}

TEST_CASE("PrefLib: tally prints the reader's warnings on stderr and in the JSON", "[io][preflib][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("counts.soc"));
    proxima::test::writeAll(path, "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 10\n"
                                  "# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n2: 1,2\n1: 2,1\n");
    const auto human = proxima::test::runCli({QStringLiteral("tally"), path, QStringLiteral("--method=borda")});
    CHECK(human.exitCode == 0);
    CHECK(ownLines(human.err) == path + QStringLiteral(":3: warning: NUMBER VOTERS says 10, the counts add up to 3; the "
                                             "counts are used\n"));
    const auto json = proxima::test::runCli(
        {QStringLiteral("tally"), path, QStringLiteral("--method=borda"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object[QStringLiteral("ballots")].toInt() == 3);
    CHECK(object[QStringLiteral("warnings")].toArray() ==
          QJsonArray{path + QStringLiteral(":3: NUMBER VOTERS says 10, the counts add up to 3; the counts are used")});
}
