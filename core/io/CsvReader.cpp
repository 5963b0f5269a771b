#include "io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>

#include <array>

namespace proxima::io {

namespace {

constexpr qint64 chunkBytes = 1 << 20;
constexpr qint64 headBytes = 64 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; used when the platform codec (ICU) is missing.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178};


} // namespace

CsvReader::CsvReader(QIODevice* device, CsvOptions options) : m_device(device), m_options(std::move(options)) {}

Status CsvReader::start()
{
    if (!m_device || !m_device->isReadable())
        return Error{QCoreApplication::translate("CsvReader", "the file cannot be read"), m_options.fileName, 0, {}};
    const qint64 origin = m_device->pos();
    QByteArray head = m_device->read(headBytes);
    m_bytesRead = head.size();
    TextEncoding encoding = TextEncoding::Utf8;
    if (m_options.encoding) {
        encoding = *m_options.encoding;
    } else if (!encodingFromBom(head, &encoding)) {
        Utf8Validator validator;
        bool valid = validator.feed(head.constData(), head.size());
        if (valid && !m_device->isSequential()) {
            // A cp1252 export may be pure ASCII for megabytes before its first accent: check the whole file.
            QByteArray chunk;
            while (valid && !(chunk = m_device->read(chunkBytes)).isEmpty())
                valid = validator.feed(chunk.constData(), chunk.size());
            valid = valid && validator.finish();
            if (!m_device->seek(origin + head.size()))
                return Error{QCoreApplication::translate("CsvReader", "the file cannot be read"), m_options.fileName, 0, {}};
        }
        encoding = valid ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    m_encoding = encoding;
    TextEncoding bomCheck;
    if (encodingFromBom(head, &bomCheck) && bomCheck == encoding)
        head.remove(0, bomLength(encoding));

    const auto flags = QStringDecoder::Flag::ConvertInitialBom;
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: m_decoder = QStringDecoder(QStringDecoder::Utf8, flags); break;
    case TextEncoding::Utf16LE: m_decoder = QStringDecoder(QStringDecoder::Utf16LE, flags); break;
    case TextEncoding::Utf16BE: m_decoder = QStringDecoder(QStringDecoder::Utf16BE, flags); break;
    case TextEncoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252", flags);
        if (!m_decoder.isValid()) {
            m_decoder = QStringDecoder(QStringDecoder::Latin1, flags);
            m_latin1Fallback = true;
        }
        break;
    }
    m_buffer = decode(head);
    m_pos = 0;
    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(m_buffer) : m_options.delimiter;
    m_started = true;
    return {};
}

QString CsvReader::decode(const QByteArray& bytes)
{
    QString text = m_decoder.decode(bytes);
    if (m_latin1Fallback) {
        for (QChar& c : text) {
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                c = QChar(cp1252High[size_t(c.unicode() - 0x80)]);
        }
    }
    return text;
}

bool CsvReader::refill()
{
    while (!m_eof) {
        const QByteArray bytes = m_device->read(chunkBytes);
        if (bytes.isEmpty()) {
            m_eof = true;
            break;
        }
        m_bytesRead += bytes.size();
        m_buffer = decode(bytes);
        m_pos = 0;
        if (!m_buffer.isEmpty())
            return true;
    }
    m_buffer.clear();
    m_pos = 0;
    return false;
}

void CsvReader::fail(CsvRecord& record, int column, const QString& message)
{
    if (record.error)
        return;   // the first problem of a record is the one worth reporting
    record.error = Error{message, m_options.fileName, record.line, QStringLiteral("column %1").arg(column)};
    record.errorColumn = column;
}

void CsvReader::append(const QChar* data, qsizetype size, CsvRecord& record)
{
    if (m_discarding || size == 0)
        return;
    if (m_field.size() + size > m_options.maxFieldChars) {
        fail(record, int(record.fields.size()) + 1,
             QCoreApplication::translate("CsvReader", "field is longer than %1 characters").arg(m_options.maxFieldChars));
        m_discarding = true;
        m_field.clear();
        m_field.squeeze();
        return;
    }
    m_field.append(data, size);
}

void CsvReader::endField(CsvRecord& record)
{
    if (record.fields.size() >= m_options.maxFields) {
        fail(record, int(record.fields.size()) + 1, QCoreApplication::translate("CsvReader", "the record has more than %1 fields").arg(m_options.maxFields));
    } else {
        record.fields.append(m_field);
    }
    m_field.clear();
    m_discarding = false;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!m_started && !start().ok())
        return false;
    record.fields.clear();
    record.error.reset();
    record.errorColumn = 0;
    record.line = m_line;
    m_field.clear();
    m_discarding = false;
    State state = State::FieldStart;
    bool begun = false;   // a record has started (blank lines before it are skipped)
    const char16_t delimiter = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (!begun)
                return false;
            if (state == State::Quoted)
                fail(record, int(record.fields.size()) + 1,
                     QCoreApplication::translate("CsvReader", "quoted field is not closed before the end of the file"));
            endField(record);
            return true;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const char16_t c = data[m_pos].unicode();
        if (m_afterCr) {
            m_afterCr = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        const bool newline = c == u'\n' || c == u'\r';
        if (!begun) {
            if (newline) {
                ++m_pos;
                ++m_line;
                m_afterCr = c == u'\r';
                continue;
            }
            begun = true;
            record.line = m_line;
        }
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype end = m_pos;
            while (end < size) {
                const char16_t d = data[end].unicode();
                if (d == delimiter || d == u'\n' || d == u'\r')
                    break;
                ++end;
            }
            append(data + m_pos, end - m_pos, record);
            m_pos = end;
            if (end == size)
                continue;
            break;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size) {
                const char16_t d = data[end].unicode();
                if (d == u'"' || d == u'\n' || d == u'\r')
                    break;
                ++end;
            }
            append(data + m_pos, end - m_pos, record);
            m_pos = end;
            if (end == size)
                continue;
            const char16_t d = data[end].unicode();
            ++m_pos;
            if (d == u'"') {
                state = State::QuoteSeen;
            } else {
                const QChar lf(u'\n');
                append(&lf, 1, record);
                ++m_line;
                m_afterCr = d == u'\r';
            }
            continue;
        }
        case State::QuoteSeen:
            if (c == u'"') {
                append(data + m_pos, 1, record);
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c != delimiter && !newline) {
                fail(record, int(record.fields.size()) + 1,
                     QCoreApplication::translate("CsvReader", "unexpected character '%1' after a closing quote").arg(QChar(c)));
                state = State::Unquoted;
                continue;
            }
            break;
        }
        // Here the character at m_pos ends the field: a delimiter or a line break outside quotes.
        const char16_t end = data[m_pos].unicode();
        ++m_pos;
        endField(record);
        if (end == delimiter) {
            state = State::FieldStart;
            continue;
        }
        ++m_line;
        m_afterCr = end == u'\r';
        return true;
    }
}

Result<QList<CsvRecord>> CsvReader::readAll(const QByteArray& bytes, CsvOptions options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, std::move(options));
    if (Status status = reader.start(); !status.ok())
        return status.error();
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

} // namespace proxima::io
