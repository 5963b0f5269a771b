// Incident import throughput: a 1,000,000-row export-like CSV (';', day-first dates, decimal commas, quoted
// fields with line breaks) is generated to a temporary file, then read, mapped and validated.
#include "BenchSupport.h"

#include "core/io/CsvReader.h"
#include "core/io/IncidentCsvParser.h"
#include "core/sara/DemoIncidents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace proxima;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incidents.csv"));

    QElapsedTimer timer;
    timer.start();
    if (Status written = sara::writeDemoCsv(path, rows); !written.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
        return 1;
    }
    bench::report(QStringLiteral("generate CSV"), double(timer.elapsed()), QStringLiteral("ms"));
    bench::report(QStringLiteral("file size"), double(QFileInfo(path).size()) / (1024.0 * 1024.0),
                  QStringLiteral("MiB"));

    // Reader alone: decoding and splitting.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    timer.restart();
    io::CsvReader reader(&file);
    if (!reader.start().ok())
        return 1;
    io::CsvRecord record;
    qint64 records = 0;
    while (reader.next(record))
        ++records;
    const double readMs = double(timer.elapsed());
    bench::report(QStringLiteral("CSV read only"), readMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("CSV read only rate"), double(records) / (readMs / 1000.0), QStringLiteral("rows/s"));
    file.close();

    // Streaming import: validated incidents counted, not kept.
    timer.restart();
    qint64 valid = 0;
    QFile streamed(path);
    if (!streamed.open(QIODevice::ReadOnly))
        return 1;
    auto streaming = io::IncidentCsvParser::parse(&streamed, {}, {}, {}, [&valid](io::Incident&&) { ++valid; });
    const double streamMs = double(timer.elapsed());
    if (!streaming.ok())
        return 1;
    bench::report(QStringLiteral("parse+validate (streaming)"), streamMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("parse+validate (streaming) rate"), double(valid) / (streamMs / 1000.0),
                  QStringLiteral("rows/s"));
    bench::report(QStringLiteral("peak memory after streaming"), bench::peakMemoryMiB(), QStringLiteral("MiB"));

    // Full import: every incident kept in memory, as the import screen does before storing.
    timer.restart();
    auto parsed = io::IncidentCsvParser::parse(path, {});
    const double parseMs = double(timer.elapsed());
    if (!parsed.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().toString()));
        return 1;
    }
    bench::report(QStringLiteral("parse+validate (kept)"), parseMs, QStringLiteral("ms"));
    bench::report(QStringLiteral("parse+validate (kept) rate"), double(parsed->incidents.size()) / (parseMs / 1000.0),
                  QStringLiteral("rows/s"));
    bench::report(QStringLiteral("valid rows"), double(parsed->incidents.size()), QStringLiteral("rows"));
    bench::report(QStringLiteral("rejected rows"), double(parsed->rejected.size()), QStringLiteral("rows"));
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return parsed->rejected.isEmpty() && parsed->incidents.size() == rows ? 0 : 1;
}
