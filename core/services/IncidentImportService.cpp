#include "core/services/IncidentImportService.h"

#include "core/services/IncidentImportAreas.h"
#include "core/services/IncidentImportPipe.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/IncidentBulkInsert.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <thread>

namespace proxima {
namespace {

// importFile() reports progress on this scale: reading and validating the file is the first ReadingShare of it,
// storing the rows and rebuilding the indexes the rest (about so on 1M rows).
constexpr qint64 ProgressScale = 1000000;
constexpr double ReadingShare = 0.3;
// Messages keep the translation context "IncidentRepository", under which the French and Dutch were made.

qint64 readingProgress(qint64 bytesDone, qint64 bytesTotal)
{
    return bytesTotal > 0 ? qint64(double(ProgressScale) * ReadingShare * double(bytesDone) / double(bytesTotal)) : 0;
}

} // namespace

QString describeUnknownAreas(const QMap<QString, int>& unknownAreas)
{
    QStringList parts;
    for (auto it = unknownAreas.cbegin(); it != unknownAreas.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

Result<IncidentImportSummary> IncidentImportService::importIncidents(const QList<io::Incident>& incidents,
                                                                     const QString& fileName, int rowsRead,
                                                                     int rejected, const IncidentAreaOf& areaOf)
{
    IncidentImportSummary summary;
    summary.rowsRead = rowsRead;
    summary.rejected = rejected;
    const Status written = m_ws.write([&]() -> Status {
        IncidentBulkInsert bulk(m_ws);
        if (Status s = bulk.start(fileName); !s)
            return s;
        bulk.reserve(incidents.size());
        IncidentImportAreas areaNamed;
        if (!areaOf) {
            if (Status s = areaNamed.load(m_ws); !s)
                return s;
        }
        for (const io::Incident& incident : incidents) {
            if (!incident.date.isValid())
                return Error{QCoreApplication::translate("Workspace", "an incident needs a valid date"), fileName,
                             incident.sourceLine, QStringLiteral("date")};
            bulk.add(incident, areaOf ? areaOf(incident) : areaNamed(incident, summary.unknownAreas));
        }
        const Result<qint64> inserted = bulk.write();
        if (!inserted)
            return inserted.error();
        summary.imported = int(*inserted);
        summary.alreadyPresent = int(incidents.size()) - summary.imported;
        summary.importId = bulk.importId();
        return bulk.finish(rowsRead, summary.imported, summary.alreadyPresent, rejected);
    });
    if (!written)
        return written.error();
    return summary;
}

Result<IncidentFileImport> IncidentImportService::importFile(QIODevice* device,
                                                             const io::IncidentColumnMapping& mapping,
                                                             io::IncidentParseOptions options, bool skipInvalid,
                                                             const io::IncidentProgress& progress,
                                                             const IncidentAreaOf& areaOf)
{
    if (options.csv.fileName.isEmpty()) {
        if (const auto* file = qobject_cast<QFile*>(device))
            options.csv.fileName = QFileInfo(file->fileName()).fileName();
    }
    // A refusal is undone by rolling back the import's own transaction: inside another write there is none, and the
    // import record would stay. Refused here rather than left to a comment.
    if (sqlite3* db = m_ws.handle(); db && sqlite3_get_autocommit(db) == 0)
        return Error{QCoreApplication::translate("IncidentImportService",
                                                 "an import of a file cannot be part of another change"),
                     options.csv.fileName,
                     0,
                     {}};
    IncidentFileImport result;
    IncidentImportSummary& summary = result.summary;
    bool refused = false; // rolled back on purpose: cancelled, or rejected rows without skipInvalid
    const Status written = m_ws.write([&]() -> Status {
        IncidentBulkInsert bulk(m_ws);
        if (Status s = bulk.start(options.csv.fileName); !s)
            return s;
        // Police exports take 80 to 150 bytes a row: room for the shortest, add() grows beyond. The texts kept are
        // parts of the file, so its size bounds them (reserved address space costs nothing until it is written).
        if (!device->isSequential())
            bulk.reserve(device->size() / 80, device->size());
        IncidentImportAreas areaNamed;
        if (!areaOf) {
            if (Status s = areaNamed.load(m_ws); !s)
                return s;
        }
        // A worker thread reads and splits the records; this thread validates them (toIncident), fingerprints and
        // packs them. They are written once the whole file is read (in date order, see IncidentBulkInsert).
        IncidentImportPipe pipe;
        io::ResolvedColumns columns{};
        QStringList headers;
        QString fileName;
        Result<io::IncidentParseResult> parsed = Error{};
        std::thread reader([&] {
            IncidentImportPipe::Batch read;
            parsed = io::IncidentCsvParser::parseRecords(
                device, mapping, options,
                [&](qint64 done, qint64 total) {
                    pipe.setRead(done, total);
                    return !pipe.isCancelled();
                },
                // Before the first batch is pushed: the pipe's lock orders these writes before the reads below.
                [&](const io::ResolvedColumns& c, const QStringList& h, const QString& f) {
                    columns = c;
                    headers = h;
                    fileName = f;
                },
                [&](io::CsvRecordBatch& records) {
                    std::swap(read.records, records); // the records to hand over, for empty buffers to refill
                    read.digest(columns[size_t(io::IncidentField::Reference)]);
                    pipe.push(read);
                });
            pipe.finish();
        });
        qint64 valid = 0;
        QList<io::RejectedRow> invalid;
        QList<Error> errors;
        IncidentImportPipe::Batch batch;
        io::Incident incident;
        while (pipe.pop(batch)) {
            const io::CsvRecordBatch& records = batch.records;
            for (qsizetype record = 0; record < records.size(); ++record) {
                errors.clear();
                if (!io::IncidentCsvParser::toIncident(records, record, columns, headers, fileName, incident, errors)) {
                    invalid.append(io::RejectedRow{records.line(record), records.fields(record), errors});
                    continue;
                }
                bulk.add(incident, areaOf ? areaOf(incident) : areaNamed(incident, summary.unknownAreas),
                         batch.digested[size_t(record)] ? &batch.digests[size_t(record)] : nullptr);
                ++valid;
            }
            if (progress && !progress(readingProgress(pipe.bytesRead(), pipe.bytesTotal()), ProgressScale))
                pipe.cancel();
        }
        reader.join();
        if (!parsed)
            return parsed.error();
        result.parse = std::move(parsed.value());
        io::IncidentCsvParser::mergeRejected(result.parse.rejected, std::move(invalid));
        summary.rowsRead = result.parse.rowsRead;
        summary.rejected = int(result.parse.rejected.size());
        summary.cancelled = result.parse.cancelled || pipe.isCancelled();
        if (summary.cancelled || (summary.rejected > 0 && !skipInvalid)) {
            refused = true;
            return Error{QCoreApplication::translate("IncidentRepository", "nothing was imported"),
                         {},
                         0,
                         {},
                         ErrorCode::Cancelled};
        }
        std::function<bool(double)> storing; // storing and indexing fill the part of the scale after reading
        if (progress)
            storing = [&](double done) {
                return progress(qint64(ProgressScale * (ReadingShare + (1 - ReadingShare) * done)), ProgressScale);
            };
        const Result<qint64> inserted = bulk.write(storing);
        if (!inserted) {
            refused = inserted.error().code == ErrorCode::Cancelled;
            summary.cancelled = refused;
            return inserted.error();
        }
        summary.imported = int(*inserted);
        summary.alreadyPresent = int(valid) - summary.imported;
        if (progress)
            progress(ProgressScale, ProgressScale);
        summary.importId = bulk.importId();
        return bulk.finish(summary.rowsRead, summary.imported, summary.alreadyPresent, summary.rejected);
    });
    if (refused) {
        summary.importId = 0;
        summary.imported = 0;
        summary.alreadyPresent = 0;
        summary.unknownAreas.clear();
        return result;
    }
    if (!written)
        return written.error();
    return result;
}

Result<IncidentFileImport> IncidentImportService::importFile(const QString& path,
                                                             const io::IncidentColumnMapping& mapping,
                                                             io::IncidentParseOptions options, bool skipInvalid,
                                                             const io::IncidentProgress& progress,
                                                             const IncidentAreaOf& areaOf)
{
    if (options.csv.fileName.isEmpty())
        options.csv.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error{
            QCoreApplication::translate("IncidentRepository", "the file cannot be opened: %1").arg(file.errorString()),
            options.csv.fileName,
            0,
            {}};
        error.code = ErrorCode::Io;
        return error;
    }
    return importFile(&file, mapping, std::move(options), skipInvalid, progress, areaOf);
}

QString IncidentImportService::describeReasons(const io::RejectedRow& row)
{
    QStringList texts;
    for (Error error : row.errors) {
        error.line = 0; // the report names the line once, before the reasons
        texts << io::IncidentCsvParser::describe(error);
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace proxima
