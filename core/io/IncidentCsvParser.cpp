#include "io/IncidentCsvParser.h"

#include "io/IncidentValues.h"

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

std::optional<Incident> IncidentCsvParser::toIncident(const QStringList& fields, int line,
                                                      const ResolvedColumns& columns, const QStringList& headers,
                                                      const QString& fileName, QList<Error>& errors)
{
    const auto cell = [&](IncidentField field) -> QStringView {
        const int index = columns[size_t(field)];
        if (index < 0 || index >= fields.size())
            return {};
        return QStringView(fields[index]).trimmed();
    };
    const auto fail = [&](IncidentField field, const QString& message) {
        errors.append(Error{message, fileName, line, columnName(columns[size_t(field)], headers)});
    };
    const qsizetype errorsBefore = errors.size();
    Incident incident;
    incident.sourceLine = line;

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
    incident.category = cell(IncidentField::Type).toString();
    if (incident.category.isEmpty())
        fail(IncidentField::Type, QCoreApplication::translate("IncidentCsvParser", "a value is required"));
    incident.reference = cell(IncidentField::Reference).toString();
    incident.address = cell(IncidentField::Address).toString();
    incident.description = cell(IncidentField::Description).toString();
    incident.area = cell(IncidentField::Area).trimmed().toString();

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

    if (errors.size() != errorsBefore)
        return std::nullopt;
    return incident;
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
                                                            const std::function<void(QStringList&&, int)>& recordSink)
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

    CsvRecord record;
    while (reader.next(record)) {
        if (!record.error && isBlank(record.fields))
            continue;   // spreadsheets leave rows of empty cells (";;;;") at the end
        ++result.rowsRead;
        if (result.preview.size() < options.previewRows)
            result.preview.append(record.fields);
        if (record.error) {
            Error error = *record.error;
            error.field = columnName(record.errorColumn - 1, result.headers);
            result.rejected.append(RejectedRow{record.line, record.fields, {error}});
        } else {
            recordSink(std::move(record.fields), record.line);
            record.fields = {};
        }
        if (progress && (result.rowsRead & 0xFFF) == 0 && !progress(reader.bytesRead(), total)) {
            result.cancelled = true;
            return result;
        }
    }
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
    auto result = parseRecords(
        device, mapping, std::move(options), progress,
        [&](const ResolvedColumns& c, const QStringList& h, const QString& f) {
            columns = c;
            headers = h;
            fileName = f;
        },
        [&](QStringList&& fields, int line) {
            errors.clear();
            std::optional<Incident> incident = toIncident(fields, line, columns, headers, fileName, errors);
            if (!incident) {
                invalid.append(RejectedRow{line, std::move(fields), errors});
                return;
            }
            if (fingerprints)
                incident->fingerprint = incidentFingerprint(*incident);
            sink(std::move(*incident));
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
