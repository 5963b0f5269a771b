#include "core/budget/RoundPabulib.h"

#include "core/budget/RoundInstance.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace proxima {

using budgeting::BallotKind;
using budgeting::BudgetInstance;
using io::PabulibDocument;
using io::PabulibReader;
using io::PabulibWriter;

namespace {

QJsonArray stringArray(const QStringList& list) { return QJsonArray::fromStringList(list); }

QStringList toStrings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list << v.toString();
    return list;
}

// Keeps the text as read when it still says the same amount ("4000.0" stays "4000.0").
QString amountCell(const QString& old, const mpq_class& value)
{
    const auto parsed = PabulibReader::parseDecimal(old);
    return parsed && *parsed == value ? old : PabulibWriter::decimalText(value);
}

QString listCell(const QString& old, const QStringList& items)
{
    QStringList parsed;
    const QString t = old.trimmed();
    if (!t.isEmpty() && t.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0) {
        for (const QString& part : old.split(QLatin1Char(',')))
            parsed << part.trimmed();
    }
    return parsed == items ? old : items.join(QLatin1Char(','));
}

SupportBallotKind kindOf(BallotKind kind)
{
    switch (kind) {
    case BallotKind::Approval: return SupportBallotKind::Approval;
    case BallotKind::Score: return SupportBallotKind::Score;
    case BallotKind::Cumulative: return SupportBallotKind::Cumulative;
    case BallotKind::Ordinal: return SupportBallotKind::Ranked;
    }
    return SupportBallotKind::Approval;
}

} // namespace

int RoundPabulib::budgetPool(const BudgetRound& round)
{
    for (int i = 0; i < round.pools.size(); ++i) {
        if (round.pools.at(i).kind == PoolKind::Euros)
            return i;
    }
    return round.pools.isEmpty() ? -1 : 0;
}

Result<BudgetRound> RoundPabulib::fromDocument(const PabulibDocument& document, const QString& fileName)
{
    Result<BudgetInstance> instance = PabulibReader::toInstance(document, fileName);
    if (!instance)
        return instance.error();
    BudgetRound round;
    round.name = instance->name;
    round.ballotKind = kindOf(instance->ballotKind);
    QJsonArray meta;
    for (const auto& [key, value] : document.meta)
        meta.append(QJsonArray{key, value});
    round.sourceMeta = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("meta"), meta},
                                                                   {QStringLiteral("projects"),
                                                                    stringArray(document.projectColumns)},
                                                                   {QStringLiteral("votes"),
                                                                    stringArray(document.voteColumns)}})
                                             .toJson(QJsonDocument::Compact));
    const budgeting::Resource& budget = instance->resources.at(0);
    BudgetPool pool;
    pool.id = -1;
    pool.kind = PoolKind::Euros;
    pool.name = budget.name;
    pool.unit = budget.unit;
    pool.capacity = document.metaValue(QStringLiteral("budget")).trimmed();
    round.pools.append(pool);

    const int votesColumn = document.projectColumns.indexOf(QStringLiteral("votes"));
    round.supportFromCounts = document.votes.empty() && votesColumn >= 0;
    for (size_t p = 0; p < instance->projects.size(); ++p) {
        const io::PabulibRow& row = document.projects[p];
        BudgetProposal proposal;
        proposal.id = -static_cast<qint64>(p) - 1;
        proposal.code = instance->projects[p].id;
        proposal.title = instance->projects[p].name;
        proposal.costs.append({pool.id, PabulibWriter::decimalText(instance->projects[p].cost.at(0)), {}, {}});
        proposal.sourceCells = row.cells;
        if (round.supportFromCounts) {
            bool ok = false;
            const qint64 count = row.cells.at(votesColumn).trimmed().toLongLong(&ok);
            if (!ok || count < 0)
                return Error{QCoreApplication::translate("RoundPabulib", "the votes \"%1\" of project %2 are not a "
                                                                         "whole number")
                                 .arg(row.cells.at(votesColumn), proposal.code),
                             fileName, row.line, QStringLiteral("votes")};
            proposal.supportCount = count;
        }
        round.proposals.append(proposal);
    }
    round.ballots.reserve(static_cast<qsizetype>(instance->ballots.size()));
    for (size_t b = 0; b < instance->ballots.size(); ++b) {
        const budgeting::Ballot& ballot = instance->ballots[b];
        BudgetBallot stored;
        stored.voterKey = ballot.voterId.isEmpty() ? QString::number(b + 1) : ballot.voterId;
        for (size_t i = 0; i < ballot.projects.size(); ++i) {
            stored.proposalIds.append(-static_cast<qint64>(ballot.projects[i]) - 1);
            stored.points.append(i < ballot.points.size() ? ballot.points[i] : 1);
        }
        stored.sourceCells = document.votes[b].cells;
        round.ballots.append(std::move(stored));
    }
    return round;
}

