#include <catch2/catch.hpp>

#include "core/io/BallotCsv.h"

using namespace proxima::io;

TEST_CASE("Ballot CSV: ranks with blanks and ties", "[io][csv]")
{
    auto r = parseBallotCsv("Parking;\"Noise; night\";Litter\r\n1;2;\r\n2;1;1\r\n\r\n;;\n", QStringLiteral("b.csv"),
                            BallotCsvKind::Ranks, QStringLiteral("paper"));
    REQUIRE(r.ok());
    CHECK(r->candidates ==
          QStringList{QStringLiteral("Parking"), QStringLiteral("Noise; night"), QStringLiteral("Litter")});
    REQUIRE(r->election.ranked.size() == 3);
    CHECK(r->election.ranked[0].tiers == std::vector<std::vector<int>>{{0}, {1}});
    CHECK(r->election.ranked[1].tiers == std::vector<std::vector<int>>{{1, 2}, {0}});
    CHECK(r->election.ranked[2].tiers.empty());
    CHECK(r->election.ranked[0].channel == QStringLiteral("paper"));
}

TEST_CASE("Ballot CSV: values", "[io][csv]")
{
    auto r = parseBallotCsv("A,B,C\n2,,1\n0,1\n", QStringLiteral("d.csv"), BallotCsvKind::Values);
    REQUIRE(r.ok());
    REQUIRE(r->election.scored.size() == 2);
    CHECK(r->election.scored[0].values == std::vector<qint64>{2, 0, 1});
    CHECK(r->election.scored[1].values == std::vector<qint64>{0, 1, 0});
}

TEST_CASE("Ballot CSV: errors name file, line and column", "[io][csv]")
{
    CHECK(parseBallotCsv("A,B\n1,x\n", QStringLiteral("b.csv"), BallotCsvKind::Ranks).error().toString() ==
          QStringLiteral("b.csv:2: B: rank \"x\" is not a whole number from 1"));
    CHECK(parseBallotCsv("A,B\n1,2\n0,1\n", QStringLiteral("b.csv"), BallotCsvKind::Ranks).error().toString() ==
          QStringLiteral("b.csv:3: A: rank \"0\" is not a whole number from 1"));
    CHECK(parseBallotCsv("A,B\n1,-1\n", QStringLiteral("b.csv"), BallotCsvKind::Values).error().toString() ==
          QStringLiteral("b.csv:2: B: \"-1\" is not a whole number from 0"));
    CHECK(parseBallotCsv("A,A\n", QStringLiteral("b.csv"), BallotCsvKind::Ranks).error().toString() ==
          QStringLiteral("b.csv:1: column 2: candidate \"A\" named twice"));
    CHECK(parseBallotCsv("A,B\n1,2,3\n", QStringLiteral("b.csv"), BallotCsvKind::Ranks).error().toString() ==
          QStringLiteral("b.csv:2: 3 cells, the header has 2 candidates"));
    CHECK(parseBallotCsv("A,B\n\"1,2\n", QStringLiteral("b.csv"), BallotCsvKind::Ranks).error().toString() ==
          QStringLiteral("b.csv:2: unclosed quote"));
}
