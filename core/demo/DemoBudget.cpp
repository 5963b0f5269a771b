#include "core/demo/DemoBudget.h"

#include "core/demo/DemoGeography.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/BudgetRepository.h"
#include "core/storage/repositories/CaseRepository.h"

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

// The Q4 round funds responses to the problems analysed or scanned since the last plan (the cases in Respond and
// Assess already have their plans). Costs are the sums of the actions' resources; the eleven proposals ask for
// 164 h, 360 h and 20,600 €, more than the pools hold.
const DemoProposal Proposals[] = {
    {"Isolation of elderly residents", "Phone buddies and scam-awareness sessions", 12, 60, 400,
     {{"Phone buddies for elderly residents", 0, 50, 100}, {"Scam-awareness sessions", 12, 10, 300}}},
    {"Isolation of elderly residents", "Escorted evening walks to the community centre", 16, 90, 600,
     {{"Escorted evening walks to the community centre", 16, 90, 600}, {"", 0, 0, 0}}},
    {"Loitering and drinking at the night shop", "Closing-time agreement and litter round at the night shop", 24,
     20, 300, {{"Closing-time agreement and litter round at the night shop", 24, 20, 300}, {"", 0, 0, 0}}},
    {"Parking on pavements at the market", "Loading bays on market days", 2, 0, 3500,
     {{"Loading bays on market days", 2, 0, 3500}, {"", 0, 0, 0}}},
    {"Car break-ins at the park-and-ride", "Lighting at the park-and-ride", 0, 0, 4800,
     {{"Lighting at the park-and-ride", 0, 0, 4800}, {"", 0, 0, 0}}},
    {"Car break-ins at the park-and-ride", "Camera feasibility study at the park-and-ride", 12, 0, 1500,
     {{"Camera feasibility study at the park-and-ride", 12, 0, 1500}, {"", 0, 0, 0}}},
    {"Scooter riders on the park paths", "Speed-calming chicanes on the park paths", 0, 20, 3000,
     {{"Speed-calming chicanes on the park paths", 0, 20, 3000}, {"", 0, 0, 0}}},
    {"Graffiti on the church wall", "Legal graffiti wall with the youth house", 0, 60, 1800,
     {{"Legal graffiti wall with the youth house", 0, 60, 1800}, {"", 0, 0, 0}}},
    {"Youth nuisance at the Place Saint-Roch", "Evening youth activities on the Place Saint-Roch", 8, 70, 2200,
     {{"Evening youth activities on the Place Saint-Roch", 8, 70, 2200}, {"", 0, 0, 0}}},
    {"Drug dealing in the Parc des Tilleuls", "Prune the hedges and open the sightlines in the park", 0, 40, 2500,
     {{"Prune the hedges and open the sightlines in the park", 0, 40, 2500}, {"", 0, 0, 0}}},
    {"Youth nuisance at the Place Saint-Roch", "Targeted evening patrols on the Place Saint-Roch", 90, 0, 0,
     {{"Targeted evening patrols on the Place Saint-Roch", 90, 0, 0}, {"", 0, 0, 0}}},
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
            if (!position.contains(owner)) { // after the case's existing plan
                Result<QList<ResponseAction>> existing = actions.listForCase(owner);
                if (!existing)
                    return existing.error();
                position.insert(owner, int(existing->size()));
            }
            action.position = position[owner]++;
            Result<ResponseAction> added = actions.add(action);
            if (!added)
                return added.error();
            proposal.actionIds.append(added->id);
        }
        round.proposals.append(proposal);
    }
    // Cameras are useless without the lights; patrols and youth activities compete for the same evening slots.
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