Result<BudgetRound> RoundPabulib::readFile(const QString& path)
{
    Result<PabulibDocument> document = PabulibReader::readDocument(path);
    if (!document)
        return document.error();
    Result<BudgetRound> round = fromDocument(*document, path);
    if (!round)
        return round.error();
    if (round->name.trimmed().isEmpty())
        round->name = QFileInfo(path).completeBaseName();
    if (Status valid = BudgetRepository::validate(*round); !valid) {
        Error error = valid.error();
        error.file = path;
        return error;
    }
    if (Status valid = BudgetRepository::validateBallots(*round, round->ballotKind, round->ballots); !valid) {
        // The repository counts ballots from 1; the file's line of that ballot is what a person can look up.
        Error error = valid.error();
        error.file = path;
        const size_t ballot = size_t(std::max(0, error.line - 1));
        error.line = ballot < document->votes.size() ? document->votes[ballot].line : 0;
        return error;
    }
    return round;
}

Result<BudgetRound> RoundPabulib::importFile(Workspace& ws, const QString& path)
{
    Result<BudgetRound> round = readFile(path);
    if (!round)
        return round.error();
    return BudgetRepository(ws).add(*round);
}

int RoundPabulib::findPool(const BudgetRound& round, const QString& text)
{
    const QString wanted = text.trimmed();
    bool numeric = false;
    const qint64 id = wanted.toLongLong(&numeric);
    for (int i = 0; i < round.pools.size(); ++i) {
        const BudgetPool& pool = round.pools.at(i);
        if ((numeric && pool.id == id) || pool.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0
            || poolKindKey(pool.kind) == wanted)
            return i;
    }
    return -1;
}

