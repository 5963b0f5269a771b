#include "TestSupport.h"

#include "core/demo/DemoWorkspace.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/AssessmentRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/IncidentCountQueries.h"
#include "core/storage/repositories/MeasureRepository.h"
#include "core/storage/repositories/MeasureValues.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    qint64 caseId = 0;
    Fixture()
    {
        auto created = Workspace::create(dir.filePath(QStringLiteral("m.proxima")));
        REQUIRE(created.ok());
        ws = std::move(created.value());
        ProblemCase c;
        c.title = QStringLiteral("Bicycle theft");
        auto added = CaseRepository(*ws).add(c);
        REQUIRE(added.ok());
        caseId = added->id;
    }
    qint64 area(const QString& name) { return AreaRepository(*ws).idForName(name, true).value(); }
};

CaseMeasure theftMeasure(qint64 caseId)
{
    CaseMeasure m;
    m.caseId = caseId;
    m.what = QStringLiteral("Bicycle thefts at the racks");
    m.baselineFrom = QDate(2025, 8, 1);
    m.baselineTo = QDate(2025, 10, 31);
    m.baselineValue = 29;
    m.targetValue = 15;
    m.comparisonBaseline = 21;
    m.displacementBefore = 6;
    m.followUps = {{QDate(2026, 4, 1), QDate(2026, 6, 30), 15, 20, 7},
                   {QDate(2026, 7, 1), QDate(2026, 9, 30), 11, 22, 8}};
    return m;
}

Status addIncident(Workspace& ws, int n, const QString& day, const QString& category, qint64 areaId)
{
    return ws.write([&]() -> Status {
        QSqlQuery q(ws.database());
        return sql::exec(q,
                         QStringLiteral("INSERT INTO incidents (fingerprint, occurred_on, category, area_id) "
                                        "VALUES (?, ?, ?, ?)"),
                         {QStringLiteral("fp%1").arg(n), day, category, sql::nullable(areaId)});
    });
}

} // namespace

