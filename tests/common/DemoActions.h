#pragma once

// Six actions added to the demo workspace for the matrix and document tests. Their cases (by demo id):
// 1 "Street harassment..." priority 1 (Gare), 2 "Bicycle theft..." priority 2 (Gare), 4 "Speeding..." priority 4
// (Parc), 9 "Parking on pavements..." unranked (Gare), 10 "Graffiti..." unranked (Parc).
// Totals: police 32.5 h, volunteers 56 h, 5000 euros.
#include "core/model/ResponseAction.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"

#include <QList>
#include <QSqlQuery>

namespace proxima::test {

inline ResponseAction demoAction(qint64 caseId, const char* title, ChainPhase phase, TriangleSide side, QDate start,
                                 QDate due, double police, double volunteers, double euros,
                                 QList<ActionPartner> partners, ActionStatus status = ActionStatus::Planned)
{
    ResponseAction a;
    a.caseId = caseId;
    a.title = QString::fromUtf8(title);
    a.phase = phase;
    a.side = side;
    a.startOn = start;
    a.dueOn = due;
    a.policeHours = police;
    a.volunteerHours = volunteers;
    a.euros = euros;
    a.partners = std::move(partners);
    a.status = status;
    return a;
}

/// Replaces the demo's action plan with the six actions above, so the expected figures do not depend on the demo
/// content of other parts; returns their ids in the order added (empty on failure).
inline QList<qint64> addDemoActions(Workspace& ws)
{
    {
        QSqlQuery clear(ws.database());
        if (!clear.exec(QStringLiteral("DELETE FROM actions")))
            return {};
        // Cases 9 and 10 stand for the unranked problems, whatever the demo's votes ranked.
        if (!clear.exec(QStringLiteral("UPDATE cases SET priority = 0 WHERE id IN (9, 10)")))
            return {};
    }
    const auto p = [](const char* organisation, const char* role) {
        return ActionPartner{QString::fromUtf8(organisation), QString::fromUtf8(role), 0};
    };
    QList<ResponseAction> actions{
        demoAction(4, "Speed display at the school gate", ChainPhase::Prevention, TriangleSide::Place,
                   QDate(2026, 10, 5), QDate(2026, 11, 30), 6, 0, 2400, {p("Commune", "funding")},
                   ActionStatus::InProgress),
        demoAction(1, "Street coaches on Friday nights", ChainPhase::Prevention, TriangleSide::Guardian,
                   QDate(2026, 11, 1), QDate(2027, 3, 31), 12.5, 40, 1500,
                   {p("Commune", "funding"), p("SNCB", "lighting")}),
        demoAction(1, "Awareness walk with women's groups", ChainPhase::ProAction, TriangleSide::Victim,
                   QDate(2026, 10, 10), QDate(2026, 10, 10), 4, 10, 0, {p("Comité de quartier Saint-Roch", "guides")},
                   ActionStatus::Done),
        demoAction(10, "Clean the church wall", ChainPhase::Aftercare, TriangleSide::Place, QDate(),
                   QDate(2026, 12, 15), 0, 0, 800, {p("Paroisse Saint-Roch", "owner")}),
        demoAction(9, "Loading bays on market days", ChainPhase::ProAction, TriangleSide::Manager, QDate(2027, 1, 10),
                   QDate(2027, 2, 28), 2, 0, 0, {p("Union des commerçants de la Gare", "shops"), p("commune", "signage")}),
        demoAction(2, "Bike marking sessions", ChainPhase::Prevention, TriangleSide::Victim, QDate(2026, 9, 1),
                   QDate(2026, 9, 30), 8, 6, 300, {}, ActionStatus::Done),
    };
    actions[1].leadMemberId = 5;   // Yasmina El Idrissi (members are listed by name; ids follow the demo table)
    actions[1].leadOrganisation = QStringLiteral("AMO Le Cercle (youth work)");
    actions[3].isReferral = true;
    actions[3].referralService = QStringLiteral("Service propreté");
    actions[3].referredOn = QDate(2026, 10, 2);
    actions[3].referralAnswer = QStringLiteral("accepted");
    actions[0].leadOrganisation = QStringLiteral("Commune — service prévention");
    QList<qint64> ids;
    ActionRepository repository(ws);
    for (const ResponseAction& action : actions) {
        auto added = repository.add(action);
        if (!added)
            return {};
        ids << added->id;
    }
    return ids;
}

} // namespace proxima::test
