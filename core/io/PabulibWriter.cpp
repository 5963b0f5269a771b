#include "core/io/PabulibWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace proxima::io {

namespace {

QString quoted(const QString& cell)
{
    const bool needs = cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('"'))
        || cell != cell.trimmed() || cell.compare(QLatin1String("META"), Qt::CaseInsensitive) == 0
        || cell.compare(QLatin1String("PROJECTS"), Qt::CaseInsensitive) == 0
        || cell.compare(QLatin1String("VOTES"), Qt::CaseInsensitive) == 0;
    if (!needs)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendRow(QString& out, const QStringList& cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(';');
        out += quoted(cells.at(i));
    }
    out += QLatin1Char('\n');
}

} // namespace

QByteArray PabulibWriter::write(const PabulibDocument& document)
{
    QString out;
    out += QStringLiteral("META\nkey;value\n");
    for (const auto& [key, value] : document.meta)
        appendRow(out, {key, value});
    out += QStringLiteral("PROJECTS\n");
    appendRow(out, document.projectColumns);
    for (const PabulibRow& row : document.projects)
        appendRow(out, row.cells);
    out += QStringLiteral("VOTES\n");
    appendRow(out, document.voteColumns);
    for (const PabulibRow& row : document.votes)
        appendRow(out, row.cells);
    return out.toUtf8();
}

Status PabulibWriter::writeFile(const PabulibDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(document)) < 0 || !file.commit())
        return Error{QCoreApplication::translate("Pabulib", "cannot write the file: %1").arg(file.errorString()),
                     path, 0, {}};
    return {};
}

QString PabulibWriter::decimalText(const mpq_class& value)
{
    if (value.get_den() == 1)
        return QString::fromStdString(value.get_num().get_str());
    // Terminating decimals are written exactly; others to six places.
    mpz_class den = value.get_den();
    int places = 0;
    while (places < 40 && den % 2 == 0) { den /= 2; ++places; }
    int fives = 0;
    while (fives < 40 && den % 5 == 0) { den /= 5; ++fives; }
    const int decimals = den == 1 ? std::max(places, fives) : 6;
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(decimals));
    const mpq_class scaled = value * scale;
    const mpz_class rounded = scaled.get_num() / scaled.get_den();
    QString digits = QString::fromStdString(mpz_class(abs(rounded)).get_str()).rightJustified(decimals + 1, QLatin1Char('0'));
    digits.insert(digits.size() - decimals, QLatin1Char('.'));
    return (value < 0 ? QStringLiteral("-") : QString()) + digits;
}

PabulibDocument PabulibWriter::fromInstance(const budgeting::BudgetInstance& instance)
{
    using budgeting::BallotKind;
    PabulibDocument document;
    const bool points = instance.ballotKind == BallotKind::Cumulative || instance.ballotKind == BallotKind::Score;
    const char* type = instance.ballotKind == BallotKind::Approval ? "approval"
        : instance.ballotKind == BallotKind::Cumulative            ? "cumulative"
        : instance.ballotKind == BallotKind::Score                 ? "scoring"
                                                                   : "ordinal";
    document.meta = {{QStringLiteral("description"), instance.name},
                     {QStringLiteral("num_projects"), QString::number(instance.projects.size())},
                     {QStringLiteral("num_votes"), QString::number(instance.ballots.size())},
                     {QStringLiteral("budget"), instance.resources.empty() ? QStringLiteral("0")
                                                                           : decimalText(instance.resources[0].capacity)},
                     {QStringLiteral("vote_type"), QString::fromLatin1(type)}};
    if (!instance.resources.empty() && !instance.resources[0].unit.isEmpty())
        document.meta.emplace_back(QStringLiteral("currency"), instance.resources[0].unit);
    document.projectColumns = {QStringLiteral("project_id"), QStringLiteral("cost"), QStringLiteral("votes"),
                               QStringLiteral("name")};
    const std::vector<qint64> support = instance.support();
    for (size_t p = 0; p < instance.projects.size(); ++p) {
        const auto& project = instance.projects[p];
        document.projects.push_back({{project.id, project.cost.empty() ? QStringLiteral("0") : decimalText(project.cost[0]),
                                      QString::number(support[p]), project.name}, 0});
    }
    document.voteColumns = {QStringLiteral("voter_id"), QStringLiteral("vote")};
    if (points)
        document.voteColumns << QStringLiteral("points");
    for (size_t b = 0; b < instance.ballots.size(); ++b) {
        const auto& ballot = instance.ballots[b];
        QStringList ids, values;
        for (size_t i = 0; i < ballot.projects.size(); ++i) {
            ids << instance.projects[static_cast<size_t>(ballot.projects[i])].id;
            if (points)
                values << QString::number(i < ballot.points.size() ? ballot.points[i] : 0);
        }
        QStringList cells{ballot.voterId.isEmpty() ? QString::number(b + 1) : ballot.voterId, ids.join(QLatin1Char(','))};
        if (points)
            cells << values.join(QLatin1Char(','));
        document.votes.push_back({cells, 0});
    }
    return document;
}

} // namespace proxima::io
