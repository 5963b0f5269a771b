// pabulib files as they come from elsewhere: each quirk seen in the wild either loads exactly or is refused with
// file:line:field. Every input is built here, so the test shows what is accepted.
#include "core/io/PabulibReader.h"

#include <catch2/catch.hpp>

using namespace proxima;

namespace {

Result<budgeting::BudgetInstance> load(const QByteArray& text)
{
    const auto document = io::PabulibReader::parse(text, QStringLiteral("wild.pb"));
    if (!document)
        return document.error();
    return io::PabulibReader::toInstance(*document, QStringLiteral("wild.pb"));
}

QString errorOf(const QByteArray& text)
{
    const auto instance = load(text);
    return instance ? QStringLiteral("(ok)") : instance.error().toString();
}

const QByteArray kMeta = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n2;20\nVOTES\nvoter_id;vote\n";

} // namespace

TEST_CASE("pabulib: BOM, CRLF, trailing semicolons, quoted numbers and comma decimals load exactly", "[io][pabulib]")
{
    const QByteArray text = "\xEF\xBB\xBFMETA;\r\n"
                            "key;value;\r\n"
                            "description;Wild file;\r\n"
                            "budget;\"1000,50\";\r\n"
                            "num_projects;\"3\"\r\n"
                            "num_votes;4;;\r\n"
                            "comment;\r\n"
                            "PROJECTS\r\n"
                            "project_id;cost;name;\r\n"
                            "1;\"250,25\";Benches;\r\n"
                            "2;\"400\";Lights\r\n"
                            "3;100.5;Nobody votes for this;;\r\n"
                            ";;;\r\n"
                            "VOTES\r\n"
                            "voter_id;vote;\r\n"
                            "v1;\"1,2\";\r\n"
                            "v2;\r\n"
                            "\r\n"
                            "v3;;\r\n"
                            "v4; 2 ,1\r\n";
    const auto instance = load(text);
    REQUIRE(instance.ok());
    CHECK(instance->name == QStringLiteral("Wild file"));
    CHECK(instance->resources.at(0).capacity == mpq_class(2001, 2));
    REQUIRE(instance->projects.size() == 3);
    CHECK(instance->projects[0].cost.at(0) == mpq_class(1001, 4));
    CHECK(instance->projects[1].cost.at(0) == 400);
    CHECK(instance->projects[2].cost.at(0) == mpq_class(201, 2));
    CHECK(instance->projects[2].name == QStringLiteral("Nobody votes for this"));
    REQUIRE(instance->ballots.size() == 4);
    CHECK(instance->ballots[0].projects == std::vector<int>{0, 1});
    CHECK(instance->ballots[1].projects.empty());   // a voter with no vote
    CHECK(instance->ballots[2].projects.empty());
    CHECK(instance->ballots[3].projects == std::vector<int>{1, 0});
    CHECK(instance->support() == std::vector<qint64>{2, 2, 0});
    // Leading zeros are decimal, not octal (found by fuzzing: "0100" read as 64, "09" threw out of the reader).
    const auto zeros = load("META\nkey;value\nbudget;0900,50\nPROJECTS\nproject_id;cost\n1;0100\nVOTES\nvoter_id;vote\n");
    REQUIRE(zeros.ok());
    CHECK(zeros->resources.at(0).capacity == mpq_class(1801, 2));
    CHECK(zeros->projects.at(0).cost.at(0) == 100);
    // The same file with old Mac line ends (CR only) reads the same.
    QByteArray cr = text;
    cr.replace("\r\n", "\r");
    const auto again = load(cr);
    REQUIRE(again.ok());
    CHECK(again->ballots.size() == 4);
    CHECK(again->projects[0].cost == instance->projects[0].cost);
}

TEST_CASE("pabulib: what cannot be read right is refused with file, line and field", "[io][pabulib]")
{
    CHECK(errorOf(kMeta + "v1;1;extra;fields\n") == QStringLiteral("wild.pb:10: VOTES: 4 fields where the header has 2"));
    CHECK(errorOf(kMeta + "v1;1,2,1\n") == QStringLiteral("wild.pb:10: vote: voter v1 lists project 1 twice"));
    CHECK(errorOf(kMeta + "v1;1\nv2;2\nv1;2\n") ==
          QStringLiteral("wild.pb:12: voter_id: the voter id v1 appears twice (first on line 10)"));
    CHECK(errorOf(QByteArray("META\nkey;value\ndescription;a") + QByteArray(1, '\0') + "b\n") ==
          QStringLiteral("wild.pb:3: META: control character U+0000 in the text"));
    CHECK(errorOf(QByteArray("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;5") + QByteArray(1, '\0') +
                  "\n") == QStringLiteral("wild.pb:6: PROJECTS: control character U+0000 in the text"));
    CHECK(errorOf("META\nkey;value\nbudget;100\nPROJECTS\nid;cost\n1;10\nVOTES\nvoter_id;vote\n") ==
          QStringLiteral("wild.pb:5: project_id: the PROJECTS header needs the columns project_id and cost"));
    CHECK(errorOf("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;choice\nv1;1\n") ==
          QStringLiteral("wild.pb:8: vote: the VOTES header needs the column vote"));
    CHECK(errorOf("META\nkey;value\nbudget;1.000,50\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n") ==
          QStringLiteral("wild.pb:3: budget: the budget \"1.000,50\" is not a number"));
    CHECK(errorOf("META\nkey;value\nbudget;-10\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n") ==
          QStringLiteral("wild.pb:3: budget: the budget must not be negative (\"-10\")"));
    CHECK(errorOf("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\nP1;-1,5\nVOTES\nvoter_id;vote\n") ==
          QStringLiteral("wild.pb:6: cost: the cost of project P1 must not be negative (\"-1,5\")"));
    // Ordinal votes do not use points, but points that are not numbers are not skipped in silence.
    CHECK(errorOf("META\nkey;value\nbudget;100\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;10\n2;20\nVOTES\n"
                  "voter_id;vote;points\nv1;2,1;2,1\nv2;1;NaN\n") ==
          QStringLiteral("wild.pb:12: points: the points \"NaN\" of voter v2 are not a whole number"));
    // Found by fuzzing: a header row of one empty quoted name wrote back as a blank line.
    CHECK(errorOf("META\nkey;value\nbudget;10\nPROJECTS\n\"\"\nVOTES\nvoter_id;vote\n") ==
          QStringLiteral("wild.pb:5: PROJECTS: the header row names no column"));
    // Points of 2^63-1 twice would wrap the project's support to a negative number.
    const QByteArray cumulative = "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n"
                                  "VOTES\nvoter_id;vote;points\nv1;1;9223372036854775807\nv2;1;9223372036854775807\n";
    CHECK(errorOf(cumulative) ==
          QStringLiteral("wild.pb:11: points: the points of all voters add up to more than 9223372036854775807"));
}
