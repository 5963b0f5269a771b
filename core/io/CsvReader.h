#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/io/CsvDetect.h"

#include <QIODevice>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <vector>

namespace proxima::io {

/// How to read a CSV file. Empty delimiter / encoding mean "detect".
struct CsvOptions
{
    QChar delimiter;                          ///< null: detect among , ; tab |
    std::optional<TextEncoding> encoding;     ///< empty: BOM, else UTF-8 if valid, else Windows-1252
    qsizetype maxFieldChars = 64 * 1024;      ///< a longer field makes the record an error (memory stays bounded)
    int maxFields = 10000;                    ///< more fields in one record make it an error
    QString fileName;                         ///< named in errors
};

/// One logical CSV record.
struct CsvRecord
{
    QStringList fields;             ///< field texts, quotes removed, newlines inside quotes normalised to '\n'
    int line = 0;                   ///< physical line (1-based) where the record starts
    std::optional<Error> error;     ///< set when the record is malformed (fields may then be incomplete)
    int errorColumn = 0;            ///< 1-based column of the error, 0 when none
};

/// Many records at once, for bulk readers: no string or list is allocated per field. Most fields are views of the
/// decoded text the reader shares with the batch; the others are copied into one buffer. clear() keeps the buffers
/// for the next batch.
class CsvRecordBatch
{
public:
    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    int line(qsizetype record) const { return m_records[size_t(record)].line; }
    const std::optional<Error>& error(qsizetype record) const { return m_records[size_t(record)].error; }
    int errorColumn(qsizetype record) const { return m_records[size_t(record)].errorColumn; }
    qsizetype fieldCount(qsizetype record) const;
    /// Field `field` of record `record` (quotes removed), valid until the batch is cleared or refilled.
    QStringView field(qsizetype record, qsizetype field) const;
    /// A record's fields as strings (for rejected rows and previews).
    QStringList fields(qsizetype record) const;
    /// Removes the last record (one the caller does not keep).
    void removeLast();
    void clear();

private:
    friend class CsvReader;
    struct Entry
    {
        int line = 0;
        size_t firstField = 0;   // index into m_fields
        std::optional<Error> error;
        int errorColumn = 0;
    };
    struct Span
    {
        const QChar* view;       // the text, in one of m_chunks, when owned < 0
        qsizetype owned;         // else where it starts in m_text
        qsizetype size;
    };
    QString m_text;                  // fields that had to be put together from several pieces
    std::vector<Span> m_fields;
    std::vector<Entry> m_records;
    std::vector<QString> m_chunks;   // the reader's decoded text that views point into (shared, not copied)
};

/// Streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and newlines inside quotes, CRLF/LF/CR,
/// BOM, blank lines skipped. A quote inside an unquoted field is kept literally (common in exports).
/// Reads the device in 1 MiB chunks; memory does not grow with the file size.
class CsvReader
{
public:
    /// The device must be open for reading; it is not owned.
    explicit CsvReader(QIODevice* device, CsvOptions options = {});

    /// Detects encoding and delimiter from the start of the device. Call once before next().
    Status start();
    /// Reads the next record; false at the end of the input. Blank lines are skipped.
    bool next(CsvRecord& record);
    /// The same, appending the record to a batch.
    bool next(CsvRecordBatch& batch);

    QChar delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }
    /// Bytes taken from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// Convenience for small inputs: all records of bytes (errors stay inside the records).
    static Result<QList<CsvRecord>> readAll(const QByteArray& bytes, CsvOptions options = {});

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    struct RecordTarget;
    struct BatchTarget;

    bool refill();
    QString decode(const QByteArray& bytes);
    template <typename Target>
    bool read(Target& target);
    /// inBuffer: data points into m_buffer (a batch may then keep a view of it instead of a copy).
    template <typename Target>
    void append(const QChar* data, qsizetype size, Target& target, bool inBuffer);
    template <typename Target>
    void endField(Target& target);
    template <typename Target>
    void fail(Target& target, int column, const QString& message);

    QIODevice* m_device;
    CsvOptions m_options;
    QChar m_delimiter = QChar(u',');
    TextEncoding m_encoding = TextEncoding::Utf8;
    QStringDecoder m_decoder;
    bool m_latin1Fallback = false;
    QString m_buffer;
    qsizetype m_pos = 0;
    QString m_field;   // the field being read, for next(CsvRecord&)
    bool m_discarding = false;   // current field exceeded the limit: scan on without keeping text
    bool m_afterCr = false;      // a LF right after CR belongs to the same line break
    bool m_eof = false;
    bool m_started = false;
    int m_line = 1;
    qint64 m_bytesRead = 0;
};

} // namespace proxima::io
