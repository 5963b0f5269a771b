#include <catch2/catch.hpp>

#include "core/sara/Assessment.h"
#include "core/sara/ProcessEvaluation.h"
#include "core/sara/StageGates.h"

using namespace proxima;
using namespace proxima::sara;

namespace {

QStringList unmetKeys(const GateCheck& check)
{
    QStringList keys;
    for (const GateItem& item : check.unmet())
        keys << item.key;
    return keys;
}

} // namespace

TEST_CASE("stage gates: cumulative requirements per stage", "[gates]")
{
    CaseSnapshot s;
    CHECK(stageChecklist(s, SaraStage::Scan).isEmpty());
    CHECK(canMove(s, SaraStage::Scan, SaraStage::Analyse).items.size() == 1);
    CHECK(unmetKeys(canMove(s, SaraStage::Scan, SaraStage::Analyse)) == QStringList{QStringLiteral("evidence")});
    CHECK(unmetKeys(canMove(s, SaraStage::Scan, SaraStage::Closed))
          == QStringList{QStringLiteral("evidence"), QStringLiteral("triangle"), QStringLiteral("hypothesis"),
                         QStringLiteral("action"), QStringLiteral("outcome"), QStringLiteral("lesson"),
                         QStringLiteral("measure")});
    CHECK(canMove(s, SaraStage::Scan, SaraStage::Analyse).unmet()[0].text
          == QStringLiteral("At least one concern or incident is linked to the problem"));

    s.incidentsLinked = 3;
    CHECK(canMove(s, SaraStage::Scan, SaraStage::Analyse).allowed());
    s.locationSideDescribed = true;
    CHECK(unmetKeys(canMove(s, SaraStage::Analyse, SaraStage::Respond)) == QStringList{QStringLiteral("hypothesis")});
    s.hypotheses = 1;
    CHECK(canMove(s, SaraStage::Analyse, SaraStage::Respond).allowed());
    s.actions = {ActionStatus::Planned, ActionStatus::Dropped};
    CHECK_FALSE(canMove(s, SaraStage::Respond, SaraStage::Assess).allowed());
    s.actions << ActionStatus::InProgress;
    CHECK(canMove(s, SaraStage::Respond, SaraStage::Assess).allowed());
    s.outcome = Outcome::FewerIncidents;
    s.lessonLearned = QStringLiteral("   ");
    s.measures = 1;
    CHECK(unmetKeys(canMove(s, SaraStage::Assess, SaraStage::Closed))
          == QStringList{QStringLiteral("lesson"), QStringLiteral("measure")});
    s.lessonLearned = QStringLiteral("Lighting helped more than patrols");
    s.noMeasureReason = QStringLiteral("No data for the period");
    CHECK(canMove(s, SaraStage::Assess, SaraStage::Closed).allowed());
    s.noMeasureReason.clear();
    s.measuresWithBaselineAndFollowUp = 1;
    CHECK(canMove(s, SaraStage::Assess, SaraStage::Closed).allowed());
}

TEST_CASE("stage gates: backwards always allowed, override needs a reason", "[gates]")
{
    const CaseSnapshot empty;
    const GateCheck back = canMove(empty, SaraStage::Closed, SaraStage::Scan);
    CHECK(back.backwards);
    CHECK(back.allowed());
    CHECK(back.items.isEmpty());
    CHECK(canMove(empty, SaraStage::Respond, SaraStage::Respond).backwards);

    const GateCheck forward = canMove(empty, SaraStage::Analyse, SaraStage::Respond);
    CHECK_FALSE(forward.backwards);
    const auto refused = authoriseMove(forward);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("not ready for this stage (give a reason to override): At least one concern or incident "
                            "is linked to the problem; At least one side of the problem triangle (offender, victim, "
                            "location) is described; At least one hypothesis is recorded"));
    CHECK_FALSE(authoriseMove(forward, QStringLiteral("  ")).ok());
    CHECK(authoriseMove(forward, QStringLiteral("Urgent: mayor's request")).ok());
    CHECK(authoriseMove(back).ok());
}

