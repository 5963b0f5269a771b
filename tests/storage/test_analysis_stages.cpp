#include "TestSupport.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AnalysisRepository.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseIncidentQueries.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/StageRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    FixedClock clock{QDateTime(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC)};
    qint64 caseId = 0;
    qint64 areaA = 0;
    qint64 areaB = 0;

    Fixture()
    {
        auto created = Workspace::create(dir.filePath(QStringLiteral("s.proxima")), QStringLiteral("Stages"));
        REQUIRE(created.ok());
        ws = std::move(created.value());
        ws->setClock(&clock);
        ws->setActor(QStringLiteral("Els"));
        REQUIRE(ws->write([&]() -> Status {
                      areaA = AreaRepository(*ws).idForName(QStringLiteral("Gare"), true).value();
                      areaB = AreaRepository(*ws).idForName(QStringLiteral("Parc"), true).value();
                      return {};
                  }).ok());
        ProblemCase c;
        c.title = QStringLiteral("Bicycle theft");
        caseId = CaseRepository(*ws).add(c)->id;
    }

    void exec(const QString& statement, const QVariantList& bindings = {})
    {
        REQUIRE(ws->write([&]() -> Status {
                      QSqlQuery q(ws->database());
                      return sql::exec(q, statement, bindings);
                  }).ok());
    }

    qint64 incident(const QString& day, const QVariant& time, const QString& category, qint64 area)
    {
        static int serial = 0;
        exec(QStringLiteral("INSERT INTO incidents (fingerprint, occurred_on, occurred_time, category, area_id) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {QStringLiteral("fp%1").arg(++serial), day, time, category, area});
        QSqlQuery q(ws->database());
        REQUIRE(sql::exec(q, QStringLiteral("SELECT MAX(id) FROM incidents")).ok());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    ProblemCase current() { return CaseRepository(*ws).find(caseId).value(); }
};

} // namespace

TEST_CASE("the analysis triangle round-trips and conflicting saves are reported", "[storage][analysis]")
{
    Fixture f;
    AnalysisRepository repo(*f.ws);
    auto empty = repo.find(f.caseId);
    REQUIRE(empty.ok());
    CHECK(empty->revision == 0);
    CHECK(empty->sidesDescribed() == 0);

    CaseAnalysis a = empty.value();
    a.offender = QStringLiteral("Thieves with bolt cutters");
    a.place = QStringLiteral("Open racks");
    a.manager = QStringLiteral("Rail operator");
    a.notes = QStringLiteral("Mostly weekdays");
    auto saved = repo.save(a);
    REQUIRE(saved.ok());
    CHECK(saved->revision == 1);
    CHECK(saved->sameContent(a));
    CHECK(saved->sidesDescribed() == 3);
    CHECK(saved->side(TriangleSide::Manager) == QStringLiteral("Rail operator"));
    CHECK(saved->updatedAt == f.clock.now());

    // Another member saved the empty version too: that save was based on revision 0, now stale.
    CaseAnalysis theirs = empty.value();
    theirs.victim = QStringLiteral("Commuters");
    auto refused = repo.save(theirs);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(repo.find(f.caseId)->offender == a.offender);
    auto overwritten = repo.save(theirs, OnConflict::Overwrite);
    REQUIRE(overwritten.ok());
    CHECK(overwritten->revision == 2);
    CHECK(overwritten->offender.isEmpty());
    CHECK(overwritten->victim == QStringLiteral("Commuters"));

    CaseAnalysis orphan;
    orphan.caseId = 999;
    auto missing = repo.save(orphan);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("hypotheses and affected groups keep their fields, order and revisions", "[storage][analysis]")
{
    Fixture f;
    AnalysisRepository repo(*f.ws);
    auto first = repo.addHypothesis({0, f.caseId, QStringLiteral("  Cable locks are cut  "), HypothesisStatus::Open,
                                     {}, 0, 0});
    REQUIRE(first.ok());
    CHECK(first->text == QStringLiteral("Cable locks are cut"));
    CHECK(first->position == 1);
    CHECK(first->revision == 1);
    auto second = repo.addHypothesis({0, f.caseId, QStringLiteral("Thefts at night"), HypothesisStatus::Rejected,
                                      QStringLiteral("85% in office hours"), 0, 0});
    REQUIRE(second.ok());
    CHECK(second->position == 2);
    CHECK(second->status == HypothesisStatus::Rejected);

    Hypothesis edited = first.value();
    edited.status = HypothesisStatus::Supported;
    edited.evidence = QStringLiteral("31 of 40");
    auto updated = repo.updateHypothesis(edited);
    REQUIRE(updated.ok());
    CHECK(updated->revision == 2);
    CHECK(updated->status == HypothesisStatus::Supported);
    CHECK(updated->evidence == QStringLiteral("31 of 40"));
    auto stale = repo.updateHypothesis(first.value());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    auto list = repo.hypotheses(f.caseId);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == first->id);
    CHECK(list->at(1).id == second->id);

    Hypothesis blank{0, f.caseId, QStringLiteral("   "), HypothesisStatus::Open, {}, 0, 0};
    auto invalid = repo.addHypothesis(blank);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().field == QStringLiteral("text"));

    CHECK(repo.removeHypothesis(first->id, 1).error().code == ErrorCode::Conflict);
    REQUIRE(repo.removeHypothesis(first->id, 2).ok());
    CHECK(repo.hypotheses(f.caseId)->size() == 1);
    // Restoring keeps the id (undo of a delete).
    auto restored = repo.addHypothesis(updated.value());
    REQUIRE(restored.ok());
    CHECK(restored->id == first->id);
    CHECK(restored->position == 1);

    auto group = repo.addGroup({0, f.caseId, QStringLiteral("Commuters"), QStringLiteral("stop cycling"), 0});
    REQUIRE(group.ok());
    AffectedGroup g = group.value();
    g.how = QStringLiteral("take the bus");
    REQUIRE(repo.updateGroup(g).ok());
    CHECK(repo.updateGroup(g).error().code == ErrorCode::Conflict);
    CHECK(repo.findGroup(g.id)->how == QStringLiteral("take the bus"));
    CHECK(repo.addGroup({0, f.caseId, {}, {}, 0}).error().field == QStringLiteral("name"));
    CHECK(repo.affectedGroups(f.caseId)->size() == 1);

    // Deleting the case deletes its analysis.
    REQUIRE(CaseRepository(*f.ws).remove(f.caseId, f.current().revision).ok());
    CHECK(repo.hypotheses(f.caseId)->isEmpty());
    CHECK(repo.affectedGroups(f.caseId)->isEmpty());
}