Result<PabulibDocument> RoundPabulib::toDocument(const BudgetRound& round, std::optional<qint64> poolId)
{
    Result<BudgetInstance> full = RoundInstance::toInstance(round);
    if (!full)
        return full.error();
    const int exported = poolId ? round.poolIndex(*poolId) : budgetPool(round);
    if (poolId && exported < 0)
        return Error{QCoreApplication::translate("RoundPabulib", "the round %1 has no resource pool %2")
                         .arg(round.name).arg(*poolId),
                     {}, 0, QStringLiteral("pool")};
    if (exported < 0)
        return Error{QCoreApplication::translate("RoundPabulib", "the round has no resource pool to export"), {}, 0,
                     QStringLiteral("pools")};
    // Pabulib knows one budget: keep only the exported pool.
    BudgetInstance instance = *full;
    instance.resources = {full->resources.at(static_cast<size_t>(exported))};
    for (auto& project : instance.projects) {
        project.cost = {project.cost.at(static_cast<size_t>(exported))};
        project.minimum.clear();   // pabulib has no bounds
        project.maximum.clear();
    }
    PabulibDocument base = PabulibWriter::fromInstance(instance);

    const QJsonObject source = QJsonDocument::fromJson(round.sourceMeta.toUtf8()).object();
    if (source.isEmpty())
        return base;
    PabulibDocument document;
    for (const QJsonValue& pair : source.value(QStringLiteral("meta")).toArray()) {
        const QString key = pair.toArray().at(0).toString();
        QString value = pair.toArray().at(1).toString();
        const QString now = base.metaValue(key);
        const QString lower = key.toLower();
        if (lower == QLatin1String("budget"))
            value = amountCell(value, instance.resources[0].capacity);
        else if (lower == QLatin1String("num_projects") || lower == QLatin1String("num_votes"))
            value = value.trimmed() == now ? value : now;
        else if (lower == QLatin1String("vote_type"))
            value = value.trimmed().toLower() == now ? value : now;
        else if (lower == QLatin1String("currency") || lower == QLatin1String("description"))
            value = value == now || (now.isEmpty() && lower == QLatin1String("description")) ? value : now;
        document.meta.emplace_back(key, value);
    }
    if (document.metaValue(QStringLiteral("budget")).isEmpty())
        document.meta.emplace_back(QStringLiteral("budget"), base.metaValue(QStringLiteral("budget")));

    document.projectColumns = toStrings(source.value(QStringLiteral("projects")).toArray());
    for (const char* column : {"project_id", "cost"}) {
        if (!document.projectColumns.contains(QLatin1String(column)))
            document.projectColumns << QString::fromLatin1(column);
    }
    const int idColumn = int(document.projectColumns.indexOf(QStringLiteral("project_id")));
    const int costColumn = int(document.projectColumns.indexOf(QStringLiteral("cost")));
    const int nameColumn = int(document.projectColumns.indexOf(QStringLiteral("name")));
    const int votesColumn = int(document.projectColumns.indexOf(QStringLiteral("votes")));
    const std::vector<qint64> support = instance.support();
    for (int p = 0; p < round.proposals.size(); ++p) {
        QStringList cells = round.proposals.at(p).sourceCells;
        while (cells.size() < document.projectColumns.size())
            cells << QString();
        cells.resize(document.projectColumns.size());
        const auto& project = instance.projects[static_cast<size_t>(p)];
        cells[idColumn] = project.id;
        cells[costColumn] = amountCell(cells[costColumn], project.cost[0]);
        if (nameColumn >= 0)
            cells[nameColumn] = project.name;
        if (votesColumn >= 0 && cells[votesColumn].trimmed() != QString::number(support[static_cast<size_t>(p)]))
            cells[votesColumn] = QString::number(support[static_cast<size_t>(p)]);
        document.projects.push_back({cells, 0});
    }

    document.voteColumns = toStrings(source.value(QStringLiteral("votes")).toArray());
    const bool points = instance.ballotKind == BallotKind::Score || instance.ballotKind == BallotKind::Cumulative;
    if (!instance.ballots.empty()) {
        for (const char* column : {"voter_id", "vote"}) {
            if (!document.voteColumns.contains(QLatin1String(column)))
                document.voteColumns << QString::fromLatin1(column);
        }
        if (points && !document.voteColumns.contains(QLatin1String("points")))
            document.voteColumns << QStringLiteral("points");
    }
    const int voterColumn = int(document.voteColumns.indexOf(QStringLiteral("voter_id")));
    const int voteColumn = int(document.voteColumns.indexOf(QStringLiteral("vote")));
    const int pointsColumn = int(document.voteColumns.indexOf(QStringLiteral("points")));
    for (size_t b = 0; b < instance.ballots.size(); ++b) {
        const auto& ballot = instance.ballots[b];
        QStringList cells = round.ballots.at(static_cast<qsizetype>(b)).sourceCells;
        while (cells.size() < document.voteColumns.size())
            cells << QString();
        cells.resize(document.voteColumns.size());
        QStringList ids, values;
        for (size_t i = 0; i < ballot.projects.size(); ++i) {
            ids << instance.projects[static_cast<size_t>(ballot.projects[i])].id;
            if (points)
                values << QString::number(ballot.points[i]);
        }
        if (cells[voterColumn].trimmed() != ballot.voterId)
            cells[voterColumn] = ballot.voterId;
        cells[voteColumn] = listCell(cells[voteColumn], ids);
        if (points && pointsColumn >= 0)
            cells[pointsColumn] = listCell(cells[pointsColumn], values);
        document.votes.push_back({cells, 0});
    }
    return document;
}

Status RoundPabulib::exportFile(const BudgetRound& round, const QString& path, std::optional<qint64> poolId)
{
    Result<PabulibDocument> document = toDocument(round, poolId);
    if (!document)
        return document.error();
    return PabulibWriter::writeFile(*document, path);
}

} // namespace proxima
