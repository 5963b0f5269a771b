#include "core/io/BallotCsv.h"

#include <QCoreApplication>
#include <QFile>

#include <map>

namespace proxima::io {

namespace {

// One record per line; quoted cells may hold the separator and doubled quotes (no line breaks inside cells).
Result<QStringList> splitRecord(const QString& line, QChar separator, const QString& file, int number)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == separator) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += ch;
        }
    }
    if (quoted)
        return Error{QCoreApplication::translate("BallotCsv", "unclosed quote"), file, number, {}};
    cells << cell.trimmed();
    return cells;
}

} // namespace

Result<BallotCsvData> parseBallotCsv(const QByteArray& bytes, const QString& fileName, BallotCsvKind kind,
                                     const QString& channel)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    int headerIndex = 0;
    while (headerIndex < lines.size() && lines.at(headerIndex).trimmed().isEmpty())
        ++headerIndex;
    if (headerIndex == lines.size())
        return Error{QCoreApplication::translate("BallotCsv", "the file is empty"), fileName, 0, {}};
    const QString headerLine = lines.at(headerIndex).trimmed();
    const QChar separator =
        headerLine.count(QLatin1Char(';')) > headerLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    Result<QStringList> header = splitRecord(headerLine, separator, fileName, headerIndex + 1);
    if (!header)
        return header.error();
    BallotCsvData data;
    data.candidates = *header;
    for (int c = 0; c < data.candidates.size(); ++c) {
        const QString column = QCoreApplication::translate("BallotCsv", "column %1").arg(c + 1);
        if (data.candidates.at(c).isEmpty())
            return Error{QCoreApplication::translate("BallotCsv", "empty candidate name"), fileName, headerIndex + 1,
                         column};
        if (data.candidates.indexOf(data.candidates.at(c)) != c)
            return Error{
                QCoreApplication::translate("BallotCsv", "candidate \"%1\" named twice").arg(data.candidates.at(c)),
                fileName, headerIndex + 1, column};
    }
    data.election.candidateCount = static_cast<int>(data.candidates.size());
    for (int i = headerIndex + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Result<QStringList> cells = splitRecord(line, separator, fileName, i + 1);
        if (!cells)
            return cells.error();
        if (cells->size() > data.candidates.size()) {
            return Error{QCoreApplication::translate("BallotCsv", "%1 cells, the header has %2 candidates")
                             .arg(cells->size())
                             .arg(data.candidates.size()),
                         fileName,
                         i + 1,
                         {}};
        }
        std::map<qint64, std::vector<int>> byRank;
        std::vector<qint64> values(static_cast<size_t>(data.candidates.size()), 0);
        for (int c = 0; c < cells->size(); ++c) {
            const QString& cell = cells->at(c);
            if (cell.isEmpty())
                continue;
            bool ok = false;
            const qint64 v = cell.toLongLong(&ok);
            const bool rank = kind == BallotCsvKind::Ranks;
            if (!ok || v < (rank ? 1 : 0)) {
                return Error{
                    rank
                        ? QCoreApplication::translate("BallotCsv", "rank \"%1\" is not a whole number from 1").arg(cell)
                        : QCoreApplication::translate("BallotCsv", "\"%1\" is not a whole number from 0").arg(cell),
                    fileName, i + 1, data.candidates.at(c)};
            }
            if (rank)
                byRank[v].push_back(c);
            else
                values[static_cast<size_t>(c)] = v;
        }
        if (kind == BallotCsvKind::Ranks) {
            voting::RankedBallot b;
            b.channel = channel;
            for (auto& [rank, tier] : byRank)
                b.tiers.push_back(tier);
            data.election.ranked.push_back(std::move(b));
        } else {
            data.election.scored.push_back(voting::ScoreBallot{values, 1, channel});
        }
    }
    return data;
}

Result<BallotCsvData> readBallotCsv(const QString& path, BallotCsvKind kind, const QString& channel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("BallotCsv", "cannot open: %1").arg(file.errorString()), path, 0, {}};
    return parseBallotCsv(file.readAll(), path, kind, channel);
}

} // namespace proxima::io
