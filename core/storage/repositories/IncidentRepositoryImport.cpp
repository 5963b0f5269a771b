// The bulk import half of IncidentRepository: everything in one transaction through IncidentBulkInsert.
#include "core/storage/repositories/IncidentBulkInsert.h"
#include "core/storage/repositories/IncidentRepository.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace proxima {
namespace {

// A batch as the reading thread hands it over: the records, and the fingerprint of each record whose reference alone
// makes it, computed there so that the two threads share the work more evenly.
struct ReadBatch
{
    io::CsvRecordBatch records;
    std::vector<IncidentBulkInsert::Digest> digests;   // one per record
    std::vector<char> digested;                          // whether digests[i] is set

    bool isEmpty() const { return records.isEmpty(); }
    void clear()
    {
        records.clear();
        digests.clear();
        digested.clear();
    }
    void digest(int referenceColumn)
    {
        const qsizetype count = records.size();
        digests.resize(size_t(count));
        digested.assign(size_t(count), 0);
        if (referenceColumn < 0)
            return;
        for (qsizetype i = 0; i < count; ++i) {
            if (referenceColumn < records.fieldCount(i))
                digested[size_t(i)] = io::referenceFingerprintDigest(records.field(i, referenceColumn),
                                                                     digests[size_t(i)].data());
        }
    }
};

// Hands batches of records from the reading thread to the validating and storing one; bounded so memory stays flat.
// Batches go back and forth: the consumer returns each one it is done with, and the reader refills it, so that the
// buffers are allocated once.
struct ImportPipe
{
    static constexpr size_t MaxBatches = 8;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<ReadBatch> batches;
    std::vector<ReadBatch> spent;
    bool finished = false;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};

    /// Takes the batch's records, leaving an empty batch (a returned one when there is one) in its place.
    void push(ReadBatch& batch)
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return batches.size() < MaxBatches || cancelled.load(); });
        if (cancelled.load() || batch.isEmpty())
            return;
        batches.push_back(std::move(batch));
        if (spent.empty()) {
            batch = ReadBatch();
        } else {
            batch = std::move(spent.back());
            spent.pop_back();
        }
        changed.notify_all();
    }
    void finish()
    {
        const std::lock_guard lock(mutex);
        finished = true;
        changed.notify_all();
    }
    void cancel()
    {
        const std::lock_guard lock(mutex);
        cancelled.store(true);
        batches.clear();
        changed.notify_all();
    }
    /// The next batch (the previous one is handed back); false when the parser has finished and all was taken.
    bool pop(ReadBatch& batch)
    {
        std::unique_lock lock(mutex);
        if (!batch.isEmpty()) {
            batch.clear();
            spent.push_back(std::move(batch));
            batch = ReadBatch();
        }
        changed.wait(lock, [this] { return !batches.empty() || finished; });
        if (batches.empty())
            return false;
        batch = std::move(batches.front());
        batches.pop_front();
        changed.notify_all();
        return true;
    }
};

// Matches the area names a source gives to the workspace's areas (case and surrounding spaces ignored), and counts
// the names it does not know.
class AreaMatcher
{
public:
    Status load(Workspace& ws)
    {
        auto areas = AreaRepository(ws).list();
        if (!areas)
            return areas.error();
        for (const Area& area : std::as_const(*areas))
            m_ids.insert(area.name.trimmed().toCaseFolded(), area.id);
        return {};
    }
    qint64 operator()(const io::Incident& incident, QMap<QString, int>& unknown)
    {
        if (incident.area.isEmpty())
            return 0;
        if (incident.area == m_lastName)
            return m_lastId;   // exports list many rows of the same area in a row
        const auto found = m_ids.constFind(incident.area.toCaseFolded());
        if (found == m_ids.cend()) {
            ++unknown[incident.area];
            return 0;
        }
        m_lastName = incident.area;
        m_lastId = *found;
        return m_lastId;
    }

private:
    QHash<QString, qint64> m_ids;
    QString m_lastName;
    qint64 m_lastId = 0;
};

