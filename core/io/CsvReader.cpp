#include "core/io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>
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


// At most `limit` bytes from the device, asking for no more than it says it holds: QIODevice::read(n) allocates n
// bytes first, and a small file (or a fuzzer's input) would pay for a 1 MiB buffer on every read, the one at the end
// too. A sequential device gets the full request; a file that says it holds nothing more (at its end, or a size of 0
// like files under /proc) is asked for a page at a time.
QByteArray readSome(QIODevice* device, qint64 limit)
{
    if (device->isSequential())
        return device->read(limit);
    const qint64 available = device->bytesAvailable();
    return device->read(available > 0 ? std::min(available, limit) : std::min<qint64>(limit, 4096));
}

} // namespace

CsvReader::CsvReader(QIODevice* device, CsvOptions options) : m_device(device), m_options(std::move(options)) {}

Status CsvReader::start()
{
    if (!m_device || !m_device->isReadable())
        return Error{QCoreApplication::translate("CsvReader", "the file cannot be read"), m_options.fileName, 0, {}};
    const qint64 origin = m_device->pos();
    QByteArray head = readSome(m_device, headBytes);
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
            while (valid && !(chunk = readSome(m_device, chunkBytes)).isEmpty())
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
        const QByteArray bytes = readSome(m_device, chunkBytes);
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

// What read() writes a record into: a CsvRecord (one string per field) ...
struct CsvReader::RecordTarget
{
    CsvRecord& record;
    QString& field;

    void begin(int line)
    {
        record.fields.clear();
        record.error.reset();
        record.errorColumn = 0;
        record.line = line;
        field.clear();
    }
    void setLine(int line) { record.line = line; }
    int line() const { return record.line; }
    void abandon() {}
    qsizetype fieldCount() const { return record.fields.size(); }
    qsizetype fieldSize() const { return field.size(); }
    void append(const QChar* data, qsizetype size, bool) { field.append(data, size); }
    void dropField()
    {
        field.clear();
        field.squeeze();
    }
    void endField(bool keep)
    {
        if (keep)
            record.fields.append(field);
        field.clear();
    }
    std::optional<Error>& error() { return record.error; }
    int& errorColumn() { return record.errorColumn; }
};

// ... or the end of a batch. A field that is one piece of the decoded text (most are) is kept as a view of it, and the
// batch holds on to that text; only a field made of several pieces (doubled quotes, line breaks inside quotes, a
// field across two chunks) is copied into the batch's own buffer.
struct CsvReader::BatchTarget
{
    CsvRecordBatch& batch;
    const QString& buffer;             // the reader's current chunk of decoded text
    const QChar* view = nullptr;       // the field so far, while it is one piece of the chunk
    qsizetype viewSize = 0;
    qsizetype owned = -1;              // where the field's copy starts in batch.m_text; -1 while it has none

    CsvRecordBatch::Entry& entry() { return batch.m_records.back(); }
    void resetField()
    {
        view = nullptr;
        viewSize = 0;
        owned = -1;
    }
    void begin(int line)
    {
        batch.m_records.push_back(CsvRecordBatch::Entry{line, batch.m_fields.size(), std::nullopt, 0});
        resetField();
    }
    void setLine(int line) { entry().line = line; }
    int line() const { return batch.m_records.back().line; }
    void abandon()
    {
        dropField();
        batch.m_records.pop_back();
    }
    qsizetype fieldCount() const { return qsizetype(batch.m_fields.size() - batch.m_records.back().firstField); }
    qsizetype fieldSize() const { return owned >= 0 ? batch.m_text.size() - owned : viewSize; }
    void append(const QChar* data, qsizetype size, bool inBuffer)
    {
        if (owned < 0 && viewSize == 0 && inBuffer) {
            view = data;
            viewSize = size;
            if (batch.m_chunks.empty() || batch.m_chunks.back().constData() != buffer.constData())
                batch.m_chunks.push_back(buffer);   // shared, not copied: keeps the viewed text alive
            return;
        }
        if (owned < 0) {
            owned = batch.m_text.size();
            batch.m_text.append(view, viewSize);
            view = nullptr;
            viewSize = 0;
        }
        batch.m_text.append(data, size);
    }
    void dropField()
    {
        if (owned >= 0)
            batch.m_text.truncate(owned);
        resetField();
    }
    void endField(bool keep)
    {
        if (keep) {
            batch.m_fields.push_back(owned >= 0 ? CsvRecordBatch::Span{nullptr, owned, batch.m_text.size() - owned}
                                                : CsvRecordBatch::Span{view, -1, viewSize});
            resetField();
        } else {
            dropField();
        }
    }
    std::optional<Error>& error() { return entry().error; }
    int& errorColumn() { return entry().errorColumn; }
};

qsizetype CsvRecordBatch::fieldCount(qsizetype record) const
{
    const size_t next = size_t(record) + 1;
    const size_t end = next < m_records.size() ? m_records[next].firstField : m_fields.size();
    return qsizetype(end - m_records[size_t(record)].firstField);
}

QStringView CsvRecordBatch::field(qsizetype record, qsizetype field) const
{
    const Span& span = m_fields[m_records[size_t(record)].firstField + size_t(field)];
    return span.owned >= 0 ? QStringView(m_text).sliced(span.owned, span.size) : QStringView(span.view, span.size);
}

QStringList CsvRecordBatch::fields(qsizetype record) const
{
    QStringList list;
    const qsizetype count = fieldCount(record);
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list.append(field(record, i).toString());
    return list;
}

void CsvRecordBatch::removeLast()
{
    const size_t first = m_records.back().firstField;
    for (size_t i = first; i < m_fields.size(); ++i) {
        if (m_fields[i].owned >= 0) {
            m_text.truncate(m_fields[i].owned);   // the first copied field of the record: the rest follow it
            break;
        }
    }
    m_fields.resize(first);
    m_records.pop_back();
}

void CsvRecordBatch::clear()
{
    m_text.resize(0);   // keeps the buffer
    m_fields.clear();
    m_records.clear();
    m_chunks.clear();
}

template <typename Target>
void CsvReader::fail(Target& target, int column, const QString& message)
{
    if (target.error())
        return;   // the first problem of a record is the one worth reporting
    std::optional<Error>& error = target.error();
    error = Error{message, m_options.fileName, target.line(), QStringLiteral("column %1").arg(column)};
    target.errorColumn() = column;
}

template <typename Target>
void CsvReader::append(const QChar* data, qsizetype size, Target& target, bool inBuffer)
{
    if (m_discarding || size == 0)
        return;
    if (target.fieldSize() + size > m_options.maxFieldChars) {
        fail(target, int(target.fieldCount()) + 1,
             QCoreApplication::translate("CsvReader", "field is longer than %1 characters").arg(m_options.maxFieldChars));
        m_discarding = true;
        target.dropField();
        return;
    }
    target.append(data, size, inBuffer);
}

template <typename Target>
void CsvReader::endField(Target& target)
{
    const bool keep = target.fieldCount() < m_options.maxFields;
    if (!keep)
        fail(target, int(target.fieldCount()) + 1, QCoreApplication::translate("CsvReader", "the record has more than %1 fields").arg(m_options.maxFields));
    target.endField(keep);
    m_discarding = false;
}

bool CsvReader::next(CsvRecord& record)
{
    RecordTarget target{record, m_field};
    return read(target);
}

bool CsvReader::next(CsvRecordBatch& batch)
{
    BatchTarget target{batch, m_buffer};
    return read(target);
}

template <typename Target>
bool CsvReader::read(Target& target)
{
    if (!m_started && !start().ok())
        return false;
    target.begin(m_line);
    m_discarding = false;
    State state = State::FieldStart;
    bool begun = false;   // a record has started (blank lines before it are skipped)
    const char16_t delimiter = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (!begun) {
                target.abandon();
                return false;
            }
            if (state == State::Quoted)
                fail(target, int(target.fieldCount()) + 1,
                     QCoreApplication::translate("CsvReader", "quoted field is not closed before the end of the file"));
            endField(target);
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
            target.setLine(m_line);
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
            append(data + m_pos, end - m_pos, target, true);
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
            append(data + m_pos, end - m_pos, target, true);
            m_pos = end;
            if (end == size)
                continue;
            const char16_t d = data[end].unicode();
            ++m_pos;
            if (d == u'"') {
                state = State::QuoteSeen;
            } else {
                const QChar lf(u'\n');
                append(&lf, 1, target, false);
                ++m_line;
                m_afterCr = d == u'\r';
            }
            continue;
        }
        case State::QuoteSeen:
            if (c == u'"') {
                append(data + m_pos, 1, target, true);
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c != delimiter && !newline) {
                fail(target, int(target.fieldCount()) + 1,
                     QCoreApplication::translate("CsvReader", "unexpected character '%1' after a closing quote").arg(QChar(c)));
                state = State::Unquoted;
                continue;
            }
            break;
        }
        // Here the character at m_pos ends the field: a delimiter or a line break outside quotes.
        const char16_t end = data[m_pos].unicode();
        ++m_pos;
        endField(target);
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
