// PabulibReader::toInstance: from the text tables to a budgeting instance, with every check the format implies.
#include "core/io/PabulibReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <limits>

namespace proxima::io {

using budgeting::Ballot;
using budgeting::BallotKind;
using budgeting::BudgetInstance;

namespace {


bool isEmptyCell(const QString& cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() || t.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<BudgetInstance> PabulibReader::toInstance(const PabulibDocument& document, const QString& fileName)
{
    auto fail = [&](int line, const QString& field, const QString& message) {
        return Error{message, fileName, line, field};
    };
    BudgetInstance instance;
    instance.name = document.metaValue(QStringLiteral("description"));
    if (instance.name.isEmpty())
        instance.name = QFileInfo(fileName).completeBaseName();

    const QString budgetText = document.metaValue(QStringLiteral("budget"));
    const std::optional<mpq_class> budget = parseDecimal(budgetText);
    if (budget && *budget < 0)
        return fail(document.metaLine(QStringLiteral("budget")), QStringLiteral("budget"),
                    QCoreApplication::translate("Pabulib", "the budget must not be negative (\"%1\")").arg(budgetText));
    if (!budget)
        return fail(document.metaLine(QStringLiteral("budget")), QStringLiteral("budget"),
                    budgetText.isEmpty() ? QCoreApplication::translate("Pabulib", "META has no budget")
                                         : QCoreApplication::translate("Pabulib", "the budget \"%1\" is not a number").arg(budgetText));
    QString currency = document.metaValue(QStringLiteral("currency"));
    instance.resources.push_back({QStringLiteral("budget"), QCoreApplication::translate("Pabulib", "Budget"), currency, *budget});

    const QString voteType = document.metaValue(QStringLiteral("vote_type")).trimmed().toLower();
    if (voteType.isEmpty() || voteType == QLatin1String("approval"))
        instance.ballotKind = BallotKind::Approval;
    else if (voteType == QLatin1String("cumulative"))
        instance.ballotKind = BallotKind::Cumulative;
    else if (voteType == QLatin1String("scoring"))
        instance.ballotKind = BallotKind::Score;
    else if (voteType == QLatin1String("ordinal"))
        instance.ballotKind = BallotKind::Ordinal;
    else
        return fail(document.metaLine(QStringLiteral("vote_type")), QStringLiteral("vote_type"),
                    QCoreApplication::translate("Pabulib", "unknown vote type \"%1\" (approval, cumulative, scoring or ordinal)").arg(voteType));

    const int idColumn = document.projectColumns.indexOf(QStringLiteral("project_id"));
    const int costColumn = document.projectColumns.indexOf(QStringLiteral("cost"));
    const int nameColumn = document.projectColumns.indexOf(QStringLiteral("name"));
    if (idColumn < 0 || costColumn < 0)
        return fail(document.projectHeaderLine, idColumn < 0 ? QStringLiteral("project_id") : QStringLiteral("cost"),
                    QCoreApplication::translate("Pabulib", "the PROJECTS header needs the columns project_id and cost"));
    QHash<QString, int> projectIndex;
    for (const PabulibRow& row : document.projects) {
        const QString id = row.cells.at(idColumn).trimmed();
        if (id.isEmpty())
            return fail(row.line, QStringLiteral("project_id"), QCoreApplication::translate("Pabulib", "the project id is empty"));
        if (projectIndex.contains(id))
            return fail(row.line, QStringLiteral("project_id"), QCoreApplication::translate("Pabulib", "the project id %1 appears twice").arg(id));
        const QString costText = row.cells.at(costColumn);
        const std::optional<mpq_class> cost = parseDecimal(costText);
        if (cost && *cost < 0)
            return fail(row.line, QStringLiteral("cost"),
                        QCoreApplication::translate("Pabulib", "the cost of project %1 must not be negative (\"%2\")").arg(id, costText.trimmed()));
        if (!cost)
            return fail(row.line, QStringLiteral("cost"),
                        QCoreApplication::translate("Pabulib", "the cost \"%1\" of project %2 is not a number").arg(costText.trimmed(), id));
        projectIndex.insert(id, static_cast<int>(instance.projects.size()));
        instance.projects.push_back({id, nameColumn >= 0 ? row.cells.at(nameColumn) : QString(), {*cost}});
    }
    const QString declaredProjects = document.metaValue(QStringLiteral("num_projects"));
    if (!declaredProjects.isEmpty() && declaredProjects.trimmed().toLongLong() != static_cast<qint64>(document.projects.size()))
        return fail(document.metaLine(QStringLiteral("num_projects")), QStringLiteral("num_projects"),
                    QCoreApplication::translate("Pabulib", "META says %1 projects but PROJECTS has %2 rows").arg(declaredProjects).arg(document.projects.size()));

    const int voterColumn = document.voteColumns.indexOf(QStringLiteral("voter_id"));
    const int voteColumn = document.voteColumns.indexOf(QStringLiteral("vote"));
    const int pointsColumn = document.voteColumns.indexOf(QStringLiteral("points"));
    const bool needPoints = instance.ballotKind == BallotKind::Cumulative || instance.ballotKind == BallotKind::Score;
    if (voteColumn < 0 && !document.votes.empty())
        return fail(document.voteHeaderLine, QStringLiteral("vote"), QCoreApplication::translate("Pabulib", "the VOTES header needs the column vote"));
    if (needPoints && pointsColumn < 0 && !document.votes.empty())
        return fail(document.voteHeaderLine, QStringLiteral("points"), QCoreApplication::translate("Pabulib", "%1 votes need the column points").arg(voteType));
    instance.ballots.reserve(document.votes.size());
    QHash<QString, int> voterLines;
    std::vector<size_t> listedIn(instance.projects.size(), 0);   // listedIn[p] == n + 1: project p is in vote n
    qint64 pointsTotal = 0;
    for (const PabulibRow& row : document.votes) {
        Ballot ballot;
        if (voterColumn >= 0)
            ballot.voterId = row.cells.at(voterColumn).trimmed();
        if (!ballot.voterId.isEmpty()) {
            const auto found = voterLines.constFind(ballot.voterId);
            if (found != voterLines.constEnd())
                return fail(row.line, QStringLiteral("voter_id"),
                            QCoreApplication::translate("Pabulib", "the voter id %1 appears twice (first on line %2)").arg(ballot.voterId).arg(found.value()));
            voterLines.insert(ballot.voterId, row.line);
        }
        const size_t stamp = instance.ballots.size() + 1;
        const QString& vote = row.cells.at(voteColumn);
        if (!isEmptyCell(vote)) {
            const QStringList ids = vote.split(QLatin1Char(','));
            ballot.projects.reserve(static_cast<size_t>(ids.size()));
            for (const QString& raw : ids) {
                const QString id = raw.trimmed();
                const auto found = projectIndex.constFind(id);
                if (found == projectIndex.constEnd())
                    return fail(row.line, QStringLiteral("vote"),
                                QCoreApplication::translate("Pabulib", "voter %1 votes for %2, which is not in PROJECTS").arg(ballot.voterId, id));
                // Listed twice, a project would count twice for one voter: the file is wrong, not the count.
                if (listedIn[size_t(found.value())] == stamp)
                    return fail(row.line, QStringLiteral("vote"),
                                QCoreApplication::translate("Pabulib", "voter %1 lists project %2 twice").arg(ballot.voterId, id));
                listedIn[size_t(found.value())] = stamp;
                ballot.projects.push_back(found.value());
            }
        }
        if (needPoints) {
            const QString& pointsCell = row.cells.at(pointsColumn);
            const QStringList points = isEmptyCell(pointsCell) ? QStringList() : pointsCell.split(QLatin1Char(','));
            if (static_cast<size_t>(points.size()) != ballot.projects.size())
                return fail(row.line, QStringLiteral("points"),
                            QCoreApplication::translate("Pabulib", "voter %1 gives %2 points for %3 projects").arg(ballot.voterId).arg(points.size())
                                .arg(ballot.projects.size()));
            for (const QString& p : points) {
                const std::optional<mpq_class> value = parseDecimal(p);
                if (!value || value->get_den() != 1 || *value < 0 || !value->get_num().fits_slong_p())
                    return fail(row.line, QStringLiteral("points"),
                                QCoreApplication::translate("Pabulib", "the points \"%1\" of voter %2 are not a whole number").arg(p.trimmed(), ballot.voterId));
                ballot.points.push_back(value->get_num().get_si());
                // The support of a project adds points over all voters: that total must stay exact too.
                if (__builtin_add_overflow(pointsTotal, ballot.points.back(), &pointsTotal))
                    return fail(row.line, QStringLiteral("points"),
                                QCoreApplication::translate("Pabulib", "the points of all voters add up to more than %1").arg(std::numeric_limits<qint64>::max()));
            }
        }
        if (!needPoints && pointsColumn >= 0 && !isEmptyCell(row.cells.at(pointsColumn))) {
            // Approval and ordinal votes do not use points, but a points column holding NaN or -1 is a broken file
            // rather than a detail to skip in silence.
            for (const QString& p : row.cells.at(pointsColumn).split(QLatin1Char(','))) {
                const std::optional<mpq_class> value = parseDecimal(p);
                if (!value || value->get_den() != 1 || *value < 0)
                    return fail(row.line, QStringLiteral("points"),
                                QCoreApplication::translate("Pabulib", "the points \"%1\" of voter %2 are not a whole number").arg(p.trimmed(), ballot.voterId));
            }
        }
        instance.ballots.push_back(std::move(ballot));
    }
    const QString declaredVotes = document.metaValue(QStringLiteral("num_votes"));
    if (!declaredVotes.isEmpty() && declaredVotes.trimmed().toLongLong() != static_cast<qint64>(document.votes.size()))
        return fail(document.metaLine(QStringLiteral("num_votes")), QStringLiteral("num_votes"),
                    QCoreApplication::translate("Pabulib", "META says %1 votes but VOTES has %2 rows").arg(declaredVotes).arg(document.votes.size()));
    return instance;
}

} // namespace proxima::io
