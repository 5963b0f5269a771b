#pragma once

#include "core/common/Result.h"
#include "core/voting/Ballot.h"

#include <QByteArray>
#include <QStringList>

namespace proxima::io {

/// What the cells of a ballot CSV hold.
enum class BallotCsvKind
{
    Ranks, ///< 1 = best, empty = unranked, equal numbers = tied
    Values ///< dots, approval 0/1 or scores; empty = 0
};

/// Candidates (header) and ballots (one per row) of a ballot CSV.
struct BallotCsvData
{
    QStringList candidates;
    voting::Election election;
};

/// Parses CSV text (comma or semicolon, quotes allowed, BOM/CRLF tolerated). Errors name file, line and column.
Result<BallotCsvData> parseBallotCsv(const QByteArray& bytes, const QString& fileName, BallotCsvKind kind,
                                     const QString& channel = QStringLiteral("import"));
/// Reads and parses a file.
Result<BallotCsvData> readBallotCsv(const QString& path, BallotCsvKind kind,
                                    const QString& channel = QStringLiteral("import"));

} // namespace proxima::io
