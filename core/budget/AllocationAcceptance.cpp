#include "core/budget/AllocationAcceptance.h"

#include "core/budgeting/FlexibleAmounts.h"
#include "core/io/PabulibReader.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonDocument>

namespace proxima {

namespace {

double* field(ResponseAction& action, PoolKind kind)
{
    switch (kind) {
    case PoolKind::PoliceHours: return &action.policeHours;
    case PoolKind::VolunteerHours: return &action.volunteerHours;
    case PoolKind::Euros: return &action.euros;
    case PoolKind::Custom: return nullptr;
    }
    return nullptr;
}

QString capacitiesJson(const BudgetRound& round)
{
    QJsonObject object;
    for (const BudgetPool& pool : round.pools)
        object.insert(pool.name, pool.capacity);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Stores each action of values over the revision its counterpart in current holds (undo and redo write one state of
// the funded actions over the other) and keeps what was stored.
Status writeActions(Workspace& ws, QList<ResponseAction>& values, const QList<ResponseAction>& current)
{
    ActionRepository actions(ws);
    for (int i = 0; i < values.size(); ++i) {
        ResponseAction value = values.at(i);
        value.revision = current.at(i).revision;
        Result<ResponseAction> saved = actions.update(value);
        if (!saved)
            return saved.error();
        values[i] = *saved;
    }
    return {};
}

} // namespace

FundedAmounts AllocationAcceptance::amountsOf(const BudgetRound& round, const budgeting::BudgetInstance& instance,
                                              const budgeting::BudgetResult& result)
{
    FundedAmounts amounts;
    for (int p : result.funded) {
        if (p < 0 || p >= round.proposals.size())
            continue;
        const std::vector<mpq_class> funded = budgeting::fundedAmount(instance, result, p);
        QHash<qint64, double>& perPool = amounts[round.proposals.at(p).id];
        for (int r = 0; r < round.pools.size() && static_cast<size_t>(r) < funded.size(); ++r)
            perPool.insert(round.pools.at(r).id, funded[static_cast<size_t>(r)].get_d());
    }
    return amounts;
}

QList<ResponseAction> AllocationAcceptance::plan(const BudgetRound& round, const QList<qint64>& fundedProposalIds,
                                                 const QList<ResponseAction>& actions, const FundedAmounts& amounts)
{
    QHash<qint64, ResponseAction> byId;
    for (const ResponseAction& a : actions)
        byId.insert(a.id, a);
    QList<ResponseAction> result;
    for (qint64 proposalId : fundedProposalIds) {
        const int index = round.proposalIndex(proposalId);
        if (index < 0)
            continue;
        const BudgetProposal& proposal = round.proposals.at(index);
        QList<ResponseAction> bundle;
        for (qint64 actionId : proposal.actionIds) {
            if (byId.contains(actionId))
                bundle.append(byId.value(actionId));
        }
        if (bundle.isEmpty())
            continue;
        for (const BudgetPool& pool : round.pools) {
            if (!field(bundle[0], pool.kind))
                continue;
            const auto cost = io::PabulibReader::parseDecimal(proposal.costIn(pool.id));
            const auto given = amounts.constFind(proposalId);
            const double total = given != amounts.constEnd() && given->contains(pool.id) ? given->value(pool.id)
                                 : cost                                                 ? cost->get_d()
                                                                                        : 0.0;
            double asked = 0;
            for (ResponseAction& a : bundle)
                asked += *field(a, pool.kind);
            for (ResponseAction& a : bundle) {
                double* value = field(a, pool.kind);
                *value = asked > 0 ? total * (*value / asked) : total / static_cast<double>(bundle.size());
            }
        }
        for (ResponseAction& a : bundle) {
            if (a.status == ActionStatus::Planned)
                a.status = ActionStatus::InProgress;
            byId.insert(a.id, a);   // an action in two funded bundles keeps the later share
            result.removeIf([&](const ResponseAction& r) { return r.id == a.id; });
            result.append(a);
        }
    }
    return result;
}

Result<AcceptedAllocation> AllocationAcceptance::accept(Workspace& ws, const BudgetRound& round, const QString& rule,
                                                        const QList<qint64>& fundedProposalIds,
                                                        const FundedAmounts& amounts)
{
    AcceptedAllocation accepted;
    accepted.allocation.roundId = round.id;
    accepted.allocation.rule = rule;
    accepted.allocation.funded = fundedProposalIds;
    accepted.allocation.capacities = capacitiesJson(round);
    const Status written = ws.write([&]() -> Status {
        ActionRepository actions(ws);
        Result<QList<ResponseAction>> all = actions.listAll();
        if (!all)
            return all.error();
        accepted.after = plan(round, fundedProposalIds, *all, amounts);
        accepted.before.clear();
        for (ResponseAction& a : accepted.after) {
            Result<ResponseAction> old = actions.find(a.id);
            if (!old)
                return old.error();
            accepted.before.append(*old);
            Result<ResponseAction> saved = actions.update(a);
            if (!saved)
                return saved.error();
            a = *saved;
        }
        Result<BudgetAllocation> stored = BudgetRepository(ws).addAllocation(accepted.allocation);
        if (!stored)
            return stored.error();
        accepted.allocation = *stored;
        return {};
    });
    if (!written)
        return written.error();
    return accepted;
}

Status AllocationAcceptance::redo(Workspace& ws, AcceptedAllocation& accepted)
{
    AcceptedAllocation again = accepted;
    const Status written = ws.write([&]() -> Status {
        if (Status s = writeActions(ws, again.after, again.before); !s)
            return s;
        Result<BudgetAllocation> stored = BudgetRepository(ws).addAllocation(again.allocation);
        return stored ? Status{} : Status{stored.error()};
    });
    if (written)
        accepted = again;
    return written;
}

Status AllocationAcceptance::undo(Workspace& ws, AcceptedAllocation& accepted)
{
    AcceptedAllocation undone = accepted;
    const Status written = ws.write([&]() -> Status {
        if (Status s = writeActions(ws, undone.before, undone.after); !s)
            return s;
        return BudgetRepository(ws).removeAllocation(undone.allocation.id);
    });
    if (written)
        accepted = undone;
    return written;
}

} // namespace proxima