TEST_CASE("linked incidents are the case's rule united with the hand-picked ones", "[storage][analysis]")
{
    Fixture f;
    CaseIncidentQueries links(*f.ws);
    CHECK(links.countIncidents(f.caseId).value() == 0);
    const qint64 a1 = f.incident(QStringLiteral("2026-01-05"), QStringLiteral("08:15"), QStringLiteral("Theft"), f.areaA);
    f.incident(QStringLiteral("2026-02-10"), QVariant(), QStringLiteral("Theft"), f.areaA);
    f.incident(QStringLiteral("2026-02-11"), QStringLiteral("23:00"), QStringLiteral("Nuisance"), f.areaA);
    const qint64 b1 = f.incident(QStringLiteral("2026-03-01"), QStringLiteral("12:00"), QStringLiteral("Theft"), f.areaB);
    f.incident(QStringLiteral("2025-12-31"), QStringLiteral("12:00"), QStringLiteral("Theft"), f.areaA);

    // Hand-picked only: no rule row.
    f.exec(QStringLiteral("INSERT INTO case_incidents (case_id, incident_id) VALUES (?, ?), (?, ?)"),
           {f.caseId, a1, f.caseId, b1});
    CHECK(links.countIncidents(f.caseId).value() == 2);

    // Rule: area A, thefts, from 2026-01-01. Matches a1 (also picked) and the 2026-02-10 theft; b1 stays picked.
    f.exec(QStringLiteral("INSERT INTO case_incident_rules (case_id, area_id, categories, date_from) "
                          "VALUES (?, ?, ?, ?)"),
           {f.caseId, f.areaA, QStringLiteral("[\"Theft\"]"), QStringLiteral("2026-01-01")});
    CHECK(links.countIncidents(f.caseId).value() == 3);
    auto all = links.incidents(f.caseId);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == a1);
    CHECK(all->at(0).time == QTime(8, 15));
    CHECK_FALSE(all->at(1).time.has_value());
    CHECK(all->at(2).date == QDate(2026, 3, 1));
    auto february = links.incidents(f.caseId, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(february->size() == 1);
    CHECK(february->at(0).date == QDate(2026, 2, 10));

    // An empty category list means every category.
    f.exec(QStringLiteral("UPDATE case_incident_rules SET categories = '[]', date_from = NULL WHERE case_id = ?"),
           {f.caseId});
    CHECK(links.countIncidents(f.caseId).value() == 5);

    f.exec(QStringLiteral("INSERT INTO concerns (case_id, text, raised_on, category, updated_at) VALUES "
                          "(?, 'a', '2026-01-01', 'Noise', 'x'), (?, 'b', '2026-01-01', ' Theft', 'x'), "
                          "(?, 'c', '2026-01-01', 'Theft', 'x'), (?, 'd', '2026-01-01', 'Litter', 'x'), "
                          "(NULL, 'e', '2026-01-01', 'Theft', 'x')"),
           {f.caseId, f.caseId, f.caseId, f.caseId});
    CHECK(links.countConcerns(f.caseId).value() == 4);
    const QList<CategoryTotal> expected{{QStringLiteral("Theft"), 2}, {QStringLiteral("Litter"), 1},
                                        {QStringLiteral("Noise"), 1}};
    CHECK(links.concernsByCategory(f.caseId).value() == expected);
}