TEST_CASE("measures keep every field and their follow-ups, and conflicting saves are reported", "[storage]")
{
    Fixture f;
    MeasureRepository measures(*f.ws);
    CaseMeasure m = theftMeasure(f.caseId);
    m.source = MeasureSource::Incidents;
    m.incidentCategories = {QStringLiteral("Theft"), QStringLiteral("Bicycle theft")};
    m.areaId = f.area(QStringLiteral("Gare"));
    m.comparisonAreaId = f.area(QStringLiteral("Bruyères"));
    m.displacementAreaId = f.area(QStringLiteral("Parc"));
    m.higherIsBetter = true;
    m.followUps[1].comparisonValue.reset();
    auto added = measures.add(m);
    REQUIRE(added.ok());
    CHECK(added->revision == 1);
    CHECK(added->what == m.what);
    CHECK(added->source == MeasureSource::Incidents);
    CHECK(added->incidentCategories == m.incidentCategories);
    CHECK(added->areaName == QStringLiteral("Gare"));
    CHECK(added->comparisonAreaName == QStringLiteral("Bruyères"));
    CHECK(added->displacementAreaName == QStringLiteral("Parc"));
    CHECK(added->higherIsBetter);
    CHECK(added->baselineFrom == QDate(2025, 8, 1));
    CHECK(added->baselineTo == QDate(2025, 10, 31));
    CHECK(added->baselineValue == 29.0);
    CHECK(added->targetValue == 15.0);
    CHECK(added->comparisonBaseline == 21.0);
    CHECK(added->displacementBefore == 6.0);
    CHECK(added->followUps == m.followUps);
    CHECK_FALSE(added->followUps[1].comparisonValue.has_value());

    // Empty optionals stay empty.
    CaseMeasure bare;
    bare.caseId = f.caseId;
    bare.what = QStringLiteral("Residents feeling safe");
    auto bareAdded = measures.add(bare);
    REQUIRE(bareAdded.ok());
    CHECK_FALSE(bareAdded->baselineValue.has_value());
    CHECK_FALSE(bareAdded->targetValue.has_value());
    CHECK(bareAdded->followUps.isEmpty());
    CHECK(bareAdded->source == MeasureSource::Manual);
    REQUIRE(measures.listForCase(f.caseId)->size() == 2);
    CHECK(measures.listForCase(f.caseId)->first().id == added->id);

    CaseMeasure mine = added.value();
    CaseMeasure theirs = added.value();
    mine.followUps.removeFirst();
    mine.targetValue.reset();
    auto saved = measures.update(mine);
    REQUIRE(saved.ok());
    CHECK(saved->revision == 2);
    CHECK(saved->followUps.size() == 1);
    CHECK(saved->followUps.first().value == 11.0);
    CHECK_FALSE(saved->targetValue.has_value());
    theirs.what = QStringLiteral("Thefts");
    auto refused = measures.update(theirs);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(measures.update(theirs, OnConflict::Overwrite).ok());
    CHECK(measures.find(added->id)->what == QStringLiteral("Thefts"));

    const Status stale = measures.remove(added->id, 1);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    REQUIRE(measures.remove(added->id, 3).ok());
    CHECK(measures.find(added->id).error().code == ErrorCode::NotFound);
    QSqlQuery q(f.ws->database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM measure_followups")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("measure validation names the field", "[storage]")
{
    const qint64 caseId = 1;
    CaseMeasure m = theftMeasure(caseId);
    CHECK(MeasureRepository::validate(m).ok());
    auto fieldOf = [](const CaseMeasure& bad) { return MeasureRepository::validate(bad).error().field; };
    CaseMeasure noWhat = m;
    noWhat.what = QStringLiteral("  ");
    CHECK(fieldOf(noWhat) == QStringLiteral("what"));
    CaseMeasure halfPeriod = m;
    halfPeriod.baselineTo = QDate();
    CHECK(fieldOf(halfPeriod) == QStringLiteral("baseline"));
    CaseMeasure backwards = m;
    backwards.followUps[0].to = QDate(2026, 1, 1);
    CHECK(fieldOf(backwards) == QStringLiteral("followUps"));
    CaseMeasure negative = m;
    negative.followUps[1].displacementValue = -1;
    CHECK(fieldOf(negative) == QStringLiteral("followUps"));
    CaseMeasure countedWithoutPeriod = m;
    countedWithoutPeriod.source = MeasureSource::Incidents;
    countedWithoutPeriod.baselineFrom = countedWithoutPeriod.baselineTo = QDate();
    CHECK(fieldOf(countedWithoutPeriod) == QStringLiteral("baseline"));
}

TEST_CASE("the assessment arithmetic works on a stored measure", "[storage]")
{
    Fixture f;
    auto added = MeasureRepository(*f.ws).add(theftMeasure(f.caseId));
    REQUIRE(added.ok());
    const sara::MeasureResult r = sara::evaluateMeasure(added->toSara());
    CHECK(*r.followUp.value == 11.0);
    CHECK(*r.absoluteChange.value == -18.0);
    CHECK(*r.percentChange.value == Approx(-62.0689655172).epsilon(1e-9));
    CHECK(*r.targetMet);
    CHECK(*r.improved);
    // (11 / 29) / (22 / 21) = 231 / 638
    CHECK(*r.relativeToComparison.value == Approx(231.0 / 638.0).epsilon(1e-12));

    const sara::DisplacementResult d = sara::weightedDisplacement(*added->responseCounts(),
                                                                  *added->displacementCounts(),
                                                                  *added->comparisonCounts());
    // success 11/22 - 29/21, buffer 8/22 - 6/21
    const double success = 11.0 / 22.0 - 29.0 / 21.0;
    const double buffer = 8.0 / 22.0 - 6.0 / 21.0;
    CHECK(*d.successMeasure.value == Approx(success));
    CHECK(*d.wdq.value == Approx(buffer / success));
    CHECK(d.verdict == sara::DisplacementVerdict::Displacement);

    CaseMeasure noFollowUp = added.value();
    noFollowUp.followUps.clear();
    CHECK_FALSE(noFollowUp.responseCounts().has_value());
    CHECK_FALSE(sara::evaluateMeasure(noFollowUp.toSara()).followUp.has());
}

TEST_CASE("measures counted from incidents take their values from the incident data", "[storage]")
{
    Fixture f;
    const qint64 a = f.area(QStringLiteral("Gare"));
    const qint64 b = f.area(QStringLiteral("Parc"));
    const qint64 c = f.area(QStringLiteral("Bruyères"));
    int n = 0;
    auto add = [&](int count, const QString& day, const QString& category, qint64 area) {
        for (int i = 0; i < count; ++i)
            REQUIRE(addIncident(*f.ws, ++n, day, category, area).ok());
    };
    // Before (2026-01): A 10, B 4, C 8; after (2026-03): A 4, B 5, C 8. Noise: another category, another month.
    add(10, QStringLiteral("2026-01-15"), QStringLiteral("Theft"), a);
    add(4, QStringLiteral("2026-01-31"), QStringLiteral("theft"), b);
    add(8, QStringLiteral("2026-01-01"), QStringLiteral("Theft"), c);
    add(4, QStringLiteral("2026-03-10"), QStringLiteral("Theft"), a);
    add(5, QStringLiteral("2026-03-31"), QStringLiteral("Theft"), b);
    add(8, QStringLiteral("2026-03-02"), QStringLiteral("THEFT"), c);
    add(7, QStringLiteral("2026-01-10"), QStringLiteral("Burglary"), a);
    add(3, QStringLiteral("2026-02-10"), QStringLiteral("Theft"), a);

    IncidentCountQueries counts(*f.ws);
    const QStringList theft{QStringLiteral("Theft")};
    CHECK(counts.count(a, theft, QDate(2026, 1, 1), QDate(2026, 1, 31)).value() == 10);
    CHECK(counts.count(a, {}, QDate(2026, 1, 1), QDate(2026, 1, 31)).value() == 17);
    CHECK(counts.count(0, theft, QDate(2026, 1, 1), QDate(2026, 1, 31)).value() == 22);
    CHECK(counts.count(a, theft, QDate(2026, 1, 1), QDate(2026, 3, 31)).value() == 17);
    CHECK(counts.count(a, {QStringLiteral("Graffiti")}, QDate(2026, 1, 1), QDate(2026, 12, 31)).value() == 0);
    CHECK_FALSE(counts.count(a, theft, QDate(), QDate(2026, 1, 31)).ok());

    CaseMeasure m;
    m.caseId = f.caseId;
    m.what = QStringLiteral("Thefts");
    m.source = MeasureSource::Incidents;
    m.incidentCategories = theft;
    m.areaId = a;
    m.comparisonAreaId = c;
    m.displacementAreaId = b;
    m.baselineFrom = QDate(2026, 1, 1);
    m.baselineTo = QDate(2026, 1, 31);
    m.baselineValue = 999;   // ignored: counted
    m.followUps = {{QDate(2026, 3, 1), QDate(2026, 3, 31), 0, std::nullopt, std::nullopt}};
    auto stored = MeasureRepository(*f.ws).add(m);
    REQUIRE(stored.ok());
    auto resolved = MeasureValues::resolve(*f.ws, stored.value());
    REQUIRE(resolved.ok());
    CHECK(resolved->baselineValue == 10.0);
    CHECK(resolved->comparisonBaseline == 8.0);
    CHECK(resolved->displacementBefore == 4.0);
    CHECK(resolved->followUps.first().value == 4.0);
    CHECK(resolved->followUps.first().comparisonValue == 8.0);
    CHECK(resolved->followUps.first().displacementValue == 5.0);

    const sara::DisplacementResult d = sara::weightedDisplacement(*resolved->responseCounts(),
                                                                  *resolved->displacementCounts(),
                                                                  *resolved->comparisonCounts());
    // success 4/8 - 10/8 = -0.75; buffer 5/8 - 4/8 = 0.125; WDQ = -1/6
    CHECK(*d.successMeasure.value == -0.75);
    CHECK(*d.bufferMeasure.value == 0.125);
    CHECK(*d.wdq.value == Approx(-1.0 / 6.0));
    CHECK(d.verdict == sara::DisplacementVerdict::Displacement);

    // A manual measure is left as entered.
    CaseMeasure manual = theftMeasure(f.caseId);
    CHECK(MeasureValues::resolve(*f.ws, manual)->baselineValue == 29.0);
}

TEST_CASE("a case's assessment is created on first save, keeps every outcome and reports conflicts", "[storage]")
{
    Fixture f;
    AssessmentRepository assessments(*f.ws);
    auto empty = assessments.find(f.caseId);
    REQUIRE(empty.ok());
    CHECK(empty->revision == 0);
    CHECK_FALSE(empty->outcome.has_value());
    CHECK(empty->lesson.isEmpty());
    CHECK(assessments.find(f.caseId + 100).error().code == ErrorCode::NotFound);

    CaseAssessment a = empty.value();
    a.outcome = sara::Outcome::MovedToOtherOwner;
    a.lesson = QStringLiteral("Hand it over early");
    a.processNotes = QStringLiteral("All done");
    a.noMeasureReason = QStringLiteral("-");
    auto saved = assessments.update(a);
    REQUIRE(saved.ok());
    CHECK(saved->revision == 1);
    CHECK(saved->outcome == sara::Outcome::MovedToOtherOwner);
    CHECK(saved->lesson == a.lesson);
    CHECK(saved->processNotes == a.processNotes);
    CHECK(saved->noMeasureReason == a.noMeasureReason);

    CaseAssessment current = saved.value();
    for (int i = 0; i <= int(sara::Outcome::GotWorse); ++i) {
        current.outcome = sara::Outcome(i);
        auto next = assessments.update(current);
        REQUIRE(next.ok());
        CHECK(next->outcome == sara::Outcome(i));
        current = next.value();
    }
    current.outcome.reset();
    current = assessments.update(current).value();
    CHECK_FALSE(current.outcome.has_value());
    CHECK(current.revision == 9);

    // A stale copy (and a stale "first save") is refused.
    auto refused = assessments.update(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(assessments.update(a, OnConflict::Overwrite)->outcome == sara::Outcome::MovedToOtherOwner);
}

TEST_CASE("the demo has action plans, measures and outcomes for the later stages", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    int actions = 0;
    int referrals = 0;
    int withPartners = 0;
    QSet<int> statuses;
    const QList<ProblemCase> cases = CaseRepository(*ws.value()).list().value();
    for (const ProblemCase& c : cases) {
        const auto plan = ActionRepository(*ws.value()).listForCase(c.id).value();
        const auto measures = MeasureRepository(*ws.value()).listForCase(c.id).value();
        const auto assessment = AssessmentRepository(*ws.value()).find(c.id).value();
        const bool later = c.stage == SaraStage::Respond || c.stage == SaraStage::Assess ||
                           c.stage == SaraStage::Closed;
        if (later)
            CHECK_FALSE(plan.isEmpty());
        for (int i = 0; i < plan.size(); ++i) {
            CHECK(plan.at(i).position == i);
            referrals += plan.at(i).isReferral ? 1 : 0;
            withPartners += plan.at(i).partners.isEmpty() ? 0 : 1;
            statuses.insert(int(plan.at(i).status));
        }
        actions += int(plan.size());
        if (c.stage == SaraStage::Assess || c.stage == SaraStage::Closed) {
            REQUIRE_FALSE(measures.isEmpty());
            for (const CaseMeasure& m : measures) {
                CHECK(m.baselineValue.has_value());
                CHECK_FALSE(m.followUps.isEmpty());
            }
        } else {
            CHECK(measures.isEmpty());
        }
        if (c.stage == SaraStage::Closed) {
            CHECK(assessment.outcome.has_value());
            CHECK_FALSE(assessment.lesson.isEmpty());
        }
    }
    CHECK(actions >= 20);
    CHECK(referrals >= 5);
    CHECK(withPartners >= 10);
    CHECK(statuses.size() == 4);
}
