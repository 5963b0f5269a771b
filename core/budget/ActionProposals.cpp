#include "core/budget/ActionProposals.h"

#include <QSet>

namespace proxima {

BudgetRound ActionProposals::addOpenActions(const BudgetRound& round, const QList<ProblemCase>& cases,
                                            const QList<ResponseAction>& actions, int* added)
{
    QSet<qint64> respond, linked;
    for (const ProblemCase& c : cases) {
        if (c.stage == SaraStage::Respond)
            respond.insert(c.id);
    }
    for (const BudgetProposal& p : round.proposals) {
        for (qint64 id : p.actionIds)
            linked.insert(id);
    }
    BudgetRound after = round;
    qint64 placeholder = 0;
    int count = 0;
    for (const ResponseAction& a : actions) {
        // Only what is still to be done can be funded.
        if (!respond.contains(a.caseId) || linked.contains(a.id) || a.status == ActionStatus::Done
            || a.status == ActionStatus::Dropped)
            continue;
        BudgetProposal p;
        p.id = --placeholder;
        p.title = a.title;
        p.description = a.rationale;
        p.actionIds = {a.id};
        for (PoolKind kind : {PoolKind::PoliceHours, PoolKind::VolunteerHours, PoolKind::Euros}) {
            const double value = kind == PoolKind::PoliceHours ? a.policeHours
                : kind == PoolKind::VolunteerHours             ? a.volunteerHours
                                                               : a.euros;
            for (const BudgetPool& pool : after.pools) {
                if (pool.kind == kind) {
                    p.costs.append({pool.id, amountText(value), {}, {}});
                    break;
                }
            }
        }
        after.proposals.append(p);
        ++count;
    }
    if (added)
        *added = count;
    return after;
}

QString ActionProposals::amountText(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

} // namespace proxima
