#pragma once
// One fuzz input through each reader, shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp) and the Catch2 test
// that replays the kept crashing inputs (tests/io/test_fuzz_regressions.cpp), so both read a file the same way.
// Each returns false when an invariant breaks (a harness then aborts, the test fails); a crash or a sanitizer report
// is a finding in itself.

#include "core/io/IncidentCsvParser.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"
#include "core/io/PrefLib.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace proxima::fuzz {

/// The first byte picks the file name's extension (the data type when the header gives none); a file that reads
/// must write and read back the same (the export of an imported file is lossless).
inline bool preflibInput(const uint8_t* data, size_t size)
{
    static const char* const names[] = {"fuzz.soc", "fuzz.soi", "fuzz.toc", "fuzz.toi", "fuzz.txt", "fuzz"};
    if (size == 0)
        return true;
    const QString name = QString::fromLatin1(names[data[0] % 6]);
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const Result<io::PrefLibData> read = io::parsePrefLib(bytes, name);
    if (!read)
        return !read.error().message.isEmpty();   // an error must say what is wrong
    (void)io::toElection(*read);
    // Writing and reading back a file of many alternatives takes seconds under the sanitizers; the round trip of
    // such files is left to the unit tests so that the fuzzer keeps its pace.
    if (read->alternatives > 10000)
        return true;
    const Result<io::PrefLibData> again = io::parsePrefLib(io::writePrefLib(*read), QStringLiteral("again.toi"));
    return again && again->orders == read->orders && again->alternatives == read->alternatives &&
           again->names == read->names;
}

/// Sections, then the budgeting instance; a document that reads must write and read back with the same content.
inline bool pabulibInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.pb");
    const Result<io::PabulibDocument> document = io::PabulibReader::parse(bytes, name);
    if (!document)
        return !document.error().message.isEmpty();
    const auto instance = io::PabulibReader::toInstance(*document, name);
    if (!instance && instance.error().message.isEmpty())
        return false;
    const Result<io::PabulibDocument> again = io::PabulibReader::parse(io::PabulibWriter::write(*document), name);
    return again && again->sameContent(*document);
}

/// The reader, the column mapping and the row validation. The first byte picks the options (header or not, a
/// forced delimiter, a small field limit) so that those paths are fuzzed too.
inline bool incidentCsvInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return true;
    const uint8_t mode = data[0];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    io::IncidentParseOptions options;
    options.csv.fileName = QStringLiteral("fuzz.csv");
    options.hasHeader = (mode & 1) == 0;
    if (mode & 2)
        options.csv.delimiter = QLatin1Char(';');
    if (mode & 4)
        options.csv.maxFieldChars = 16;
    io::IncidentColumnMapping mapping;
    if (!options.hasHeader) {   // without a header the columns are taken by position
        mapping.setIndex(io::IncidentField::Date, 0);
        mapping.setIndex(io::IncidentField::Type, 1);
        mapping.setIndex(io::IncidentField::Latitude, 2);
        mapping.setIndex(io::IncidentField::Longitude, 3);
    }
    const auto result = io::IncidentCsvParser::parse(&buffer, mapping, options);
    if (!result)
        return !result.error().message.isEmpty();
    for (const io::RejectedRow& row : result->rejected) {
        if (row.errors.isEmpty() || row.line <= 0)
            return false;   // every rejected row says why and where
    }
    buffer.seek(0);
    (void)io::IncidentCsvParser::preview(&buffer, options);
    return true;
}

} // namespace proxima::fuzz
