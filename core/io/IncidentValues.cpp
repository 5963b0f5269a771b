#include "io/IncidentValues.h"

#include <QString>

#include <cmath>

namespace proxima::io {

namespace {

// Reads up to maxDigits decimal digits at pos; returns the count read (0 when none).
int readDigits(QStringView text, qsizetype& pos, int maxDigits, int& value)
{
    int count = 0;
    value = 0;
    while (pos < text.size() && count < maxDigits && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

} // namespace

std::optional<QTime> parseTime(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    const int hourDigits = readDigits(text, pos, 2, hour);
    if (hourDigits == 0 || pos >= text.size())
        return std::nullopt;
    const char16_t separator = text[pos].unicode();
    if (separator != u':' && separator != u'h' && separator != u'H')
        return std::nullopt;
    ++pos;
    if (separator != u':' && pos == text.size()) {
        minute = 0;   // "14h"
    } else {
        if (readDigits(text, pos, 2, minute) != 2)
            return std::nullopt;
        if (separator == u':' && pos < text.size() && text[pos] == u':') {
            ++pos;
            if (readDigits(text, pos, 2, second) != 2)
                return std::nullopt;
            if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
                ++pos;
                int fraction = 0;
                const int digits = readDigits(text, pos, 3, fraction);
                if (digits == 0)
                    return std::nullopt;
                millis = fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
                int ignored = 0;
                readDigits(text, pos, 9, ignored);   // sub-millisecond digits
            }
        }
    }
    if (pos != text.size())
        return std::nullopt;
    if (!QTime::isValid(hour, minute, second, millis))
        return std::nullopt;
    return QTime(hour, minute, second, millis);
}

std::optional<DateAndTime> parseDateTime(QStringView text)
{
    text = text.trimmed();
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    qsizetype pos = 0;
    char16_t separator = 0;
    for (int i = 0; i < 3; ++i) {
        digits[i] = readDigits(text, pos, 4, parts[i]);
        if (digits[i] == 0)
            return std::nullopt;
        if (i < 2) {
            if (pos >= text.size())
                return std::nullopt;
            const char16_t c = text[pos].unicode();
            if ((c != u'-' && c != u'/' && c != u'.') || (separator && c != separator))
                return std::nullopt;
            separator = c;
            ++pos;
        }
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) {
        year = parts[0];
        month = parts[1];
        day = parts[2];
    } else if (digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2) {
        day = parts[0];
        month = parts[1];
        year = parts[2];
    } else {
        return std::nullopt;
    }
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    DateAndTime result{QDate(year, month, day), std::nullopt};
    if (pos == text.size())
        return result;
    // A time follows after 'T' or blanks.
    if (text[pos] == u'T') {
        ++pos;
    } else if (isSpace(text[pos])) {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
    } else {
        return std::nullopt;
    }
    QStringView rest = text.mid(pos);
    if (rest.endsWith(u'Z'))
        rest.chop(1);   // exports in UTC mark it; times are kept as written
    result.time = parseTime(rest);
    if (!result.time)
        return std::nullopt;
    return result;
}

std::optional<double> parseNumber(QStringView text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    qsizetype lastComma = -1;
    qsizetype lastDot = -1;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        if (c == u',')
            lastComma = cleaned.size();
        else if (c == u'.')
            lastDot = cleaned.size();
        cleaned.append(c);
    }
    if (cleaned.isEmpty())
        return std::nullopt;
    const QChar decimal = lastComma > lastDot ? QChar(u',') : QChar(u'.');
    const QChar grouping = decimal == u',' ? QChar(u'.') : QChar(u',');
    if (lastComma >= 0 && lastDot >= 0) {
        cleaned.remove(grouping);
    } else if (cleaned.count(decimal) > 1) {
        return std::nullopt;   // "1,234,567" without a decimal part is too ambiguous for coordinates
    }
    cleaned.replace(decimal, QChar(u'.'));
    if (cleaned.count(QChar(u'.')) > 1)
        return std::nullopt;
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace proxima::io
