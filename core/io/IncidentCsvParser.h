#pragma once

#include "core/common/Result.h"
#include "core/io/CsvReader.h"
#include "core/io/Incident.h"
#include "core/io/IncidentColumnMapping.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace proxima::io {

/// Options of an incident import.
struct IncidentParseOptions
{
    CsvOptions csv;             ///< delimiter / encoding overrides, field size limit; csv.fileName names errors
    bool hasHeader = true;      ///< first record holds column names
    int previewRows = 20;       ///< raw records kept for the mapping screen
    bool fingerprints = true;   ///< compute each incident's fingerprint (an importer may do it on another thread)
};

/// Called now and then with bytes read and total bytes (0 when unknown); return false to cancel.
using IncidentProgress = std::function<bool(qint64 done, qint64 total)>;

/// A row that was not imported, with every problem found in it.
struct RejectedRow
{
    int line = 0;
    QStringList fields;
    QList<Error> errors;   ///< field = header name (or "column N"), line = physical line of the record
};

/// Everything an import produced.
struct IncidentParseResult
{
    QList<Incident> incidents;          ///< valid rows, each with sourceLine and fingerprint
    QList<RejectedRow> rejected;
    QStringList headers;
    QList<QStringList> preview;         ///< first raw records after the header
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8;
    IncidentColumnMapping mapping;      ///< the mapping used (the automatic one when none was given)
    int rowsRead = 0;                   ///< data records seen (blank rows excluded)
    bool cancelled = false;
};

/// Reads incidents from a CSV export: decodes, splits, maps columns and validates each row.
class IncidentCsvParser
{
public:
    /// Parses a file. Error only for file-level problems (unreadable, empty, missing required columns).
    static Result<IncidentParseResult> parse(const QString& path, const IncidentColumnMapping& mapping,
                                             IncidentParseOptions options = {}, const IncidentProgress& progress = {});
    /// Same on an open device. An empty mapping means IncidentColumnMapping::autoMap(headers).
    static Result<IncidentParseResult> parse(QIODevice* device, const IncidentColumnMapping& mapping,
                                             IncidentParseOptions options = {}, const IncidentProgress& progress = {});
    /// Streaming form: each valid incident goes to sink instead of the result list (for very large files).
    static Result<IncidentParseResult> parse(QIODevice* device, const IncidentColumnMapping& mapping,
                                             IncidentParseOptions options, const IncidentProgress& progress,
                                             const std::function<void(Incident&&)>& sink);

    /// The split alone, for a pipeline: well-formed, non-blank records go to sink unconverted, batchRecords at a
    /// time (fewer in the last batch), for the caller to validate with toIncident() against the columns ready()
    /// gave (called once, before the first batch). The sink may swap the batch with an empty one to keep it; what
    /// it leaves is cleared. The result counts rows and holds the malformed records only.
    using ColumnsReady = std::function<void(const ResolvedColumns& columns, const QStringList& headers,
                                            const QString& fileName)>;
    using RecordBatchSink = std::function<void(CsvRecordBatch& batch)>;
    static Result<IncidentParseResult> parseRecords(QIODevice* device, const IncidentColumnMapping& mapping,
                                                    IncidentParseOptions options, const IncidentProgress& progress,
                                                    const ColumnsReady& ready, const RecordBatchSink& sink,
                                                    qsizetype batchRecords = 4096);
    /// Rows rejected by validation merged into those the reader rejected, in line order.
    static void mergeRejected(QList<RejectedRow>& into, QList<RejectedRow>&& more);

    /// Headers, delimiter, encoding, automatic mapping and the first options.previewRows records, without
    /// validating anything: what the mapping screen shows before the real import.
    static Result<IncidentParseResult> preview(QIODevice* device, IncidentParseOptions options = {});

    /// Validates one record against resolved columns: the incident (without its fingerprint), or nothing with every
    /// problem in errors.
    static std::optional<Incident> toIncident(const QStringList& fields, int line, const ResolvedColumns& columns,
                                              const QStringList& headers, const QString& fileName,
                                              QList<Error>& errors);
    /// The same for one record of a batch, written into `incident` (every member is set; its strings keep their
    /// buffers from row to row): false, with every problem in errors, when the record is not valid.
    static bool toIncident(const CsvRecordBatch& batch, qsizetype record, const ResolvedColumns& columns,
                           const QStringList& headers, const QString& fileName, Incident& incident,
                           QList<Error>& errors);

    /// "line 12, column 'date': '31/02/2024' is not a valid date" (parts left out when not set).
    static QString describe(const Error& error);
};

} // namespace proxima::io
