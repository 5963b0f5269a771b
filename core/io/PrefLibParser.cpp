#include "core/io/PrefLibParser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace proxima::io {

namespace {

bool isWholeNumber(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A header value or a field of the totals line: a whole number of at most 18 digits (so that it fits a qint64).
std::optional<qint64> wholeNumber(QStringView text)
{
    const QStringView t = text.trimmed();
    bool ok = false;
    const qint64 value = isWholeNumber(t) ? t.toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

PrefLibType typeFor(bool ties, bool incomplete)
{
    if (ties)
        return incomplete ? PrefLibType::Toi : PrefLibType::Toc;
    return incomplete ? PrefLibType::Soi : PrefLibType::Soc;
}

} // namespace

PrefLibParser::PrefLibParser(QString fileName) : m_file(std::move(fileName)) {}

Error PrefLibParser::error(int line, const QString& message) const
{
    return Error{message, m_file, line, {}};
}

void PrefLibParser::warn(int line, const QString& message)
{
    m_warnings.push_back(Error{message, m_file, line, {}});
}

// CR, LF and CRLF all end a line (files pass through Windows and old Mac tools); a control character is refused
// here, once, so that no number or name downstream can hide one ("5<NUL>" must not read as 5).
Status PrefLibParser::splitLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype size = text.size();
    int number = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        const char16_t c = i < size ? text.at(i).unicode() : u'\n';
        if (c == u'\r' || c == u'\n') {
            m_lines.push_back(Line{number, QStringView(text).sliced(start, i - start).trimmed().toString()});
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++number;
            start = i + 1;
        } else if ((c < 0x20 && c != u'\t') || c == 0x7F) {
            return error(number, QCoreApplication::translate("PrefLib", "control character U+%1 in the text")
                                     .arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return {};
}

Result<PrefLibData> PrefLibParser::parse(const QByteArray& bytes)
{
    m_fromExtension = prefLibTypeFromKey(QFileInfo(m_file).suffix());
    if (Status split = splitLines(bytes); !split)
        return split.error();
    const auto first = std::find_if(m_lines.begin(), m_lines.end(), [](const Line& l) { return !l.text.isEmpty(); });
    if (first == m_lines.end())
        return error(0, QCoreApplication::translate("PrefLib", "the file is empty"));
    // The older layout starts with the number of alternatives alone on its line.
    Result<PrefLibData> data = isWholeNumber(first->text) ? parseLegacyFormat() : parseHeaderFormat();
    if (data)
        data->warnings = std::move(m_warnings);
    return data;
}

// "1,{2,3},4" (spaces allowed) into tiers. limit: the highest alternative number allowed; stated: whether the file
// gave it (else it is MaxAlternatives).
Result<std::vector<std::vector<int>>> PrefLibParser::parseOrder(QStringView text, int line, int limit, bool stated)
{
    std::vector<std::vector<int>> tiers;
    if (++m_stamp == 0) { // after 2^32 orders: start the marks again
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    const QStringView s = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto skipSpace = [&] {
        while (i < n && s.at(i).isSpace())
            ++i;
    };
    auto number = [&]() -> Result<int> {
        skipSpace();
        const qsizetype start = i;
        while (i < n && s.at(i) >= u'0' && s.at(i) <= u'9')
            ++i;
        if (start == i) {
            return error(line, QCoreApplication::translate("PrefLib", "expected an alternative number at \"%1\"")
                                   .arg(s.mid(start, 10).toString()));
        }
        const QStringView digits = s.sliced(start, i - start);
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || value < 1 || value > limit) {
            if (!stated) {
                return error(line, QCoreApplication::translate("PrefLib", "alternative %1 is out of range (1 to %2)")
                                       .arg(digits.toString())
                                       .arg(limit));
            }
            return error(line, QCoreApplication::translate("PrefLib", "unknown alternative %1 (there are %2)")
                                   .arg(digits.toString())
                                   .arg(limit));
        }
        if (size_t(value) >= m_seen.size())
            m_seen.resize(size_t(value) + 1, 0);
        if (m_seen[size_t(value)] == m_stamp)
            return error(line, QCoreApplication::translate("PrefLib", "alternative %1 appears twice").arg(value));
        m_seen[size_t(value)] = m_stamp;
        m_highest = std::max(m_highest, value);
        skipSpace();
        return value;
    };
    if (s.isEmpty())
        return tiers;
    for (;;) {
        skipSpace();
        std::vector<int> tier;
        if (i < n && s.at(i) == u'{') {
            ++i;
            for (;;) {
                Result<int> v = number();
                if (!v)
                    return v.error();
                tier.push_back(*v);
                if (i < n && s.at(i) == u',') {
                    ++i;
                    continue;
                }
                if (i < n && s.at(i) == u'}') {
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
        tiers.push_back(std::move(tier));
        if (i == n)
            return tiers;
        if (s.at(i) != u',')
            return error(line, QCoreApplication::translate("PrefLib", "unexpected \"%1\" in the order").arg(s.at(i)));
        ++i;
    }
}

Result<qint64> PrefLibParser::parseCount(QStringView text, int line) const
{
    const QStringView t = text.trimmed();
    bool ok = false;
    const qint64 count = isWholeNumber(t) ? t.toLongLong(&ok) : 0;
    if (isWholeNumber(t) && !ok) {
        return error(line, QCoreApplication::translate("PrefLib", "count %1 is too large (at most %2)")
                               .arg(t.toString())
                               .arg(std::numeric_limits<qint64>::max()));
    }
    if (!ok || count <= 0) {
        return error(line, QCoreApplication::translate("PrefLib", "count \"%1\" is not a positive whole number")
                               .arg(t.toString()));
    }
    return count;
}

// Adds an order, keeping the total exact: counts that add up beyond a qint64 are refused rather than wrapped (a
// wrapped total once reported a negative number of ballots and different winners per method).
Status PrefLibParser::addOrder(PrefLibData& data, PrefLibOrder&& order, int line)
{
    qint64 total = 0;
    if (__builtin_add_overflow(m_total, order.count, &total)) {
        return error(line, QCoreApplication::translate("PrefLib", "the counts add up to more than %1 voters")
                               .arg(std::numeric_limits<qint64>::max()));
    }
    m_total = total;
    data.orders.push_back(std::move(order));
    m_orderLines.push_back(line);
    return {};
}

// The data type: the declared one (DATA TYPE, else the extension), widened with a warning when the orders need
// ties or leave alternatives out where the type forbids it; the narrowest that fits when nothing declares one.
void PrefLibParser::settleType(PrefLibData& data, std::optional<PrefLibType> declared, int declaredLine)
{
    int tieLine = 0;
    int incompleteLine = 0;
    size_t incompleteRanked = 0;
    int emptyLine = 0;
    qint64 emptyOrders = 0;
    qint64 emptyVoters = 0;
    for (size_t o = 0; o < data.orders.size(); ++o) {
        size_t ranked = 0;
        for (const auto& tier : data.orders[o].tiers) {
            ranked += tier.size();
            if (tier.size() > 1 && tieLine == 0)
                tieLine = m_orderLines[o];
        }
        if (ranked != size_t(data.alternatives) && incompleteLine == 0) {
            incompleteLine = m_orderLines[o];
            incompleteRanked = ranked;
        }
        if (ranked == 0) {
            emptyLine = emptyLine == 0 ? m_orderLines[o] : emptyLine;
            ++emptyOrders;
            emptyVoters += data.orders[o].count; // no overflow: the total fits
        }
    }
    if (declared && m_fromExtension && *declared != *m_fromExtension) {
        warn(declaredLine, QCoreApplication::translate("PrefLib", "DATA TYPE %1 does not match the file extension "
                                                                  ".%2; the file is read as %1")
                               .arg(prefLibTypeKey(*declared), prefLibTypeKey(*m_fromExtension)));
    }
    const std::optional<PrefLibType> stated = declared ? declared : m_fromExtension;
    if (!stated) {
        data.type = typeFor(tieLine > 0, incompleteLine > 0);
    } else {
        const bool strict = *stated == PrefLibType::Soc || *stated == PrefLibType::Soi;
        const bool complete = *stated == PrefLibType::Soc || *stated == PrefLibType::Toc;
        data.type = typeFor(!strict || tieLine > 0, !complete || incompleteLine > 0);
        if (strict && tieLine > 0) {
            warn(tieLine, QCoreApplication::translate("PrefLib", "tie in a .%1 file (strict orders only); the "
                                                                 "orders are read as .%2")
                              .arg(prefLibTypeKey(*stated), prefLibTypeKey(data.type)));
        }
        if (complete && incompleteLine > 0) {
            warn(incompleteLine, QCoreApplication::translate("PrefLib", "incomplete order in a .%1 file: %2 of %3 "
                                                                        "alternatives ranked; the orders are read "
                                                                        "as .%4")
                                     .arg(prefLibTypeKey(*stated))
                                     .arg(incompleteRanked)
                                     .arg(data.alternatives)
                                     .arg(prefLibTypeKey(data.type)));
        }
    }
    if (emptyOrders > 0) {
        warn(emptyLine, QCoreApplication::translate("PrefLib", "%1 order(s) rank no alternative (the first here): "
                                                               "%2 voter(s) counted without a preference")
                            .arg(emptyOrders)
                            .arg(emptyVoters));
    }
}

void PrefLibParser::checkNames(const PrefLibData& data, const std::vector<int>& nameLines)
{
    QHash<QString, int> first;
    for (int a = 0; a < data.names.size() && size_t(a) < nameLines.size(); ++a) {
        if (nameLines[size_t(a)] == 0 || data.names.at(a).isEmpty())
            continue; // not named in the file
        const auto found = first.constFind(data.names.at(a));
        if (found == first.constEnd()) {
            first.insert(data.names.at(a), a + 1);
            continue;
        }
        warn(nameLines[size_t(a)], QCoreApplication::translate("PrefLib", "alternatives %1 and %2 have the same "
                                                                          "name \"%3\"")
                                       .arg(found.value())
                                       .arg(a + 1)
                                       .arg(data.names.at(a)));
    }
}

Result<PrefLibData> PrefLibParser::parseHeaderFormat()
{
    PrefLibData data;
    std::optional<PrefLibType> declared;
    std::optional<int> stated;
    std::optional<qint64> voters, unique;
    int dataTypeLine = 0, votersLine = 0, uniqueLine = 0;
    std::map<int, std::pair<QString, int>> names; // number -> name, line
    bool inOrders = false;
    for (const Line& l : m_lines) {
        if (l.text.isEmpty())
            continue;
        if (l.text.startsWith(QLatin1Char('#'))) {
            if (inOrders)
                return error(l.number, QCoreApplication::translate("PrefLib", "header line after the orders"));
            const QString body = l.text.mid(1).trimmed();
            const qsizetype colon = body.indexOf(QLatin1Char(':'));
            const QString key = (colon < 0 ? body : body.left(colon)).trimmed().toUpper();
            const QString value = colon < 0 ? QString() : body.mid(colon + 1).trimmed();
            if (key == QLatin1String("DATA TYPE")) {
                declared = prefLibTypeFromKey(value);
                dataTypeLine = l.number;
                if (!declared) {
                    return error(l.number, QCoreApplication::translate("PrefLib", "DATA TYPE \"%1\" is not soc, soi, "
                                                                                  "toc or toi")
                                               .arg(value));
                }
            } else if (key == QLatin1String("NUMBER ALTERNATIVES")) {
                const std::optional<qint64> n = wholeNumber(value);
                if (!n || *n > MaxAlternatives) {
                    return error(l.number, QCoreApplication::translate("PrefLib", "NUMBER ALTERNATIVES \"%1\" is not "
                                                                                  "a whole number from 0 to %2")
                                               .arg(value)
                                               .arg(MaxAlternatives));
                }
                stated = int(*n);
            } else if (key == QLatin1String("NUMBER VOTERS") || key == QLatin1String("NUMBER UNIQUE ORDERS")) {
                // Only stated for information: what the orders add up to is what counts.
                const bool isVoters = key == QLatin1String("NUMBER VOTERS");
                const std::optional<qint64> n = wholeNumber(value);
                if (!n) {
                    warn(l.number, QCoreApplication::translate("PrefLib", "%1 \"%2\" is not a whole number; "
                                                                          "ignored")
                                       .arg(key, value));
                }
                (isVoters ? voters : unique) = n;
                (isVoters ? votersLine : uniqueLine) = l.number;
            } else if (key.startsWith(QLatin1String("ALTERNATIVE NAME "))) {
                const std::optional<qint64> number = wholeNumber(QStringView(key).mid(17));
                if (!number || *number < 1 || *number > MaxAlternatives) {
                    return error(l.number, QCoreApplication::translate("PrefLib", "\"%1\" does not give an "
                                                                                  "alternative number from 1 to %2")
                                               .arg(key)
                                               .arg(MaxAlternatives));
                }
                const int a = int(*number);
                if (names.count(a)) {
                    return error(l.number,
                                 QCoreApplication::translate("PrefLib", "alternative %1 named twice").arg(a));
                }
                names[a] = {value, l.number};
            } else {
                data.metadata.emplace_back(key, value);
            }
            continue;
        }
        inOrders = true;
        const qsizetype colon = l.text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return error(l.number, QCoreApplication::translate("PrefLib", "expected \"count: order\""));
        Result<qint64> count = parseCount(QStringView(l.text).left(colon), l.number);
        if (!count)
            return count.error();
        auto tiers = parseOrder(QStringView(l.text).mid(colon + 1), l.number, stated.value_or(MaxAlternatives),
                                stated.has_value());
        if (!tiers)
            return tiers.error();
        if (Status added = addOrder(data, PrefLibOrder{*count, std::move(tiers).value()}, l.number); !added)
            return added.error();
    }
    const int highestName = names.empty() ? 0 : names.rbegin()->first;
    if (stated) {
        if (highestName > *stated) {
            return error(names.rbegin()->second.second,
                         QCoreApplication::translate("PrefLib", "ALTERNATIVE NAME %1 but there are %2 alternatives")
                             .arg(highestName)
                             .arg(*stated));
        }
        data.alternatives = *stated;
    } else {
        // Without NUMBER ALTERNATIVES the names and the orders tell how many there are.
        data.alternatives = std::max(highestName, m_highest);
    }
    std::vector<int> nameLines(size_t(data.alternatives), 0);
    data.names.reserve(data.alternatives);
    for (int a = 1; a <= data.alternatives; ++a) {
        const auto found = names.find(a);
        data.names << (found != names.end() ? found->second.first : QString::number(a));
        if (found != names.end())
            nameLines[size_t(a - 1)] = found->second.second;
    }
    settleType(data, declared, dataTypeLine);
    if (voters && *voters != m_total) {
        warn(votersLine, QCoreApplication::translate("PrefLib", "NUMBER VOTERS says %1, the counts add up to %2; "
                                                                "the counts are used")
                             .arg(*voters)
                             .arg(m_total));
    }
    if (unique && *unique != qint64(data.orders.size())) {
        warn(uniqueLine, QCoreApplication::translate("PrefLib", "NUMBER UNIQUE ORDERS says %1, %2 orders are listed")
                             .arg(*unique)
                             .arg(data.orders.size()));
    }
    checkNames(data, nameLines);
    return data;
}

Result<PrefLibData> PrefLibParser::parseLegacyFormat()
{
    PrefLibData data;
    size_t k = 0;
    int lastLine = 0;
    auto next = [&]() -> const Line* {
        while (k < m_lines.size() && m_lines[k].text.isEmpty())
            ++k;
        if (k == m_lines.size())
            return nullptr;
        lastLine = m_lines[k].number;
        return &m_lines[k++];
    };
    const Line* first = next();
    const std::optional<qint64> count = wholeNumber(first->text);
    if (!count || *count > MaxAlternatives) {
        return error(first->number, QCoreApplication::translate("PrefLib", "the number of alternatives \"%1\" is not "
                                                                           "a whole number from 0 to %2")
                                        .arg(first->text)
                                        .arg(MaxAlternatives));
    }
    data.alternatives = int(*count);
    std::vector<int> nameLines(size_t(data.alternatives), 0);
    std::vector<QString> names(size_t(data.alternatives));
    for (int listed = 0; listed < data.alternatives; ++listed) {
        const Line* l = next();
        if (!l) {
            return error(lastLine, QCoreApplication::translate("PrefLib", "the file ends after %1 of the %2 "
                                                                          "alternatives")
                                       .arg(listed)
                                       .arg(data.alternatives));
        }
        const qsizetype comma = l->text.indexOf(QLatin1Char(','));
        const std::optional<qint64> number = comma < 0 ? std::nullopt : wholeNumber(QStringView(l->text).left(comma));
        if (!number || *number < 1 || *number > data.alternatives) {
            return error(l->number, QCoreApplication::translate("PrefLib", "expected \"number,name\" for one of the "
                                                                           "%1 alternatives")
                                        .arg(data.alternatives));
        }
        const size_t a = size_t(*number - 1);
        if (nameLines[a] != 0) {
            return error(l->number, QCoreApplication::translate("PrefLib", "alternative %1 named twice (first on "
                                                                           "line %2)")
                                        .arg(*number)
                                        .arg(nameLines[a]));
        }
        names[a] = l->text.mid(comma + 1).trimmed();
        nameLines[a] = l->number;
    }
    data.names.reserve(data.alternatives);
    for (QString& name : names)
        data.names << std::move(name);

    const Line* totals = next();
    if (!totals) {
        return error(lastLine, QCoreApplication::translate("PrefLib", "missing the line \"voters,sum of counts,"
                                                                      "unique orders\""));
    }
    const QStringList parts = totals->text.split(QLatin1Char(','));
    std::optional<qint64> voters, sum, unique;
    if (parts.size() == 3) {
        voters = wholeNumber(parts.at(0));
        sum = wholeNumber(parts.at(1));
        unique = wholeNumber(parts.at(2));
    }
    if (!voters || !sum || !unique) {
        return error(totals->number, QCoreApplication::translate("PrefLib", "expected \"voters,sum of counts,unique "
                                                                            "orders\" (three whole numbers)"));
    }
    while (const Line* l = next()) {
        const qsizetype comma = l->text.indexOf(QLatin1Char(','));
        // A voter who ranked nobody is written "count," or just "count".
        Result<qint64> n = parseCount(comma < 0 ? QStringView(l->text) : QStringView(l->text).left(comma), l->number);
        if (!n)
            return n.error();
        auto tiers = parseOrder(comma < 0 ? QStringView() : QStringView(l->text).mid(comma + 1), l->number,
                                data.alternatives, true);
        if (!tiers)
            return tiers.error();
        if (Status added = addOrder(data, PrefLibOrder{*n, std::move(tiers).value()}, l->number); !added)
            return added.error();
    }
    settleType(data, std::nullopt, 0);
    if (*voters != m_total) {
        warn(totals->number, QCoreApplication::translate("PrefLib", "the totals line says %1 voters, the counts add "
                                                                    "up to %2; the counts are used")
                                 .arg(*voters)
                                 .arg(m_total));
    }
    if (*sum != m_total && *sum != *voters) {
        warn(totals->number, QCoreApplication::translate("PrefLib", "the totals line says the counts add up to %1, "
                                                                    "they add up to %2")
                                 .arg(*sum)
                                 .arg(m_total));
    }
    if (*unique != qint64(data.orders.size())) {
        warn(totals->number, QCoreApplication::translate("PrefLib", "the totals line says %1 unique orders, %2 are "
                                                                    "listed")
                                 .arg(*unique)
                                 .arg(data.orders.size()));
    }
    checkNames(data, nameLines);
    return data;
}

} // namespace proxima::io