TEST_CASE("stage and outcome keys round trip", "[gates]")
{
    for (int i = 0; i <= int(SaraStage::Closed); ++i)
        CHECK(stageFromText(stageKey(SaraStage(i))) == SaraStage(i));
    for (int i = 0; i <= int(Outcome::GotWorse); ++i) {
        CHECK(outcomeFromKey(outcomeKey(Outcome(i))) == Outcome(i));
        CHECK_FALSE(outcomeLabel(Outcome(i)).isEmpty());
    }
    CHECK(actionStatusFromKey(QStringLiteral("in_progress")) == ActionStatus::InProgress);
    CHECK_FALSE(stageFromText(QStringLiteral("bogus")).has_value());
    CHECK(outcomeLabel(Outcome::MovedToOtherOwner) == QStringLiteral("Moved to another agency or owner"));
}

TEST_CASE("measure arithmetic: changes, target, comparison ratio", "[assessment]")
{
    Measure m;
    m.what = QStringLiteral("burglaries");
    m.baseline.value = 40;
    m.followUps = {PeriodValue{{}, {}, 35}, PeriodValue{{}, {}, 30}};
    m.target = 32;
    m.comparisonBaseline = 100;
    m.comparisonFollowUp = 120;
    MeasureResult r = evaluateMeasure(m);
    CHECK(r.followUp.value == 30);
    CHECK(r.absoluteChange.value == -10);
    CHECK(r.percentChange.value == -25);
    CHECK(r.targetMet == true);
    CHECK(r.improved == true);
    CHECK(r.relativeToComparison.value == Approx(0.625));

    m.higherIsBetter = true;
    r = evaluateMeasure(m);
    CHECK(r.targetMet == false);
    CHECK(r.improved == false);

    m.followUps = {PeriodValue{{}, {}, 40}};
    m.target.reset();
    r = evaluateMeasure(m);
    CHECK(r.improved == false);
    CHECK(r.percentChange.value == 0);
    CHECK_FALSE(r.targetMet.has_value());
}

TEST_CASE("measure arithmetic: zero divisions and missing data have reasons", "[assessment]")
{
    Measure m;
    MeasureResult r = evaluateMeasure(m);
    CHECK_FALSE(r.followUp.has());
    CHECK(r.absoluteChange.reason == QStringLiteral("no follow-up value yet"));
    CHECK_FALSE(r.improved.has_value());

    m.baseline.value = 0;
    m.followUps = {PeriodValue{{}, {}, 4}};
    r = evaluateMeasure(m);
    CHECK(r.absoluteChange.value == 4);
    CHECK_FALSE(r.percentChange.has());
    CHECK(r.percentChange.reason == QStringLiteral("the baseline is 0, so a percentage change is not defined"));
    CHECK(r.relativeToComparison.reason == QStringLiteral("no comparison area values"));
    m.comparisonBaseline = 10;
    m.comparisonFollowUp = 5;
    CHECK(evaluateMeasure(m).relativeToComparison.reason
          == QStringLiteral("the baseline is 0, so the ratio is not defined"));
    m.baseline.value = 8;
    m.comparisonBaseline = 0;
    CHECK(evaluateMeasure(m).relativeToComparison.reason
          == QStringLiteral("the comparison area's baseline is 0, so the ratio is not defined"));
    m.comparisonBaseline = 10;
    m.comparisonFollowUp = 0;
    CHECK(evaluateMeasure(m).relativeToComparison.reason
          == QStringLiteral("the comparison area's follow-up is 0, so the ratio is not defined"));
    m.comparisonFollowUp = 5;
    CHECK(evaluateMeasure(m).relativeToComparison.value == 1.0);   // (4/8) / (5/10)
}

