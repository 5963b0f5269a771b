#include "core/io/IncidentCsvParser.h"

#include "core/io/IncidentValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace proxima::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IncidentCsvParser", text);
}

QString columnName(int index, const QStringList& headers)
{
    if (index >= 0 && index < headers.size() && !headers[index].trimmed().isEmpty())
        return headers[index].trimmed();
    return QString::number(index + 1);
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        for (QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

QString fileNameOf(QIODevice* device, const QString& given)
{
    if (!given.isEmpty())
        return given;
    if (const auto* file = qobject_cast<QFile*>(device))
        return QFileInfo(file->fileName()).fileName();
    return {};
}

// Opens the reader and reads the header record (when there is one).
Status readHead(CsvReader& reader, const IncidentParseOptions& options, IncidentParseResult& result,
                const QString& fileName)
{
    if (Status status = reader.start(); !status.ok())
        return status;
    result.delimiter = reader.delimiter();
    result.encoding = reader.encoding();
    if (!options.hasHeader)
        return {};
    CsvRecord record;
    if (!reader.next(record))
        return Error{QCoreApplication::translate("IncidentCsvParser", "the file contains no rows"), fileName, 0, {}};
    if (record.error)
        return *record.error;
    for (const QString& header : std::as_const(record.fields))
        result.headers << header.trimmed();
    return {};
}

} // namespace

namespace {

// Replaces a string's text, keeping its buffer when it is large enough (no allocation per row in bulk imports).
void assign(QString& target, QStringView text)
{
    target.resize(0);
    target.append(text);
}

// Validates one record whose field i is fieldAt(i), of `count` fields, into `incident`.
template <typename FieldAt>
bool validateRecord(const FieldAt& fieldAt, qsizetype count, int line, const ResolvedColumns& columns,
                    const QStringList& headers, const QString& fileName, Incident& incident, QList<Error>& errors)
{
    const auto cell = [&](IncidentField field) -> QStringView {
        const int index = columns[size_t(field)];
        if (index < 0 || index >= count)
            return {};
        return fieldAt(index).trimmed();
    };
    const auto fail = [&](IncidentField field, const QString& message) {
        errors.append(Error{message, fileName, line, columnName(columns[size_t(field)], headers)});
    };
    const qsizetype errorsBefore = errors.size();
    incident.sourceLine = line;
    incident.date = {};
    incident.time.reset();
    incident.latitude.reset();
    incident.longitude.reset();
    incident.x.reset();
    incident.y.reset();
    incident.fingerprint.clear();

    const QStringView dateText = cell(IncidentField::Date);
    if (dateText.isEmpty()) {
        fail(IncidentField::Date, QCoreApplication::translate("IncidentCsvParser", "a value is required"));
    } else if (const auto parsed = parseDateTime(dateText)) {
        incident.date = parsed->date;
        incident.time = parsed->time;
    } else {
        fail(IncidentField::Date, QCoreApplication::translate("IncidentCsvParser", "'%1' is not a valid date").arg(dateText));
    }
    if (const QStringView timeText = cell(IncidentField::Time); !timeText.isEmpty()) {
        if (auto time = parseTime(timeText)) {
            incident.time = time;
        } else if (auto stamp = parseDateTime(timeText); stamp && stamp->time) {
            incident.time = stamp->time;   // spreadsheets write times as "1899-12-30 14:30"
        } else {
            fail(IncidentField::Time, QCoreApplication::translate("IncidentCsvParser", "'%1' is not a valid time").arg(timeText));
        }
    }
    assign(incident.category, cell(IncidentField::Type));
    if (incident.category.isEmpty())
        fail(IncidentField::Type, QCoreApplication::translate("IncidentCsvParser", "a value is required"));
    assign(incident.reference, cell(IncidentField::Reference));
    assign(incident.address, cell(IncidentField::Address));
    assign(incident.description, cell(IncidentField::Description));
    assign(incident.area, cell(IncidentField::Area));

    const auto number = [&](IncidentField field, std::optional<double>& target) {
        const QStringView text = cell(field);
        if (text.isEmpty())
            return;
        target = parseNumber(text);
        if (!target)
            fail(field, QCoreApplication::translate("IncidentCsvParser", "'%1' is not a number").arg(text));
    };
    number(IncidentField::Latitude, incident.latitude);
    number(IncidentField::Longitude, incident.longitude);
    number(IncidentField::X, incident.x);
    number(IncidentField::Y, incident.y);
    if (incident.latitude && (*incident.latitude < -90 || *incident.latitude > 90))
        fail(IncidentField::Latitude, QCoreApplication::translate("IncidentCsvParser", "latitude %1 is outside -90 to 90").arg(*incident.latitude));
    if (incident.longitude && (*incident.longitude < -180 || *incident.longitude > 180))
        fail(IncidentField::Longitude, QCoreApplication::translate("IncidentCsvParser", "longitude %1 is outside -180 to 180").arg(*incident.longitude));
    // Texts as untranslated sources: translating costs a lookup, so only done when the row is wrong.
    const auto pair = [&](IncidentField a, IncidentField b, const char* needA, const char* needB) {
        const bool hasA = !cell(a).isEmpty();
        const bool hasB = !cell(b).isEmpty();
        if (hasA && !hasB)
            fail(b, tr(needB));
        else if (hasB && !hasA)
            fail(a, tr(needA));
    };
    pair(IncidentField::Latitude, IncidentField::Longitude, QT_TRANSLATE_NOOP("IncidentCsvParser",
         "a latitude is needed with the longitude"), QT_TRANSLATE_NOOP("IncidentCsvParser",
         "a longitude is needed with the latitude"));
    pair(IncidentField::X, IncidentField::Y, QT_TRANSLATE_NOOP("IncidentCsvParser", "an x is needed with the y"),
         QT_TRANSLATE_NOOP("IncidentCsvParser", "a y is needed with the x"));

    return errors.size() == errorsBefore;
}

} // namespace

std::optional<Incident> IncidentCsvParser::toIncident(const QStringList& fields, int line,
                                                      const ResolvedColumns& columns, const QStringList& headers,
                                                      const QString& fileName, QList<Error>& errors)
{
    Incident incident;
    if (!validateRecord([&](qsizetype i) { return QStringView(fields[i]); }, fields.size(), line, columns, headers,
                        fileName, incident, errors))
        return std::nullopt;
    return incident;
}

bool IncidentCsvParser::toIncident(const CsvRecordBatch& batch, qsizetype record, const ResolvedColumns& columns,
                                   const QStringList& headers, const QString& fileName, Incident& incident,
                                   QList<Error>& errors)
{
    return validateRecord([&](qsizetype i) { return batch.field(record, i); }, batch.fieldCount(record),
                          batch.line(record), columns, headers, fileName, incident, errors);
}

Result<IncidentParseResult> IncidentCsvParser::preview(QIODevice* device, IncidentParseOptions options)
{
    const QString fileName = fileNameOf(device, options.csv.fileName);
    options.csv.fileName = fileName;
    IncidentParseResult result;
    CsvReader reader(device, options.csv);
    if (Status status = readHead(reader, options, result, fileName); !status.ok())
        return status.error();
    result.mapping = IncidentColumnMapping::autoMap(result.headers);
    CsvRecord record;
    while (result.preview.size() < options.previewRows && reader.next(record)) {
        if (!record.error && isBlank(record.fields))
            continue;
        result.preview.append(record.fields);
    }
    return result;
}

Result<IncidentParseResult> IncidentCsvParser::parseRecords(QIODevice* device, const IncidentColumnMapping& mapping,
                                                            IncidentParseOptions options,
                                                            const IncidentProgress& progress, const ColumnsReady& ready,
                                                            const RecordBatchSink& sink, qsizetype batchRecords)
{
    const QString fileName = fileNameOf(device, options.csv.fileName);
    options.csv.fileName = fileName;
    IncidentParseResult result;
    CsvReader reader(device, options.csv);
    if (Status status = readHead(reader, options, result, fileName); !status.ok())
        return status.error();
    result.mapping = mapping.isEmpty() ? IncidentColumnMapping::autoMap(result.headers) : mapping;
    const auto resolved = result.mapping.resolve(result.headers, fileName);
    if (!resolved.ok())
        return resolved.error();
    ready(resolved.value(), result.headers, fileName);
    const qint64 total = device->isSequential() ? 0 : device->size();

    // Every row must have as many fields as the header (without one, as the first row): a truncated line or a stray
    // delimiter shifts the cells into other columns, and a row read that way is worse than a row refused.
    qsizetype width = options.hasHeader ? result.headers.size() : -1;
    CsvRecordBatch batch;
    while (reader.next(batch)) {
        const qsizetype last = batch.size() - 1;
        const qsizetype fields = batch.fieldCount(last);
        bool blank = !batch.error(last);
        for (qsizetype i = 0; blank && i < fields; ++i)
            blank = batch.field(last, i).trimmed().isEmpty();
        if (blank) {
            batch.removeLast();   // spreadsheets leave rows of empty cells (";;;;") at the end
            continue;
        }
        ++result.rowsRead;
        if (result.preview.size() < options.previewRows)
            result.preview.append(batch.fields(last));
        if (width < 0 && !batch.error(last))
            width = fields;
        if (batch.error(last)) {
            Error error = *batch.error(last);
            error.field = columnName(batch.errorColumn(last) - 1, result.headers);
            result.rejected.append(RejectedRow{batch.line(last), batch.fields(last), {error}});
            batch.removeLast();
        } else if (fields != width) {
            const QString message = options.hasHeader
                ? QCoreApplication::translate("IncidentCsvParser", "%1 fields where the header has %2").arg(fields).arg(width)
                : QCoreApplication::translate("IncidentCsvParser", "%1 fields where the first row has %2").arg(fields).arg(width);
            result.rejected.append(RejectedRow{batch.line(last), batch.fields(last), {Error{message, fileName, batch.line(last), {}}}});
            batch.removeLast();
        } else if (batch.size() >= batchRecords) {
            sink(batch);
            batch.clear();
        }
        if (progress && (result.rowsRead & 0xFFF) == 0 && !progress(reader.bytesRead(), total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (!batch.isEmpty())
        sink(batch);
    if (progress)
        progress(reader.bytesRead(), total);
    return result;
}

void IncidentCsvParser::mergeRejected(QList<RejectedRow>& into, QList<RejectedRow>&& more)
{
    if (more.isEmpty())
        return;
    QList<RejectedRow> merged;
    merged.reserve(into.size() + more.size());
    std::merge(std::make_move_iterator(into.begin()), std::make_move_iterator(into.end()),
               std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()), std::back_inserter(merged),
               [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    into = std::move(merged);
}

Result<IncidentParseResult> IncidentCsvParser::parse(QIODevice* device, const IncidentColumnMapping& mapping,
                                                     IncidentParseOptions options, const IncidentProgress& progress,
                                                     const std::function<void(Incident&&)>& sink)
{
    ResolvedColumns columns{};
    QStringList headers;
    QString fileName;
    const bool fingerprints = options.fingerprints;
    QList<RejectedRow> invalid;
    QList<Error> errors;
    Incident incident;
    auto result = parseRecords(
        device, mapping, std::move(options), progress,
        [&](const ResolvedColumns& c, const QStringList& h, const QString& f) {
            columns = c;
            headers = h;
            fileName = f;
        },
        [&](CsvRecordBatch& batch) {
            for (qsizetype record = 0; record < batch.size(); ++record) {
                errors.clear();
                if (!toIncident(batch, record, columns, headers, fileName, incident, errors)) {
                    invalid.append(RejectedRow{batch.line(record), batch.fields(record), errors});
                    continue;
                }
                if (fingerprints)
                    incident.fingerprint = incidentFingerprint(incident);
                sink(Incident(incident));
            }
        });
    if (result.ok())
        mergeRejected(result->rejected, std::move(invalid));
    return result;
}

Result<IncidentParseResult> IncidentCsvParser::parse(QIODevice* device, const IncidentColumnMapping& mapping,
                                                     IncidentParseOptions options, const IncidentProgress& progress)
{
    QList<Incident> incidents;
    auto result = parse(device, mapping, std::move(options), progress,
                        [&incidents](Incident&& incident) { incidents.append(std::move(incident)); });
    if (result.ok())
        result->incidents = std::move(incidents);
    return result;
}

Result<IncidentParseResult> IncidentCsvParser::parse(const QString& path, const IncidentColumnMapping& mapping,
                                                     IncidentParseOptions options, const IncidentProgress& progress)
{
    QFile file(path);
    if (options.csv.fileName.isEmpty())
        options.csv.fileName = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("IncidentCsvParser", "the file cannot be opened: %1").arg(file.errorString()), options.csv.fileName, 0, {}};
    return parse(&file, mapping, std::move(options), progress);
}

QString IncidentCsvParser::describe(const Error& error)
{
    QStringList where;
    if (error.line > 0)
        where << QCoreApplication::translate("IncidentCsvParser", "line %1").arg(error.line);
    if (!error.field.isEmpty()) {
        bool numeric = false;
        error.field.toInt(&numeric);
        where << (numeric ? QCoreApplication::translate("IncidentCsvParser", "column %1").arg(error.field) : QCoreApplication::translate("IncidentCsvParser", "column '%1'").arg(error.field));
    }
    if (where.isEmpty())
        return error.message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + error.message;
}

} // namespace proxima::io
