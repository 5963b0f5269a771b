#include "core/io/PrefLib.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace proxima::io {

namespace {

struct Line
{
    int number = 0;
    QString text; ///< trimmed
};

class Parser
{
public:
    Parser(const QString& fileName) : m_file(fileName) {}

    Error error(int line, const QString& message) const { return Error{message, m_file, line, {}}; }

    // "1,{2,3},4" (spaces allowed) into tiers; strictness checks happen afterwards.
    Result<std::vector<std::vector<int>>> parseOrder(const QString& text, int line, int alternatives) const
    {
        std::vector<std::vector<int>> tiers;
        std::vector<char> seen(static_cast<size_t>(alternatives) + 1, 0);
        const QString s = text.trimmed();
        int i = 0;
        const int n = static_cast<int>(s.size());
        auto skipSpace = [&] {
            while (i < n && s.at(i).isSpace())
                ++i;
        };
        auto number = [&]() -> Result<int> {
            skipSpace();
            const int start = i;
            while (i < n && s.at(i).isDigit())
                ++i;
            if (start == i) {
                return error(line, QCoreApplication::translate("PrefLib", "expected an alternative number at \"%1\"")
                                       .arg(s.mid(start, 10)));
            }
            bool ok = false;
            const int value = s.mid(start, i - start).toInt(&ok);
            if (!ok || value < 1 || value > alternatives) {
                return error(line, QCoreApplication::translate("PrefLib", "unknown alternative %1 (there are %2)")
                                       .arg(s.mid(start, i - start))
                                       .arg(alternatives));
            }
            if (seen[static_cast<size_t>(value)])
                return error(line, QCoreApplication::translate("PrefLib", "alternative %1 appears twice").arg(value));
            seen[static_cast<size_t>(value)] = 1;
            skipSpace();
            return value;
        };
        if (s.isEmpty())
            return tiers;
        for (;;) {
            skipSpace();
            std::vector<int> tier;
            if (i < n && s.at(i) == QLatin1Char('{')) {
                ++i;
                for (;;) {
                    Result<int> v = number();
                    if (!v)
                        return v.error();
                    tier.push_back(*v);
                    if (i < n && s.at(i) == QLatin1Char(',')) {
                        ++i;
                        continue;
                    }
                    if (i < n && s.at(i) == QLatin1Char('}')) {
                        ++i;
                        break;
                    }
                    return error(line, QCoreApplication::translate("PrefLib", "unclosed \"{\" in the order"));
                }
                skipSpace();
            } else {
                Result<int> v = number();
                if (!v)
                    return v.error();
                tier.push_back(*v);
            }
            tiers.push_back(tier);
            if (i == n)
                return tiers;
            if (s.at(i) != QLatin1Char(','))
                return error(line,
                             QCoreApplication::translate("PrefLib", "unexpected \"%1\" in the order").arg(s.at(i)));
            ++i;
        }
    }

    Result<qint64> parseCount(const QString& text, int line) const
    {
        bool ok = false;
        const qint64 count = text.trimmed().toLongLong(&ok);
        if (!ok || count <= 0 || !text.trimmed().at(0).isDigit()) {
            return error(line, QCoreApplication::translate("PrefLib", "count \"%1\" is not a positive whole number")
                                   .arg(text.trimmed()));
        }
        return count;
    }

    // Meaning checks shared by both formats: strictness and completeness against the data type.
    Status checkOrder(const PrefLibOrder& order, PrefLibType type, int alternatives, int line) const
    {
        const bool strict = type == PrefLibType::Soc || type == PrefLibType::Soi;
        const bool complete = type == PrefLibType::Soc || type == PrefLibType::Toc;
        size_t ranked = 0;
        for (const auto& tier : order.tiers) {
            ranked += tier.size();
            if (strict && tier.size() > 1) {
                return error(line, QCoreApplication::translate("PrefLib", "tie in a .%1 file (strict orders only)")
                                       .arg(prefLibTypeKey(type)));
            }
        }
        if (complete && ranked != static_cast<size_t>(alternatives)) {
            return error(line, QCoreApplication::translate("PrefLib", "incomplete order in a .%1 file: %2 of %3 "
                                                                      "alternatives ranked")
                                   .arg(prefLibTypeKey(type))
                                   .arg(ranked)
                                   .arg(alternatives));
        }
        return {};
    }

    const QString m_file;
};

std::vector<Line> splitLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<Line> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (int i = 0; i < raw.size(); ++i)
        lines.push_back(Line{i + 1, raw.at(i).trimmed()});
    return lines;
}

