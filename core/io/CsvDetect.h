#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>

namespace proxima::io {

/// Text encodings the incident importer recognises.
enum class TextEncoding {
    Utf8,          ///< UTF-8 without byte order mark (plain ASCII is reported as this)
    Utf8Bom,       ///< UTF-8 starting with EF BB BF
    Utf16LE,       ///< UTF-16 little endian with BOM FF FE
    Utf16BE,       ///< UTF-16 big endian with BOM FE FF
    Windows1252,   ///< bytes that are not valid UTF-8: Windows-1252 (a superset of printable Latin-1)
};

/// A short, stable name for an encoding ("UTF-8", "UTF-16LE", "Windows-1252", ...).
QString encodingName(TextEncoding encoding);

/// Length of the byte order mark that starts bytes for this encoding (0, 2 or 3).
int bomLength(TextEncoding encoding);

/// Encoding announced by a byte order mark at the start of bytes, if any.
bool encodingFromBom(const QByteArray& head, TextEncoding* encoding);

/// Incremental UTF-8 validator: feed chunks in order, then ask finish(). Rejects overlongs and surrogates.
class Utf8Validator
{
public:
    /// Checks the next chunk; returns false as soon as the bytes seen so far cannot be UTF-8.
    bool feed(const char* data, qsizetype size);
    /// True when everything fed was valid and no multi-byte sequence is left open.
    bool finish() const { return m_valid && m_pending == 0; }

private:
    bool m_valid = true;
    int m_pending = 0;          // continuation bytes still expected
    unsigned char m_lower = 0x80, m_upper = 0xBF;   // allowed range of the next continuation byte
};

/// Picks the delimiter among , ; tab | from the first lines of decoded text (quotes respected): the candidate whose
/// count per line is most consistent with the header line wins; ties go to the one with more delimiters per line,
/// then to the earlier candidate; ',' when none occurs in the header line.
QChar detectDelimiter(QStringView sample);

} // namespace proxima::io
