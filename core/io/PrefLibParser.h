#pragma once

#include "core/common/Result.h"
#include "core/io/PrefLib.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace proxima::io {

/// Reads PrefLib ordinal files (what parsePrefLib() does): the "# KEY: value" format of 2022, with or without the
/// NUMBER ... lines, and the older layout (number of alternatives, "i,name" lines, "voters,sum,unique orders", then
/// "count,order" lines). Counts stated in the file that disagree with the data, and orders that do not fit the
/// declared type, are warnings in the result; only what leaves the ballots unclear is an error.
class PrefLibParser
{
public:
    /// More alternatives than this are refused (the reader keeps one name per alternative).
    static constexpr int MaxAlternatives = 1000000;

    explicit PrefLibParser(QString fileName);
    Result<PrefLibData> parse(const QByteArray& bytes);

private:
    struct Line
    {
        int number = 0;
        QString text; ///< trimmed
    };
    Status splitLines(const QByteArray& bytes);
    Result<PrefLibData> parseHeaderFormat();
    Result<PrefLibData> parseLegacyFormat();
    Result<std::vector<std::vector<int>>> parseOrder(QStringView text, int line, int limit, bool stated);
    Result<qint64> parseCount(QStringView text, int line) const;
    Status addOrder(PrefLibData& data, PrefLibOrder&& order, int line);
    void settleType(PrefLibData& data, std::optional<PrefLibType> declared, int declaredLine);
    void checkNames(const PrefLibData& data, const std::vector<int>& nameLines);

    Error error(int line, const QString& message) const;
    void warn(int line, const QString& message);

    QString m_file;
    std::optional<PrefLibType> m_fromExtension;
    std::vector<Line> m_lines;
    std::vector<Error> m_warnings;
    std::vector<quint32> m_seen; ///< m_seen[a] == m_stamp when alternative a is already in the current order
    quint32 m_stamp = 0;
    int m_highest = 0;           ///< highest alternative number in the orders
    qint64 m_total = 0;          ///< sum of the counts so far
    std::vector<int> m_orderLines; ///< line of each order
};

} // namespace proxima::io
