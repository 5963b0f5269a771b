#include "core/io/IncidentValues.h"

#include <QString>

#include <charconv>
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
    // Numbers are short: copy the ASCII characters to a stack buffer and let from_chars do the conversion,
    // which (unlike QString::toDouble) allocates nothing and ignores the locale.
    char buffer[64];
    int size = 0;
    int lastComma = -1;
    int lastDot = -1;
    int commas = 0;
    int dots = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == 0x00A0 || u == 0x202F)
            continue;
        if (size >= int(sizeof buffer) - 1 || u > 0x7F)
            return std::nullopt;
        if (u == u',') {
            lastComma = size;
            ++commas;
        } else if (u == u'.') {
            lastDot = size;
            ++dots;
        }
        buffer[size++] = char(u);
    }
    if (size == 0)
        return std::nullopt;
    const bool commaDecimal = lastComma > lastDot;
    const char decimal = commaDecimal ? ',' : '.';
    const int decimals = commaDecimal ? commas : dots;
    if (decimals > 1)
        return std::nullopt;   // "1,234,567" without a decimal part is too ambiguous for coordinates
    int out = 0;
    for (int i = 0; i < size; ++i) {
        const char c = buffer[i];
        if (c == decimal)
            buffer[out++] = '.';
        else if (c != ',' && c != '.')
            buffer[out++] = c;   // the other separator groups thousands and is dropped
    }
    const char* begin = buffer;
    const char* end = buffer + out;
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace proxima::io