bool isKnownKey(const QString& key)
{
    return key == QLatin1String("DATA TYPE") || key == QLatin1String("NUMBER ALTERNATIVES") ||
           key == QLatin1String("NUMBER VOTERS") || key == QLatin1String("NUMBER UNIQUE ORDERS") ||
           key.startsWith(QLatin1String("ALTERNATIVE NAME "));
}

Result<PrefLibData> parseOld(const std::vector<Line>& lines, const Parser& p, std::optional<PrefLibType> type)
{
    if (!type)
        return p.error(0,
                       QCoreApplication::translate("PrefLib", "old PrefLib format needs a .soc/.soi/.toc/.toi name"));
    PrefLibData data;
    data.type = *type;
    size_t k = 0;
    auto next = [&]() -> const Line* {
        while (k < lines.size() && lines[k].text.isEmpty())
            ++k;
        return k < lines.size() ? &lines[k++] : nullptr;
    };
    const Line* first = next();
    bool ok = false;
    data.alternatives = first->text.toInt(&ok);
    if (!ok || data.alternatives < 0)
        return p.error(first->number, QCoreApplication::translate("PrefLib", "expected the number of alternatives"));
    for (int a = 1; a <= data.alternatives; ++a) {
        const Line* l = next();
        if (!l)
            return p.error(first->number, QCoreApplication::translate("PrefLib", "missing alternative %1").arg(a));
        const int comma = static_cast<int>(l->text.indexOf(QLatin1Char(',')));
        if (comma < 0 || l->text.left(comma).trimmed().toInt() != a)
            return p.error(l->number, QCoreApplication::translate("PrefLib", "expected \"%1,name\"").arg(a));
        data.names << l->text.mid(comma + 1).trimmed();
    }
    const Line* totals = next();
    if (!totals)
        return p.error(first->number, QCoreApplication::translate("PrefLib", "missing the voter totals line"));
    const QStringList t = totals->text.split(QLatin1Char(','));
    if (t.size() != 3)
        return p.error(totals->number, QCoreApplication::translate("PrefLib", "expected \"voters,sum,unique orders\""));
    const qint64 voters = t.at(0).trimmed().toLongLong();
    const qint64 unique = t.at(2).trimmed().toLongLong();
    int lastLine = totals->number;
    while (const Line* l = next()) {
        lastLine = l->number;
        const int comma = static_cast<int>(l->text.indexOf(QLatin1Char(',')));
        if (comma < 0)
            return p.error(l->number, QCoreApplication::translate("PrefLib", "expected \"count,order\""));
        Result<qint64> count = p.parseCount(l->text.left(comma), l->number);
        if (!count)
            return count.error();
        auto tiers = p.parseOrder(l->text.mid(comma + 1), l->number, data.alternatives);
        if (!tiers)
            return tiers.error();
        PrefLibOrder order{*count, std::move(tiers).value()};
        if (Status s = p.checkOrder(order, data.type, data.alternatives, l->number); !s)
            return s.error();
        data.orders.push_back(std::move(order));
    }
    if (data.voters() != voters) {
        return p.error(lastLine,
                       QCoreApplication::translate("PrefLib", "counts add up to %1 voters, the header says %2")
                           .arg(data.voters())
                           .arg(voters));
    }
    if (static_cast<qint64>(data.orders.size()) != unique) {
        return p.error(lastLine, QCoreApplication::translate("PrefLib", "%1 orders listed, the header says %2")
                                     .arg(data.orders.size())
                                     .arg(unique));
    }
    return data;
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
    qint64 sum = 0;
    for (const auto& o : orders)
        sum += o.count;
    return sum;
}

bool PrefLibData::operator==(const PrefLibData& other) const
{
    return type == other.type && metadata == other.metadata && alternatives == other.alternatives &&
           names == other.names && orders == other.orders;
}

