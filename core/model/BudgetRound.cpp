#include "core/model/BudgetRound.h"

#include <QCoreApplication>

namespace proxima {

QString poolKindKey(PoolKind kind)
{
    switch (kind) {
    case PoolKind::PoliceHours: return QStringLiteral("police_hours");
    case PoolKind::VolunteerHours: return QStringLiteral("volunteer_hours");
    case PoolKind::Euros: return QStringLiteral("euros");
    case PoolKind::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

std::optional<PoolKind> poolKindFromKey(const QString& key)
{
    for (PoolKind kind : {PoolKind::PoliceHours, PoolKind::VolunteerHours, PoolKind::Euros, PoolKind::Custom}) {
        if (poolKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString poolKindLabel(PoolKind kind)
{
    switch (kind) {
    case PoolKind::PoliceHours: return QCoreApplication::translate("BudgetRound", "Police officer hours");
    case PoolKind::VolunteerHours: return QCoreApplication::translate("BudgetRound", "Volunteer hours");
    case PoolKind::Euros: return QCoreApplication::translate("BudgetRound", "Euros");
    case PoolKind::Custom: return QCoreApplication::translate("BudgetRound", "Custom");
    }
    return {};
}

QString supportBallotKindKey(SupportBallotKind kind)
{
    switch (kind) {
    case SupportBallotKind::Approval: return QStringLiteral("approval");
    case SupportBallotKind::Score: return QStringLiteral("score");
    case SupportBallotKind::Cumulative: return QStringLiteral("cumulative");
    case SupportBallotKind::Ranked: return QStringLiteral("ranked");
    }
    return QStringLiteral("approval");
}

std::optional<SupportBallotKind> supportBallotKindFromKey(const QString& key)
{
    for (SupportBallotKind kind : {SupportBallotKind::Approval, SupportBallotKind::Score, SupportBallotKind::Cumulative,
                                   SupportBallotKind::Ranked}) {
        if (supportBallotKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString BudgetProposal::costIn(qint64 poolId) const
{
    for (const ProposalCost& c : costs) {
        if (c.poolId == poolId)
            return c.cost;
    }
    return QStringLiteral("0");
}

int BudgetRound::poolIndex(qint64 poolId) const
{
    for (int i = 0; i < pools.size(); ++i) {
        if (pools.at(i).id == poolId)
            return i;
    }
    return -1;
}

int BudgetRound::proposalIndex(qint64 proposalId) const
{
    for (int i = 0; i < proposals.size(); ++i) {
        if (proposals.at(i).id == proposalId)
            return i;
    }
    return -1;
}

} // namespace proxima
