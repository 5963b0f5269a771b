#include "core/io/CsvDetect.h"

#include <array>
#include <cstring>

namespace proxima::io {

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

int bomLength(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom: return 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: return 2;
    default: return 0;
    }
}

bool encodingFromBom(const QByteArray& head, TextEncoding* encoding)
{
    const auto byte = [&head](int i) { return static_cast<unsigned char>(head.at(i)); };
    if (head.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        *encoding = TextEncoding::Utf8Bom;
        return true;
    }
    if (head.size() >= 2 && byte(0) == 0xFF && byte(1) == 0xFE) {
        *encoding = TextEncoding::Utf16LE;
        return true;
    }
    if (head.size() >= 2 && byte(0) == 0xFE && byte(1) == 0xFF) {
        *encoding = TextEncoding::Utf16BE;
        return true;
    }
    return false;
}

bool Utf8Validator::feed(const char* data, qsizetype size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (m_valid && i < size) {
        if (m_pending == 0) {
            // Exported CSV files are mostly ASCII: skip 8 bytes at a time while no high bit is set.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, bytes + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= size)
                break;
            const unsigned char b = bytes[i++];
            if (b < 0x80)
                continue;
            m_lower = 0x80;
            m_upper = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_pending = 2;
                if (b == 0xE0)
                    m_lower = 0xA0;   // overlong
                else if (b == 0xED)
                    m_upper = 0x9F;   // UTF-16 surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_pending = 3;
                if (b == 0xF0)
                    m_lower = 0x90;
                else if (b == 0xF4)
                    m_upper = 0x8F;   // above U+10FFFF
            } else {
                m_valid = false;
            }
        } else {
            const unsigned char b = bytes[i++];
            if (b < m_lower || b > m_upper) {
                m_valid = false;
            } else {
                --m_pending;
                m_lower = 0x80;
                m_upper = 0xBF;
            }
        }
    }
    return m_valid;
}

QChar detectDelimiter(QStringView sample)
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    constexpr int maxLines = 20;
    std::array<std::array<int, maxLines>, 4> counts{};
    int lines = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && lines < maxLines; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                ++lines;
            lineHasText = false;
        } else {
            lineHasText = true;
            if (!inQuotes) {
                for (size_t k = 0; k < candidates.size(); ++k) {
                    if (c == candidates[k])
                        ++counts[k][size_t(lines)];
                }
            }
        }
    }
    if (lineHasText && lines < maxLines)
        ++lines;
    // The header line sets the expected count; a candidate scores one point per line that has the same count.
    int best = -1;
    int bestScore = 0;
    int bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int expected = counts[k][0];
        if (expected == 0)
            continue;
        int score = 0;
        for (int line = 0; line < lines; ++line)
            score += counts[k][size_t(line)] == expected ? 1 : 0;
        if (score > bestScore || (score == bestScore && expected > bestCount)) {
            best = int(k);
            bestScore = score;
            bestCount = expected;
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[size_t(best)]);
}

} // namespace proxima::io