TEST_CASE("stage moves follow the gates, record overrides with their reason and can be undone",
          "[storage][stages]")
{
    Fixture f;
    StageRepository stages(*f.ws);
    auto empty = stages.snapshot(f.caseId);
    REQUIRE(empty.ok());
    CHECK(empty->concernsLinked == 0);
    CHECK(empty->incidentsLinked == 0);
    CHECK(empty->hypotheses == 0);

    // Scan -> Analyse with no evidence: refused without a reason, nothing written.
    ProblemCase toAnalyse = f.current();
    toAnalyse.stage = SaraStage::Analyse;
    auto refused = stages.move(toAnalyse, QStringLiteral("   "));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("reason"));
    CHECK(f.current().stage == SaraStage::Scan);
    CHECK(stages.history(f.caseId)->isEmpty());

    auto forced = stages.move(toAnalyse, QStringLiteral("Residents' petition is evidence enough"));
    REQUIRE(forced.ok());
    CHECK(forced->stored.stage == SaraStage::Analyse);
    CHECK(forced->transition.overridden);
    REQUIRE(forced->transition.unmet.size() == 1);
    CHECK(forced->transition.unmet.first() == forced->check.items.first().text);
    auto history = stages.history(f.caseId);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).from == SaraStage::Scan);
    CHECK(history->at(0).to == SaraStage::Analyse);
    CHECK(history->at(0).actor == QStringLiteral("Els"));
    CHECK(history->at(0).at == f.clock.now());
    CHECK(history->at(0).overridden);
    CHECK(history->at(0).unmet == forced->transition.unmet);
    CHECK(history->at(0).reason == QStringLiteral("Residents' petition is evidence enough"));

    // Evidence, triangle and a hypothesis make Respond allowed without a reason.
    const qint64 picked = f.incident(QStringLiteral("2026-01-05"), QStringLiteral("08:15"), QStringLiteral("Theft"),
                                     f.areaA);
    f.exec(QStringLiteral("INSERT INTO case_incidents (case_id, incident_id) VALUES (?, ?)"), {f.caseId, picked});
    f.exec(QStringLiteral("INSERT INTO concerns (case_id, text, raised_on, updated_at) VALUES (?, 't', "
                          "'2026-01-01', 'x')"),
           {f.caseId});
    AnalysisRepository analysis(*f.ws);
    CaseAnalysis triangle = analysis.find(f.caseId).value();
    triangle.place = QStringLiteral("Racks");
    REQUIRE(analysis.save(triangle).ok());
    ProblemCase toRespond = f.current();
    toRespond.stage = SaraStage::Respond;
    auto check = stages.check(f.caseId, SaraStage::Respond);
    REQUIRE(check.ok());
    CHECK(check->unmet().size() == 1);
    CHECK(check->unmet().first().key == QStringLiteral("hypothesis"));
    REQUIRE(analysis.addHypothesis({0, f.caseId, QStringLiteral("Cable locks"), HypothesisStatus::Open, {}, 0, 0})
                .ok());
    auto snap = stages.snapshot(f.caseId);
    CHECK(snap->concernsLinked == 1);
    CHECK(snap->incidentsLinked == 1);
    CHECK(snap->locationSideDescribed);
    CHECK_FALSE(snap->offenderSideDescribed);
    CHECK(snap->hypotheses == 1);
    auto moved = stages.move(toRespond, {});
    REQUIRE(moved.ok());
    CHECK_FALSE(moved->transition.overridden);
    CHECK(moved->transition.unmet.isEmpty());
    CHECK(moved->check.allowed());

    // Respond -> Assess needs an action in progress or done; a planned one is not enough.
    ResponseAction action;
    action.caseId = f.caseId;
    action.title = QStringLiteral("Better locks campaign");
    auto added = ActionRepository(*f.ws).add(action);
    REQUIRE(added.ok());
    CHECK(stages.check(f.caseId, SaraStage::Assess)->unmet().size() == 1);
    ResponseAction started = added.value();
    started.status = ActionStatus::InProgress;
    REQUIRE(ActionRepository(*f.ws).update(started).ok());
    CHECK(stages.snapshot(f.caseId)->actions == QList<ActionStatus>{ActionStatus::InProgress});
    CHECK(stages.check(f.caseId, SaraStage::Assess)->allowed());

    // Closed needs outcome, lesson and a measured measure (or a reason for not measuring).
    auto closing = stages.check(f.caseId, SaraStage::Closed);
    QStringList unmetKeys;
    for (const auto& item : closing->unmet())
        unmetKeys << item.key;
    CHECK(unmetKeys == QStringList{QStringLiteral("outcome"), QStringLiteral("lesson"), QStringLiteral("measure")});
    f.exec(QStringLiteral("INSERT INTO measures (id, case_id, what, baseline_value, updated_at) VALUES "
                          "(1, ?, 'thefts', 12, 'x'), (2, ?, 'fear', NULL, 'x')"),
           {f.caseId, f.caseId});
    f.exec(QStringLiteral("INSERT INTO measure_followups (measure_id, period_from, period_to, value) VALUES "
                          "(2, '2026-01-01', '2026-03-31', 3)"));
    CHECK(stages.snapshot(f.caseId)->measures == 2);
    CHECK(stages.snapshot(f.caseId)->measuresWithBaselineAndFollowUp == 0);
    f.exec(QStringLiteral("INSERT INTO measure_followups (measure_id, period_from, period_to, value) VALUES "
                          "(1, '2026-01-01', '2026-03-31', 5)"));
    f.exec(QStringLiteral("INSERT INTO case_assessment (case_id, outcome, lesson, updated_at) VALUES "
                          "(?, 'fewer_incidents', 'Locks matter', 'x')"),
           {f.caseId});
    auto full = stages.snapshot(f.caseId);
    CHECK(full->measuresWithBaselineAndFollowUp == 1);
    CHECK(full->outcome == sara::Outcome::FewerIncidents);
    CHECK(full->lessonLearned == QStringLiteral("Locks matter"));
    CHECK(stages.check(f.caseId, SaraStage::Closed)->allowed());

    // Backwards is free: no checklist, no reason, recorded as a plain move.
    ProblemCase back = f.current();
    back.stage = SaraStage::Scan;
    auto backwards = stages.move(back, {});
    REQUIRE(backwards.ok());
    CHECK(backwards->check.backwards);
    CHECK(backwards->check.items.isEmpty());
    CHECK_FALSE(backwards->transition.overridden);
    CHECK(stages.history(f.caseId)->size() == 3);

    // Undo puts the stage back and drops the transition; redo restores it with the same id.
    ProblemCase previous = backwards->stored;
    previous.stage = SaraStage::Respond;
    auto undone = stages.undoMove(previous, backwards->transition.id);
    REQUIRE(undone.ok());
    CHECK(undone->stage == SaraStage::Respond);
    CHECK(stages.history(f.caseId)->size() == 2);
    ProblemCase redo = undone.value();
    redo.stage = SaraStage::Scan;
    auto redone = stages.move(redo, {}, OnConflict::Report, backwards->transition.id);
    REQUIRE(redone.ok());
    CHECK(redone->transition.id == backwards->transition.id);

    // A move based on a stale version is a conflict.
    ProblemCase stale = toAnalyse;
    stale.stage = SaraStage::Respond;
    auto conflict = stages.move(stale, QStringLiteral("x"));
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    CHECK(f.current().stage == SaraStage::Scan);
}
