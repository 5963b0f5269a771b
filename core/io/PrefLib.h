#pragma once

#include "core/common/Result.h"
#include "core/voting/Ballot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace proxima::io {

/// The four PrefLib ordinal data types.
enum class PrefLibType
{
    Soc,
    Soi,
    Toc,
    Toi
};

/// "soc", "soi", "toc", "toi".
QString prefLibTypeKey(PrefLibType type);
/// Type for a key or file extension (case-insensitive), if it is one of the four.
std::optional<PrefLibType> prefLibTypeFromKey(const QString& key);

/// One line of orders: how many voters cast it and the order as tiers of 1-based alternative numbers.
struct PrefLibOrder
{
    qint64 count = 0;
    std::vector<std::vector<int>> tiers;
    bool operator==(const PrefLibOrder& other) const { return count == other.count && tiers == other.tiers; }
};

/// A PrefLib ordinal file: header metadata, alternatives and orders.
struct PrefLibData
{
    PrefLibType type = PrefLibType::Soc;
    /// Header lines other than DATA TYPE, NUMBER ... and ALTERNATIVE NAME, in file order (key upper-case).
    std::vector<std::pair<QString, QString>> metadata;
    int alternatives = 0;
    QStringList names; ///< names[i] is alternative i + 1
    std::vector<PrefLibOrder> orders;
    /// What the reader accepted but a user would want to know (stated counts that disagree with the orders, orders
    /// that do not fit the declared type, ...), each with its file and line. Not part of the data (not compared).
    std::vector<Error> warnings;

    /// Sum of the counts (saturated at the largest qint64; the reader refuses larger totals).
    qint64 voters() const;
    bool operator==(const PrefLibData& other) const;
};

/// Parses PrefLib text: the "# KEY: value" format (NUMBER lines optional: the names and orders give the counts), or
/// the older format starting with the number of alternatives. fileName is used in errors and, through its extension,
/// as the data type when the header gives none (else the narrowest type that fits the orders). Line ends CR, LF or
/// CRLF. Stated counts that disagree with the orders, and orders that need a wider type than declared, are warnings.
Result<PrefLibData> parsePrefLib(const QByteArray& bytes, const QString& fileName);
/// Reads and parses a file.
Result<PrefLibData> readPrefLib(const QString& path);

/// Writes the new PrefLib format (counts and names recomputed from the data).
QByteArray writePrefLib(const PrefLibData& data);
/// Writes to a file.
Status writePrefLibFile(const QString& path, const PrefLibData& data);

/// Ballots for the voting engine: 0-based candidate indices, weight = count, the given channel.
voting::Election toElection(const PrefLibData& data, const QString& channel = QStringLiteral("import"));
/// PrefLib data from ranked ballots (identical ballots merged, most frequent first); picks the narrowest type.
PrefLibData fromElection(const voting::Election& election, const QStringList& names);

} // namespace proxima::io
