#include "core/budget/RoundInstance.h"

#include "core/io/PabulibReader.h"

#include <QCoreApplication>
#include <QHash>

#include <tuple>

namespace proxima {

using namespace budgeting;

BallotKind RoundInstance::ballotKind(SupportBallotKind kind)
{
    switch (kind) {
    case SupportBallotKind::Approval: return BallotKind::Approval;
    case SupportBallotKind::Score: return BallotKind::Score;
    case SupportBallotKind::Cumulative: return BallotKind::Cumulative;
    case SupportBallotKind::Ranked: return BallotKind::Ordinal;
    }
    return BallotKind::Approval;
}

Result<BudgetInstance> RoundInstance::toInstance(const BudgetRound& round)
{
    auto amount = [](const QString& text, const QString& what, const QString& field) -> Result<mpq_class> {
        const std::optional<mpq_class> value = io::PabulibReader::parseDecimal(text);
        if (!value || *value < 0)
            return Error{QCoreApplication::translate("RoundInstance", "%1: \"%2\" is not an amount").arg(what, text),
                         {}, 0, field};
        return *value;
    };
    BudgetInstance instance;
    instance.name = round.name;
    QHash<qint64, size_t> poolIndex;
    for (const BudgetPool& pool : round.pools) {
        Result<mpq_class> capacity = amount(pool.capacity, pool.name, QStringLiteral("capacity"));
        if (!capacity)
            return capacity.error();
        poolIndex.insert(pool.id, instance.resources.size());
        instance.resources.push_back({pool.name, pool.name, pool.unit, *capacity});
    }
    QHash<qint64, int> projectIndex;
    for (const BudgetProposal& p : round.proposals) {
        BudgetProject project{p.code.isEmpty() ? QString::number(p.id) : p.code, p.title,
                              std::vector<mpq_class>(instance.resources.size(), mpq_class(0))};
        for (const ProposalCost& c : p.costs) {
            const auto it = poolIndex.constFind(c.poolId);
            if (it == poolIndex.constEnd())
                continue;
            Result<mpq_class> cost = amount(c.cost, p.title.isEmpty() ? project.id : p.title, QStringLiteral("cost"));
            if (!cost)
                return cost.error();
            project.cost[*it] = *cost;
            for (const auto& [text, bounds, field] : {std::tuple{&c.minimum, &project.minimum, "minimum"},
                                                      std::tuple{&c.maximum, &project.maximum, "maximum"}}) {
                if (text->trimmed().isEmpty())
                    continue;
                Result<mpq_class> value = amount(text->trimmed(), p.title.isEmpty() ? project.id : p.title,
                                                 QString::fromLatin1(field));
                if (!value)
                    return value.error();
                bounds->resize(instance.resources.size());
                (*bounds)[*it] = *value;
            }
        }
        const int index = static_cast<int>(instance.projects.size());
        projectIndex.insert(p.id, index);
        if (p.mustFund)
            instance.constraints.mustFund.push_back(index);
        if (p.excluded)
            instance.constraints.excluded.push_back(index);
        instance.projects.push_back(std::move(project));
    }
    for (const ProposalPair& pair : round.incompatible) {
        if (projectIndex.contains(pair.first) && projectIndex.contains(pair.second))
            instance.constraints.incompatible.emplace_back(projectIndex.value(pair.first), projectIndex.value(pair.second));
    }
    for (const ProposalPair& pair : round.dependsOn) {
        if (projectIndex.contains(pair.first) && projectIndex.contains(pair.second))
            instance.constraints.dependsOn.emplace_back(projectIndex.value(pair.first), projectIndex.value(pair.second));
    }
    instance.ballotKind = ballotKind(round.ballotKind);
    if (round.supportFromCounts) {
        for (const BudgetProposal& p : round.proposals)
            instance.aggregatedSupport.push_back(p.supportCount.value_or(0));
        return instance;
    }
    const bool points = instance.ballotKind == BallotKind::Score || instance.ballotKind == BallotKind::Cumulative;
    instance.ballots.reserve(static_cast<size_t>(round.ballots.size()));
    for (const BudgetBallot& stored : round.ballots) {
        Ballot ballot;
        ballot.voterId = stored.voterKey;
        for (int i = 0; i < stored.proposalIds.size(); ++i) {
            const auto it = projectIndex.constFind(stored.proposalIds.at(i));
            if (it == projectIndex.constEnd())
                continue;
            ballot.projects.push_back(*it);
            if (points)
                ballot.points.push_back(i < stored.points.size() ? stored.points.at(i) : 1);
        }
        instance.ballots.push_back(std::move(ballot));
    }
    return instance;
}

} // namespace proxima
