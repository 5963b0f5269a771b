#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"

#include "TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace proxima;

namespace {

QString loadError(const QByteArray& text)
{
    const auto document = io::PabulibReader::parse(text, QStringLiteral("bad.pb"));
    if (!document)
        return document.error().toString();
    const auto instance = io::PabulibReader::toInstance(*document, QStringLiteral("bad.pb"));
    return instance ? QString() : instance.error().toString();
}

const QByteArray kHead = "META\nkey;value\nbudget;100\nnum_projects;2\nnum_votes;2\nPROJECTS\nproject_id;cost\n";

} // namespace

TEST_CASE("pabulib: untidy but valid file loads exactly", "[io][pabulib]")
{
    const auto instance = io::PabulibReader::load(test::dataPath(QStringLiteral("budgeting/untidy.pb")));
    REQUIRE(instance.ok());
    CHECK(instance->name == QStringLiteral("Untidy; but valid"));
    CHECK(instance->resources.at(0).capacity == mpq_class(2001, 2));
    REQUIRE(instance->projects.size() == 3);
    CHECK(instance->projects[0].id == QStringLiteral("007"));
    CHECK(instance->projects[1].id == QStringLiteral("7"));
    CHECK(instance->projects[0].name == QStringLiteral("Benches; park"));
    CHECK(instance->projects[2].name == QStringLiteral("Say \"hi\""));
    CHECK(instance->projects[0].cost.at(0) == 400);
    CHECK(instance->projects[1].cost.at(0) == mpq_class(1201, 4));
    REQUIRE(instance->ballots.size() == 4);
    CHECK(instance->ballots[0].projects == std::vector<int>{0, 1});
    CHECK(instance->ballots[1].projects.empty());
    CHECK(instance->ballots[2].projects.empty());
    CHECK(instance->ballots[3].projects == std::vector<int>{2, 1});
}

TEST_CASE("pabulib: round trip import, export, import is identical", "[io][pabulib]")
{
    for (const char* name : {"budgeting/untidy.pb", "samples/Poland_Warszawa_2019_Anin.pb"}) {
        const auto first = io::PabulibReader::readDocument(test::dataPath(QString::fromLatin1(name)));
        REQUIRE(first.ok());
        const QByteArray written = io::PabulibWriter::write(*first);
        const auto second = io::PabulibReader::parse(written, QStringLiteral("again.pb"));
        REQUIRE(second.ok());
        CHECK(first->sameContent(*second));
        CHECK(io::PabulibWriter::write(*second) == written);
    }
    // From an instance: the exported file describes the same election.
    const auto instance = io::PabulibReader::load(test::dataPath(QStringLiteral("budgeting/untidy.pb")));
    REQUIRE(instance.ok());
    const auto back = io::PabulibReader::toInstance(
        *io::PabulibReader::parse(io::PabulibWriter::write(io::PabulibWriter::fromInstance(*instance)), {}), {});
    REQUIRE(back.ok());
    CHECK(back->resources[0].capacity == instance->resources[0].capacity);
    CHECK(back->projects[1].cost == instance->projects[1].cost);
    CHECK(back->ballots[3].projects == instance->ballots[3].projects);
}

TEST_CASE("pabulib: malformed files are errors with line and field", "[io][pabulib]")
{
    CHECK(loadError("META\nkey;value\nbudget;100\nVOTES\nvoter_id;vote\n")
          == QStringLiteral("bad.pb: PROJECTS: the section PROJECTS is missing"));
    CHECK(loadError(kHead + "1;10\n2;20\n3;30\nVOTES\nvoter_id;vote\nv1;1\nv2;2\n")
          == QStringLiteral("bad.pb:4: num_projects: META says 2 projects but PROJECTS has 3 rows"));
    CHECK(loadError(kHead + "1;10\n2;20\nVOTES\nvoter_id;vote\nv1;1\n")
          == QStringLiteral("bad.pb:5: num_votes: META says 2 votes but VOTES has 1 rows"));
    CHECK(loadError(kHead + "1;10\n2;20\nVOTES\nvoter_id;vote\nv1;1\nv2;1,9\n")
          == QStringLiteral("bad.pb:13: vote: voter v2 votes for 9, which is not in PROJECTS"));
    CHECK(loadError(kHead + "1;10\n2;ten\nVOTES\nvoter_id;vote\nv1;1\nv2;2\n")
          == QStringLiteral("bad.pb:9: cost: the cost \"ten\" of project 2 is not a number"));
    CHECK(loadError(kHead + "1;10\n1;20\nVOTES\nvoter_id;vote\nv1;1\nv2;1\n")
          == QStringLiteral("bad.pb:9: project_id: the project id 1 appears twice"));
    CHECK(loadError("META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n")
          == QStringLiteral("bad.pb:3: budget: the budget \"lots\" is not a number"));
    CHECK(loadError("hello\nMETA\n") == QStringLiteral("bad.pb:1: expected a section name (META, PROJECTS or VOTES)"));
}

TEST_CASE("pabulib: cumulative ballots carry points", "[io][pabulib]")
{
    const QByteArray text = "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n2;50\n"
                            "VOTES\nvoter_id;vote;points\nv1;1,2;3,7\nv2;2;10\n";
    const auto instance = io::PabulibReader::toInstance(*io::PabulibReader::parse(text, {}), {});
    REQUIRE(instance.ok());
    CHECK(instance->support() == std::vector<qint64>{3, 17});
    CHECK(loadError("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n"
                    "VOTES\nvoter_id;vote;points\nv1;1;x\n")
          == QStringLiteral("bad.pb:10: points: the points \"x\" of voter v1 are not a whole number"));
}