// importFile() reports progress on this scale: reading and validating the file is the first ReadingShare of it,
// storing the rows and rebuilding the indexes the rest (about so on 1M rows).
constexpr qint64 ProgressScale = 1000000;
constexpr double ReadingShare = 0.3;

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

Result<IncidentImportSummary> IncidentRepository::importIncidents(const QList<io::Incident>& incidents,
                                                                  const QString& fileName, int rowsRead, int rejected,
                                                                  const IncidentAreaOf& areaOf)
{
    IncidentImportSummary summary;
    summary.rowsRead = rowsRead;
    summary.rejected = rejected;
    const Status written = m_ws.write([&]() -> Status {
        IncidentBulkInsert bulk(m_ws);
        if (Status s = bulk.start(fileName); !s)
            return s;
        bulk.reserve(incidents.size());
        AreaMatcher areaNamed;
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

Result<IncidentFileImport> IncidentRepository::importFile(QIODevice* device, const io::IncidentColumnMapping& mapping,
                                                          io::IncidentParseOptions options, bool skipInvalid,
                                                          const io::IncidentProgress& progress,
                                                          const IncidentAreaOf& areaOf)
{
    if (options.csv.fileName.isEmpty()) {
        if (const auto* file = qobject_cast<QFile*>(device))
            options.csv.fileName = QFileInfo(file->fileName()).fileName();
    }
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
        AreaMatcher areaNamed;
        if (!areaOf) {
            if (Status s = areaNamed.load(m_ws); !s)
                return s;
        }
        // A worker thread reads and splits the records; this thread validates them (toIncident), fingerprints and
        // packs them. They are written once the whole file is read (in date order, see IncidentBulkInsert).
        ImportPipe pipe;
        io::ResolvedColumns columns{};
        QStringList headers;
        QString fileName;
        Result<io::IncidentParseResult> parsed = Error{};
        std::thread reader([&] {
            ReadBatch read;
            parsed = io::IncidentCsvParser::parseRecords(
                device, mapping, options,
                [&](qint64 done, qint64 total) {
                    pipe.done.store(done);
                    pipe.total.store(total);
                    return !pipe.cancelled.load();
                },
                // Before the first batch is pushed: the pipe's lock orders these writes before the reads below.
                [&](const io::ResolvedColumns& c, const QStringList& h, const QString& f) {
                    columns = c;
                    headers = h;
                    fileName = f;
                },
                [&](io::CsvRecordBatch& records) {
                    std::swap(read.records, records);   // the records to hand over, for empty buffers to refill
                    read.digest(columns[size_t(io::IncidentField::Reference)]);
                    pipe.push(read);
                });
            pipe.finish();
        });
        qint64 valid = 0;
        QList<io::RejectedRow> invalid;
        QList<Error> errors;
        ReadBatch batch;
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
            if (progress && !progress(readingProgress(pipe.done.load(), pipe.total.load()), ProgressScale))
                pipe.cancel();
        }
        reader.join();
        if (!parsed)
            return parsed.error();
        result.parse = std::move(parsed.value());
        io::IncidentCsvParser::mergeRejected(result.parse.rejected, std::move(invalid));
        summary.rowsRead = result.parse.rowsRead;
        summary.rejected = int(result.parse.rejected.size());
        summary.cancelled = result.parse.cancelled || pipe.cancelled.load();
        if (summary.cancelled || (summary.rejected > 0 && !skipInvalid)) {
            refused = true;
            return Error{QCoreApplication::translate("IncidentRepository", "nothing was imported"),
                         {},
                         0,
                         {},
                         ErrorCode::Cancelled};
        }
        const Result<qint64> inserted = bulk.write(
            progress ? std::function<bool(double)>([&](double done) {
                return progress(qint64(ProgressScale * (ReadingShare + (1 - ReadingShare) * done)), ProgressScale);
            })
                     : nullptr);
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

Result<IncidentFileImport> IncidentRepository::importFile(const QString& path, const io::IncidentColumnMapping& mapping,
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

} // namespace proxima
