#include "demo/DemoBudget.h"

#include "demo/DemoGeography.h"
#include "storage/Workspace.h"
#include "storage/repositories/ActionRepository.h"
#include "storage/repositories/BudgetRepository.h"
#include "storage/repositories/CaseRepository.h"

#include <QHash>

namespace proxima {
namespace {

struct DemoAction
{
    const char* title;
    double policeHours;
    double volunteerHours;
    double euros;
};

struct DemoProposal
{
    const char* caseTitle;
    const char* title;
    int police;
    int volunteers;
    int euros;
    DemoAction actions[2];   // a second action with an empty title = a single-action proposal
};

// Costs are the sums of the actions' resources; eleven proposals ask for 212 h, 430 h and 21,300 €.
const DemoProposal Proposals[] = {
    {"Street harassment of women near the station", "Evening street coaches at the bus stops", 24, 80, 2500,
     {{"Street coaches on Friday and Saturday evenings", 16, 80, 1500},
      {"Safe-route awareness campaign", 8, 0, 1000}}},
    {"Street harassment of women near the station", "Lighting and a help point at the bus stops", 4, 0, 4800,
     {{"Lighting and a help point at the bus stops", 4, 0, 4800}, {"", 0, 0, 0}}},
    {"Speeding in front of the school", "Speed checks at school times", 48, 0, 0,
     {{"Speed checks at drop-off and pick-up times", 48, 0, 0}, {"", 0, 0, 0}}},
    {"Speeding in front of the school", "Parent volunteers as crossing guards", 6, 90, 600,
     {{"Crossing guards rota with parents", 6, 90, 600}, {"", 0, 0, 0}}},
    {"Poorly lit underpass under the railway", "LED lighting in the underpass", 0, 0, 5500,
     {{"LED lighting in the underpass", 0, 0, 5500}, {"", 0, 0, 0}}},
    {"Poorly lit underpass under the railway", "Mural with the youth house in the underpass", 0, 60, 1800,
     {{"Mural with the youth house in the underpass", 0, 60, 1800}, {"", 0, 0, 0}}},
    {"Bicycle theft at the station racks", "Guarded bicycle parking pilot", 10, 40, 3000,
     {{"Guarded bicycle parking pilot", 10, 40, 3000}, {"", 0, 0, 0}}},
    {"Burglaries in the Tilleuls streets", "Door-to-door burglary prevention visits", 40, 30, 500,
     {{"Door-to-door burglary prevention visits", 40, 30, 500}, {"", 0, 0, 0}}},
    {"Youth nuisance at the Place Saint-Roch", "Evening youth activities on the Place Saint-Roch", 8, 70, 2200,
     {{"Evening youth activities on the Place Saint-Roch", 8, 70, 2200}, {"", 0, 0, 0}}},
    {"Isolation of elderly residents", "Phone buddies and scam-awareness sessions", 12, 60, 400,
     {{"Phone buddies for elderly residents", 0, 50, 100}, {"Scam-awareness sessions", 12, 10, 300}}},
    {"Drug dealing in the Parc des Tilleuls", "Targeted patrols near the playground", 60, 0, 0,
     {{"Targeted patrols near the playground", 60, 0, 0}, {"", 0, 0, 0}}},
};

// Approvals of the eleven members (indices into Proposals), in roster order.
// -1 ends a ballot.
const int Ballots[11][6] = {
    {0, 2, 7, 10, -1},   {0, 2, 10, -1},   {0, 1, 4, 8, -1}, {2, 3, 7, -1},       {8, 5, 4, 0, -1}, {9, 7, 4, -1},
    {5, 8, 9, 0, -1},    {3, 2, 4, 6, -1}, {6, 1, 10, -1},   {4, 1, 0, 9, 3, -1}, {9, 8, 0, -1},
};

QString number(int value) { return QString::number(value); }

} // namespace

Status DemoBudget::fill(Workspace& ws)
{
    Result<QList<ProblemCase>> cases = CaseRepository(ws).list();
    if (!cases)
        return cases.error();
    QHash<QString, qint64> caseId;
    for (const ProblemCase& c : *cases)
        caseId.insert(c.title, c.id);

    BudgetRound round;
    round.name = QStringLiteral("Q4 2026");
    round.from = QDate(2026, 10, 1);
    round.to = QDate(2026, 12, 31);
    round.pools = {{-1, PoolKind::PoliceHours, QStringLiteral("Police officer hours"), QStringLiteral("h"),
                    QStringLiteral("160")},
                   {-2, PoolKind::VolunteerHours, QStringLiteral("Volunteer hours"), QStringLiteral("h"),
                    QStringLiteral("300")},
                   {-3, PoolKind::Euros, QStringLiteral("Euros"), QStringLiteral("€"), QStringLiteral("12000")}};
    ActionRepository actions(ws);
    QHash<qint64, int> position;
    qint64 placeholder = 0;
    for (const DemoProposal& d : Proposals) {
        const qint64 owner = caseId.value(QString::fromUtf8(d.caseTitle));
        if (owner == 0)
            return Error{QStringLiteral("demo budget: no case \"%1\"").arg(QString::fromUtf8(d.caseTitle)), {}, 0, {}};
        BudgetProposal proposal;
        proposal.id = --placeholder;
        proposal.title = QString::fromUtf8(d.title);
        proposal.costs = {{-1, number(d.police), {}, {}}, {-2, number(d.volunteers), {}, {}},
                          {-3, number(d.euros), {}, {}}};
        for (const DemoAction& a : d.actions) {
            if (a.title[0] == '\0')
                continue;
            ResponseAction action;
            action.caseId = owner;
            action.title = QString::fromUtf8(a.title);
            action.rationale = QStringLiteral("Proposed for the Q4 2026 budgeting round.");
            action.startOn = round.from;
            action.dueOn = round.to;
            action.policeHours = a.policeHours;
            action.volunteerHours = a.volunteerHours;
            action.euros = a.euros;
            if (!position.contains(owner)) // after the case's existing plan
                position.insert(owner, int(actions.listForCase(owner).value().size()));
            action.position = position[owner]++;
            Result<ResponseAction> added = actions.add(action);
            if (!added)
                return added.error();
            proposal.actionIds.append(added->id);
        }
        round.proposals.append(proposal);
    }
    // The mural needs the new lights; patrols and youth activities compete for the same evening slots.
    round.dependsOn = {{-6, -5}};
    round.incompatible = {{-11, -9}};
    int voter = 0;
    for (const auto& approvals : Ballots) {
        BudgetBallot ballot;
        ballot.voterKey = QStringLiteral("member-%1").arg(++voter, 2, 10, QLatin1Char('0'));
        for (const int* p = approvals; *p >= 0; ++p) {
            ballot.proposalIds.append(-static_cast<qint64>(*p) - 1);
            ballot.points.append(1);
        }
        round.ballots.append(ballot);
    }
    Result<BudgetRound> added = BudgetRepository(ws).add(round);
    return added ? Status{} : Status{added.error()};
}

} // namespace proxima