Result<PrefLibData> parsePrefLib(const QByteArray& bytes, const QString& fileName)
{
    const Parser p(fileName);
    const std::vector<Line> lines = splitLines(bytes);
    const std::optional<PrefLibType> fromExtension = prefLibTypeFromKey(QFileInfo(fileName).suffix());
    const auto firstUsed = std::find_if(lines.begin(), lines.end(), [](const Line& l) { return !l.text.isEmpty(); });
    if (firstUsed == lines.end())
        return p.error(0, QCoreApplication::translate("PrefLib", "the file is empty"));
    if (!firstUsed->text.startsWith(QLatin1Char('#')))
        return parseOld(lines, p, fromExtension);

    PrefLibData data;
    std::optional<PrefLibType> declared;
    std::optional<qint64> voters, unique;
    std::map<int, QString> names;
    std::map<int, int> nameLines;
    int dataTypeLine = 0;
    bool haveAlternatives = false;
    bool inOrders = false;
    int lastLine = 0;
    std::vector<std::pair<PrefLibOrder, int>> pending; // checked once the header is complete
    for (const Line& l : lines) {
        if (l.text.isEmpty())
            continue;
        lastLine = l.number;
        if (l.text.startsWith(QLatin1Char('#'))) {
            if (inOrders)
                return p.error(l.number, QCoreApplication::translate("PrefLib", "header line after the orders"));
            const QString body = l.text.mid(1).trimmed();
            const int colon = static_cast<int>(body.indexOf(QLatin1Char(':')));
            const QString key = (colon < 0 ? body : body.left(colon)).trimmed().toUpper();
            const QString value = colon < 0 ? QString() : body.mid(colon + 1).trimmed();
            bool ok = true;
            if (key == QLatin1String("DATA TYPE")) {
                declared = prefLibTypeFromKey(value);
                dataTypeLine = l.number;
                if (!declared) {
                    return p.error(l.number, QCoreApplication::translate("PrefLib", "DATA TYPE \"%1\" is not soc, soi, "
                                                                                    "toc or toi")
                                                 .arg(value));
                }
            } else if (key == QLatin1String("NUMBER ALTERNATIVES")) {
                data.alternatives = value.toInt(&ok);
                ok = ok && data.alternatives >= 0;
                haveAlternatives = true;
            } else if (key == QLatin1String("NUMBER VOTERS")) {
                voters = value.toLongLong(&ok);
            } else if (key == QLatin1String("NUMBER UNIQUE ORDERS")) {
                unique = value.toLongLong(&ok);
            } else if (key.startsWith(QLatin1String("ALTERNATIVE NAME "))) {
                const int number = key.mid(17).trimmed().toInt(&ok);
                if (ok && names.count(number)) {
                    return p.error(l.number,
                                   QCoreApplication::translate("PrefLib", "alternative %1 named twice").arg(number));
                }
                names[number] = value;
                nameLines[number] = l.number;
            } else {
                data.metadata.emplace_back(key, value);
            }
            if (!ok) {
                return p.error(l.number,
                               QCoreApplication::translate("PrefLib", "bad value \"%1\" for %2").arg(value, key));
            }
            continue;
        }
        if (!inOrders) {
            inOrders = true;
            if (!haveAlternatives)
                return p.error(l.number, QCoreApplication::translate("PrefLib", "missing NUMBER ALTERNATIVES header"));
        }
        const int colon = static_cast<int>(l.text.indexOf(QLatin1Char(':')));
        if (colon < 0)
            return p.error(l.number, QCoreApplication::translate("PrefLib", "expected \"count: order\""));
        Result<qint64> count = p.parseCount(l.text.left(colon), l.number);
        if (!count)
            return count.error();
        auto tiers = p.parseOrder(l.text.mid(colon + 1), l.number, data.alternatives);
        if (!tiers)
            return tiers.error();
        pending.emplace_back(PrefLibOrder{*count, std::move(tiers).value()}, l.number);
    }
    if (!haveAlternatives)
        return p.error(lastLine, QCoreApplication::translate("PrefLib", "missing NUMBER ALTERNATIVES header"));
    if (!declared && !fromExtension)
        return p.error(lastLine, QCoreApplication::translate("PrefLib", "missing DATA TYPE header"));
    if (declared && fromExtension && declared != fromExtension) {
        return p.error(dataTypeLine,
                       QCoreApplication::translate("PrefLib", "DATA TYPE %1 does not match the file extension .%2")
                           .arg(prefLibTypeKey(*declared), prefLibTypeKey(*fromExtension)));
    }
    data.type = declared ? *declared : *fromExtension;
    for (const auto& [number, name] : names) {
        if (number < 1 || number > data.alternatives) {
            return p.error(nameLines[number],
                           QCoreApplication::translate("PrefLib", "ALTERNATIVE NAME %1 but there are %2 alternatives")
                               .arg(number)
                               .arg(data.alternatives));
        }
    }
    for (int a = 1; a <= data.alternatives; ++a)
        data.names << (names.count(a) ? names[a] : QString::number(a));
    for (auto& [order, line] : pending) {
        if (Status s = p.checkOrder(order, data.type, data.alternatives, line); !s)
            return s.error();
        data.orders.push_back(std::move(order));
    }
    if (voters && *voters != data.voters()) {
        return p.error(lastLine, QCoreApplication::translate("PrefLib", "counts add up to %1 voters, NUMBER VOTERS "
                                                                        "says %2")
                                     .arg(data.voters())
                                     .arg(*voters));
    }
    if (unique && *unique != static_cast<qint64>(data.orders.size())) {
        return p.error(lastLine,
                       QCoreApplication::translate("PrefLib", "%1 orders listed, NUMBER UNIQUE ORDERS says %2")
                           .arg(data.orders.size())
                           .arg(*unique));
    }
    return data;
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
