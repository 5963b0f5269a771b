#include "core/io/PrefLib.h"

#include "core/io/PrefLibParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <limits>
#include <map>

namespace proxima::io {

namespace {

bool isKnownKey(const QString& key)
{
    return key == QLatin1String("DATA TYPE") || key == QLatin1String("NUMBER ALTERNATIVES") ||
           key == QLatin1String("NUMBER VOTERS") || key == QLatin1String("NUMBER UNIQUE ORDERS") ||
           key.startsWith(QLatin1String("ALTERNATIVE NAME "));
}

} // namespace

QString prefLibTypeKey(PrefLibType type)
{
    switch (type) {
    case PrefLibType::Soc:
        return QStringLiteral("soc");
    case PrefLibType::Soi:
        return QStringLiteral("soi");
    case PrefLibType::Toc:
        return QStringLiteral("toc");
    case PrefLibType::Toi:
        return QStringLiteral("toi");
    }
    return {};
}

std::optional<PrefLibType> prefLibTypeFromKey(const QString& key)
{
    for (PrefLibType t : {PrefLibType::Soc, PrefLibType::Soi, PrefLibType::Toc, PrefLibType::Toi}) {
        if (prefLibTypeKey(t) == key.trimmed().toLower())
            return t;
    }
    return std::nullopt;
}

qint64 PrefLibData::voters() const
{
    // Saturates rather than wraps: the reader refuses totals beyond a qint64, but data may be built elsewhere.
    qint64 sum = 0;
    for (const auto& o : orders) {
        if (__builtin_add_overflow(sum, o.count, &sum))
            return std::numeric_limits<qint64>::max();
    }
    return sum;
}

bool PrefLibData::operator==(const PrefLibData& other) const
{
    return type == other.type && metadata == other.metadata && alternatives == other.alternatives &&
           names == other.names && orders == other.orders;
}

Result<PrefLibData> parsePrefLib(const QByteArray& bytes, const QString& fileName)
{
    return PrefLibParser(fileName).parse(bytes);
}

Result<PrefLibData> readPrefLib(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("PrefLib", "cannot open: %1").arg(file.errorString()), path, 0, {}};
    return parsePrefLib(file.readAll(), path);
}

QByteArray writePrefLib(const PrefLibData& data)
{
    QString out;
    auto header = [&](const QString& key, const QString& value) {
        out += QStringLiteral("# ") + key + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    // PrefLib's order: descriptive fields first, then DATA TYPE, the remaining metadata and the counts.
    const QStringList leading{QStringLiteral("FILE NAME"), QStringLiteral("TITLE"), QStringLiteral("DESCRIPTION")};
    for (const auto& [key, value] : data.metadata) {
        if (leading.contains(key))
            header(key, value);
    }
    header(QStringLiteral("DATA TYPE"), prefLibTypeKey(data.type));
    for (const auto& [key, value] : data.metadata) {
        if (!leading.contains(key) && !isKnownKey(key))
            header(key, value);
    }
    header(QStringLiteral("NUMBER ALTERNATIVES"), QString::number(data.alternatives));
    header(QStringLiteral("NUMBER VOTERS"), QString::number(data.voters()));
    header(QStringLiteral("NUMBER UNIQUE ORDERS"), QString::number(data.orders.size()));
    for (int a = 0; a < data.alternatives; ++a)
        header(QStringLiteral("ALTERNATIVE NAME %1").arg(a + 1), a < data.names.size() ? data.names.at(a) : QString());
    for (const auto& order : data.orders) {
        QStringList parts;
        for (const auto& tier : order.tiers) {
            QStringList members;
            for (int c : tier)
                members << QString::number(c);
            parts << (tier.size() > 1 ? QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}')
                                      : members.join(QLatin1Char(',')));
        }
        out += QString::number(order.count) + QStringLiteral(": ") + parts.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status writePrefLibFile(const QString& path, const PrefLibData& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writePrefLib(data)) < 0 || !file.commit())
        return Error{QCoreApplication::translate("PrefLib", "cannot write: %1").arg(file.errorString()), path, 0, {}};
    return {};
}

voting::Election toElection(const PrefLibData& data, const QString& channel)
{
    voting::Election e;
    e.candidateCount = data.alternatives;
    for (const auto& order : data.orders) {
        voting::RankedBallot b;
        b.weight = order.count;
        b.channel = channel;
        for (const auto& tier : order.tiers) {
            b.tiers.push_back({});
            for (int c : tier)
                b.tiers.back().push_back(c - 1);
        }
        e.ranked.push_back(std::move(b));
    }
    return e;
}

PrefLibData fromElection(const voting::Election& election, const QStringList& names)
{
    PrefLibData data;
    data.alternatives = election.candidateCount;
    data.names = names;
    std::map<std::vector<std::vector<int>>, qint64> merged;
    bool ties = false;
    bool incomplete = false;
    for (const auto& b : election.ranked) {
        std::vector<std::vector<int>> tiers;
        size_t ranked = 0;
        for (const auto& tier : b.tiers) {
            std::vector<int> t;
            for (int c : tier)
                t.push_back(c + 1);
            std::sort(t.begin(), t.end());
            ties = ties || t.size() > 1;
            ranked += t.size();
            tiers.push_back(t);
        }
        incomplete = incomplete || ranked != static_cast<size_t>(election.candidateCount);
        merged[tiers] += b.weight;
    }
    data.type =
        ties ? (incomplete ? PrefLibType::Toi : PrefLibType::Toc) : (incomplete ? PrefLibType::Soi : PrefLibType::Soc);
    for (const auto& [tiers, count] : merged)
        data.orders.push_back(PrefLibOrder{count, tiers});
    std::stable_sort(data.orders.begin(), data.orders.end(),
                     [](const PrefLibOrder& a, const PrefLibOrder& b) { return a.count > b.count; });
    return data;
}

} // namespace proxima::io
