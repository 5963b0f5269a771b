#include "core/demo/DemoAnalysis.h"

#include "core/demo/DemoGeography.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/AnalysisRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/StageRepository.h"

#include <QHash>

namespace proxima {
namespace {

struct DemoHypothesis
{
    const char* text;
    HypothesisStatus status;
    const char* evidence;
};

struct DemoGroup
{
    const char* name;
    const char* how;
};

// Triangle sides in the order offender, victim, place, handler, guardian, manager; then notes.
struct DemoTriangle
{
    const char* caseTitle;
    const char* sides[6];
    const char* notes;
    DemoHypothesis hypotheses[3];
    DemoGroup groups[3];
};

constexpr HypothesisStatus Open = HypothesisStatus::Open;
constexpr HypothesisStatus Supported = HypothesisStatus::Supported;
constexpr HypothesisStatus Rejected = HypothesisStatus::Rejected;

const DemoTriangle Triangles[] = {
    {"Street harassment of women near the station",
     {"Small groups of young men waiting at the bus stops in the evening", "Women walking alone from the train to "
      "the buses", "Place de la Gare and the three bus shelters", "", "Bus drivers, station staff, street coaches",
      "SNCB station management and the commune (lighting, shelters)"},
     "Evening peak 18:00-22:00; reports double in winter when it is dark early.",
     {{"Harassment concentrates when the square is dark and empty", Supported,
       "Reports cluster 18:00-22:00 from November to February; lighting survey found 4 broken lamps."},
      {"The same few people are involved each time", Open, ""},
      {"Harassment follows the late train arrivals", Rejected, "No link between report times and the timetable."}},
     {{"Women commuters", "Avoid the square, take taxis or ask to be picked up"},
      {"Bus drivers", "Witness incidents and feel powerless"},
      {nullptr, nullptr}}},
    {"Bicycle theft at the station racks",
     {"Opportunistic thieves with bolt cutters, some resale via online markets", "Commuters with cheap locks",
      "Open racks on Rue du Quai, out of sight of the station", "", "Station staff, passers-by",
      "SNCB (racks), the commune (CCTV, a guarded bike park)"},
     "Most thefts happen between 8:00 and 17:00 on weekdays, while owners are at work.",
     {{"Bicycles locked with cable locks are taken far more often", Supported,
       "Of 40 reported thefts with known lock, 31 were cable locks."},
      {"Thefts happen at night", Rejected, "Incident times: 85% on weekdays during office hours."},
      {"Stolen bicycles are resold on local online markets", Open, ""}},
     {{"Commuters", "Lose bicycles, stop cycling to the train"}, {"Shops near the station", "Fewer customers by bike"},
      {nullptr, nullptr}}},
    {"Drug dealing in the Parc des Tilleuls",
     {"Two or three dealers, buyers arriving by car", "", "Benches on the playground side, hidden by hedges", "", "",
      "Parks department of the commune"},
     "",
     {{"Dealing moved here after the station square got CCTV", Open, ""}, {nullptr, Open, nullptr},
      {nullptr, Open, nullptr}},
     {{"Parents with young children", "Avoid the playground"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Speeding in front of the school",
     {"Parents driving their children, through traffic at rush hour", "Pupils crossing Avenue de l'École",
      "Avenue de l'École 12-40, a straight wide road", "", "Crossing guard (mornings only)",
      "Commune mobility service (road layout)"},
     "Speed measurements in September: 30% of drivers above 50 km/h in the 30 zone.",
     {{"Most speeders are not parents but through traffic", Supported,
       "Number-plate sample: 70% of fast cars do not stop at the school."},
      {"Speeding is worst in the afternoon", Rejected, "Morning and afternoon are alike."},
      {nullptr, Open, nullptr}},
     {{"Pupils and parents", "Danger when crossing"}, {"Residents of the avenue", "Noise, fear for their children"},
      {nullptr, nullptr}}},
    {"Illegal dumping behind the shops",
     {"Shopkeepers and residents avoiding collection fees", "", "Unlit dead-end alley behind Rue Commerciale", "", "",
      "Owners of the alley (three shops), the commune's cleaning service"},
     "Dumping stopped after the alley was gated and lit.",
     {{"Dumping happens because the alley is unlit and unwatched", Supported, "No dumping since the gate and lamp."},
      {nullptr, Open, nullptr}, {nullptr, Open, nullptr}},
     {{"Shopkeepers", "Pay for removal, rats"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Youth nuisance at the Place Saint-Roch",
     {"Groups of 10-15 youngsters, 15-19 years old", "Residents around the square", "Place Saint-Roch benches",
      "Youth workers of AMO Le Cercle", "", ""},
     "Talk to the young people first: they say there is nowhere else to go.",
     {{"The nuisance rises when the youth centre is closed", Open, ""},
      {"Noise complaints come from the same four addresses", Open, ""}, {nullptr, Open, nullptr}},
     {{"Residents around the square", "Sleep disturbed, feel intimidated"},
      {"Young people of the neighbourhood", "Feel unwelcome, nowhere to meet"}, {nullptr, nullptr}}},
    {"Burglaries in the Tilleuls streets",
     {"Day-time burglars entering through back gardens", "Houses with unlocked back doors and garden sheds",
      "Rue des Tilleuls and Rue des Lilas, back gardens along the footpath", "", "Neighbours at home in the day",
      "Housing company (fences along the footpath)"},
     "",
     {{"Burglars use the footpath behind the gardens", Supported, "8 of 11 entries from the footpath side."},
      {"The burglaries are the work of one team", Open, ""}, {nullptr, Open, nullptr}},
     {{"Residents of the two streets", "Losses, fear at home"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Poorly lit underpass under the railway",
     {"", "Pedestrians at night, especially women and older people", "Railway underpass Rue du Quai, 60 m long",
      "", "", "Infrabel (owner), the commune (lighting)"},
     "Lighting repair agreed quickly; analysis of why people avoid it continues.",
     {{nullptr, Open, nullptr}, {nullptr, Open, nullptr}, {nullptr, Open, nullptr}},
     {{"Pedestrians from the station side", "Long detours at night"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Loitering and drinking at the night shop",
     {"", "", "Pavement in front of the night shop, Place de la Gare 3", "", "", "The night shop's owner"}, "",
     {{"Drinking starts when the shop sells cold single cans late", Open, ""}, {nullptr, Open, nullptr},
      {nullptr, Open, nullptr}},
     {{nullptr, nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Fear of the empty lot on Rue des Lilas",
     {"Drug users using the lot at night", "Residents walking past", "Overgrown empty lot, Rue des Lilas 55", "",
      "Neighbours", "The lot's owner and the commune"},
     "The lot was cleared and turned into a community garden.",
     {{"The fear comes from the overgrowth more than from actual incidents", Supported,
       "Only 3 incidents in two years; fear survey dropped after clearing."},
      {nullptr, Open, nullptr}, {nullptr, Open, nullptr}},
     {{"Residents of Rue des Lilas", "Avoided the street at night"}, {nullptr, nullptr}, {nullptr, nullptr}}},
    {"Isolation of elderly residents",
     {"Doorstep scammers posing as technicians", "Elderly residents living alone", "", "", "Neighbours, home carers",
      ""},
     "",
     {{"Scammers target the residence on pension payment days", Open, ""}, {nullptr, Open, nullptr},
      {nullptr, Open, nullptr}},
     {{"Elderly residents", "Stay inside after dark, lose money"}, {nullptr, nullptr}, {nullptr, nullptr}}},
};

struct DemoMove
{
    const char* caseTitle;
    QList<SaraStage> path;   // stages after Scan, in order
    int overrideAt;          // index in path of the move forced with a reason, -1 = none
    const char* reason;
};

QList<DemoMove> demoMoves()
{
    using S = SaraStage;
    return {
        {"Street harassment of women near the station", {S::Analyse, S::Respond}, -1, nullptr},
        {"Bicycle theft at the station racks", {S::Analyse, S::Respond, S::Analyse, S::Respond, S::Assess}, -1,
         "The rail operator brought new theft data; back to the analysis."},
        {"Drug dealing in the Parc des Tilleuls", {S::Analyse}, -1, nullptr},
        {"Speeding in front of the school", {S::Analyse, S::Respond}, -1, nullptr},
        {"Illegal dumping behind the shops", {S::Analyse, S::Respond, S::Assess, S::Closed}, -1, nullptr},
        {"Youth nuisance at the Place Saint-Roch", {S::Analyse}, -1, nullptr},
        {"Burglaries in the Tilleuls streets", {S::Analyse, S::Respond, S::Assess}, -1, nullptr},
        {"Poorly lit underpass under the railway", {S::Analyse, S::Respond}, 1,
         "Urgent: the lamps are broken and the commune can repair them this month; the analysis continues."},
        {"Loitering and drinking at the night shop", {S::Analyse}, -1, nullptr},
        {"Fear of the empty lot on Rue des Lilas", {S::Analyse, S::Respond, S::Assess, S::Closed}, -1, nullptr},
        {"Isolation of elderly residents", {S::Analyse}, -1, nullptr},
    };
}

Status fillTriangle(AnalysisRepository& repo, qint64 caseId, const DemoTriangle& t)
{
    CaseAnalysis analysis;
    analysis.caseId = caseId;
    const QList<TriangleSide> sides = triangleSides();
    for (int i = 0; i < 6; ++i)
        analysis.setSide(sides.at(i), QString::fromUtf8(t.sides[i]));
    analysis.notes = QString::fromUtf8(t.notes);
    if (auto saved = repo.save(analysis); !saved)
        return saved.error();
    for (const DemoHypothesis& h : t.hypotheses) {
        if (!h.text)
            continue;
        if (auto added = repo.addHypothesis({0, caseId, QString::fromUtf8(h.text), h.status,
                                             QString::fromUtf8(h.evidence), 0, 0});
            !added)
            return added.error();
    }
    for (const DemoGroup& g : t.groups) {
        if (!g.name)
            continue;
        if (auto added = repo.addGroup({0, caseId, QString::fromUtf8(g.name), QString::fromUtf8(g.how), 0}); !added)
            return added.error();
    }
    return {};
}

Status fillHistory(StageRepository& stages, const ProblemCase& c, const DemoMove& move)
{
    const QDate opened = c.openedOn.isValid() ? c.openedOn : demo::ReferenceDay;
    const qint64 span = qMax<qint64>(1, opened.daysTo(demo::ReferenceDay));
    SaraStage from = SaraStage::Scan;
    for (int i = 0; i < move.path.size(); ++i) {
        StageTransition t;
        t.caseId = c.id;
        t.from = from;
        t.to = move.path.at(i);
        t.at = QDateTime(opened.addDays(span * (i + 1) / (move.path.size() + 1)), QTime(10, 0), Qt::UTC);
        t.actor = c.leadName.isEmpty() ? QStringLiteral("demo") : c.leadName;
        if (i == move.overrideAt) {
            // The checklist as it stood then: the triangle was described but no hypothesis was recorded yet.
            sara::CaseSnapshot then;
            then.concernsLinked = 1;
            then.locationSideDescribed = true;
            for (const sara::GateItem& item : sara::canMove(then, t.from, t.to).unmet())
                t.unmet << item.text;
            t.overridden = true;
            t.reason = QString::fromUtf8(move.reason);
        } else if (t.to < t.from && move.reason) {
            t.reason = QString::fromUtf8(move.reason);
        }
        if (auto added = stages.addTransition(t); !added)
            return added.error();
        from = t.to;
    }
    return {};
}

} // namespace

Status DemoAnalysis::fill(Workspace& ws)
{
    return ws.write([&]() -> Status {
        Result<QList<ProblemCase>> cases = CaseRepository(ws).list();
        if (!cases)
            return cases.error();
        QHash<QString, ProblemCase> byTitle;
        for (const ProblemCase& c : cases.value())
            byTitle.insert(c.title, c);
        AnalysisRepository analysis(ws);
        for (const DemoTriangle& t : Triangles) {
            const auto it = byTitle.constFind(QString::fromUtf8(t.caseTitle));
            if (it == byTitle.constEnd())
                continue;   // the case was renamed or removed from the demo
            if (Status s = fillTriangle(analysis, it->id, t); !s)
                return s;
        }
        StageRepository stages(ws);
        for (const DemoMove& move : demoMoves()) {
            const auto it = byTitle.constFind(QString::fromUtf8(move.caseTitle));
            if (it == byTitle.constEnd())
                continue;
            if (Status s = fillHistory(stages, it.value(), move); !s)
                return s;
        }
        return Status{};
    });
}

} // namespace proxima