TEST_CASE("weighted displacement quotient: hand examples", "[assessment]")
{
    const AreaCounts a{100, 60};
    const AreaCounts c{200, 200};
    DisplacementResult r = weightedDisplacement(a, {50, 40}, c);
    CHECK(r.successMeasure.value == Approx(-0.2));
    CHECK(r.bufferMeasure.value == Approx(-0.05));
    CHECK(r.wdq.value == Approx(0.25));
    CHECK(r.verdict == DisplacementVerdict::Diffusion);
    CHECK(r.interpretation == QStringLiteral("Diffusion of benefits: the surrounding area improved too (WDQ 0.25)."));

    r = weightedDisplacement(a, {50, 0}, c);
    CHECK(r.wdq.value == Approx(1.25));
    CHECK(r.interpretation
          == QStringLiteral("Diffusion of benefits: the surrounding area improved even more than the response area "
                            "(WDQ 1.25)."));

    r = weightedDisplacement(a, {50, 70}, c);
    CHECK(r.wdq.value == Approx(-0.5));
    CHECK(r.verdict == DisplacementVerdict::Displacement);
    CHECK(r.interpretation
          == QStringLiteral("Displacement: some incidents moved to the surrounding area, fewer than the response "
                            "prevented, a net gain (WDQ -0.50)."));

    r = weightedDisplacement(a, {50, 110}, c);
    CHECK(r.wdq.value == Approx(-1.5));
    CHECK(r.interpretation
          == QStringLiteral("Displacement: more incidents moved to the surrounding area than the response "
                            "prevented, a net loss (WDQ -1.50)."));

    r = weightedDisplacement(a, {50, 50}, c);
    CHECK(r.wdq.value == 0);
    CHECK(r.verdict == DisplacementVerdict::NoEffect);

    // The control area doubled: A stayed flat, which is a relative improvement.
    r = weightedDisplacement({50, 50}, {30, 60}, {100, 200});
    CHECK(r.successMeasure.value == Approx(-0.25));
    CHECK(r.bufferMeasure.value == Approx(0.0));
    CHECK(r.verdict == DisplacementVerdict::NoEffect);
}

TEST_CASE("weighted displacement quotient: undefined cases", "[assessment]")
{
    DisplacementResult r = weightedDisplacement({10, 5}, {10, 10}, {0, 10});
    CHECK(r.verdict == DisplacementVerdict::NotAssessable);
    CHECK_FALSE(r.wdq.has());
    CHECK_FALSE(r.successMeasure.has());
    CHECK(r.wdq.reason == QStringLiteral("the control area has no incidents before the response"));
    CHECK(r.interpretation
          == QStringLiteral("Displacement cannot be assessed: the control area has no incidents before the response."));
    CHECK(weightedDisplacement({10, 5}, {10, 10}, {10, 0}).wdq.reason
          == QStringLiteral("the control area has no incidents after the response"));
    r = weightedDisplacement({10, 10}, {10, 20}, {10, 10});
    CHECK(r.successMeasure.value == 0);
    CHECK(r.bufferMeasure.value == 1);
    CHECK_FALSE(r.wdq.has());
    CHECK(r.verdict == DisplacementVerdict::NotAssessable);
    CHECK(r.wdq.reason == QStringLiteral("the response area did not improve relative to the control area"));
    CHECK(weightedDisplacement({10, 20}, {10, 20}, {10, 10}).verdict == DisplacementVerdict::NotAssessable);
}

TEST_CASE("process evaluation with an injected today", "[assessment]")
{
    const QDate today(2024, 6, 1);
    const QList<ActionProgress> actions = {{ActionStatus::Done, QDate(2024, 5, 1)},
                                           {ActionStatus::InProgress, QDate(2024, 5, 31)},
                                           {ActionStatus::Planned, QDate(2024, 6, 1)},
                                           {ActionStatus::Planned, std::nullopt},
                                           {ActionStatus::Dropped, QDate(2024, 1, 1)}};
    ProcessSummary s = evaluateProcess(actions, today);
    CHECK(s.total == 5);
    CHECK(s.done == 1);
    CHECK(s.planned == 2);
    CHECK(s.inProgress == 1);
    CHECK(s.dropped == 1);
    CHECK(s.overdue == 1);
    CHECK(s.shareDone.value == 0.25);
    CHECK_FALSE(s.onTrack);
    CHECK(s.summary == QStringLiteral("1 of 4 actions done (25%), 1 overdue"));

    s = evaluateProcess(actions, QDate(2024, 5, 31));
    CHECK(s.overdue == 0);
    CHECK(s.onTrack);

    s = evaluateProcess({}, today);
    CHECK_FALSE(s.shareDone.has());
    CHECK(s.summary == QStringLiteral("No actions yet"));
    CHECK_FALSE(s.onTrack);
    s = evaluateProcess({{ActionStatus::Dropped, std::nullopt}}, today);
    CHECK(s.summary == QStringLiteral("All actions were dropped"));
    CHECK(s.shareDone.reason == QStringLiteral("no actions to count"));
}
