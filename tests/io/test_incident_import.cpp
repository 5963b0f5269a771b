#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include "TestSupport.h"
#include "core/io/IncidentCsvParser.h"
#include "core/io/IncidentValues.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace proxima::io;
using proxima::test::dataPath;

namespace {

IncidentParseResult parseBytes(const QByteArray& bytes, const IncidentColumnMapping& mapping = {},
                               IncidentParseOptions options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto result = IncidentCsvParser::parse(&buffer, mapping, options);
    REQUIRE(result.ok());
    return result.value();
}

// stderr of a child process without Qt's notes about the environment (XDG_RUNTIME_DIR unset on build machines).
QString ownLines(const QString& err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
    return lines.join(QLatin1Char('\n'));
}

QStringList described(const RejectedRow& row)
{
    QStringList list;
    for (const auto& error : row.errors)
        list << IncidentCsvParser::describe(error);
    return list;
}

} // namespace

TEST_CASE("date, time and number parsing", "[incident]")
{
    CHECK(parseDateTime(u"2024-03-05")->date == QDate(2024, 3, 5));
    CHECK_FALSE(parseDateTime(u"2024-03-05")->time.has_value());
    CHECK(parseDateTime(u"5/3/2024")->date == QDate(2024, 3, 5));
    CHECK(parseDateTime(u"05.03.2024")->date == QDate(2024, 3, 5));
    CHECK(parseDateTime(u"05-03-2024")->date == QDate(2024, 3, 5));
    CHECK(parseDateTime(u"2024/03/05")->date == QDate(2024, 3, 5));
    CHECK(parseDateTime(u"2024-03-05T14:30")->time == QTime(14, 30));
    CHECK(parseDateTime(u"05/03/2024 14:30")->time == QTime(14, 30));
    CHECK(parseDateTime(u"2024-03-05T14:30:15.5Z")->time == QTime(14, 30, 15, 500));
    CHECK_FALSE(parseDateTime(u"31/02/2024"));
    CHECK_FALSE(parseDateTime(u"29/02/2023"));
    CHECK(parseDateTime(u"29/02/2024"));
    CHECK_FALSE(parseDateTime(u"05/03/24"));
    CHECK_FALSE(parseDateTime(u"2024-03/05"));
    CHECK_FALSE(parseDateTime(u"2024-03-05x"));
    CHECK_FALSE(parseDateTime(u"05/03/2024 25:00"));
    CHECK_FALSE(parseDateTime(u""));
    CHECK(parseTime(u"9:05") == QTime(9, 5));
    CHECK(parseTime(u"14h30") == QTime(14, 30));
    CHECK(parseTime(u"22h") == QTime(22, 0));
    CHECK(parseTime(u"23:59:59") == QTime(23, 59, 59));
    CHECK_FALSE(parseTime(u"24:00"));
    CHECK_FALSE(parseTime(u"14:6"));
    CHECK_FALSE(parseTime(u"14:60"));
    CHECK(parseNumber(u"50,8466") == 50.8466);
    CHECK(parseNumber(u"4.3528") == 4.3528);
    CHECK(parseNumber(u"-1.234,5") == -1234.5);
    CHECK(parseNumber(u"150 123,25") == 150123.25);
    CHECK(parseNumber(u"1,234.5") == 1234.5);
    CHECK_FALSE(parseNumber(u"1,2,3"));
    CHECK_FALSE(parseNumber(u"abc"));
    CHECK_FALSE(parseNumber(u"nan"));
    CHECK_FALSE(parseNumber(u""));
}

TEST_CASE("automatic mapping of EN/FR/NL headers", "[incident]")
{
    const QStringList fr = {QStringLiteral("N° PV"), QStringLiteral("Date des faits"), QStringLiteral("Heure"),
                            QStringLiteral("Catégorie"), QStringLiteral("Adresse"), QStringLiteral("Latitude"),
                            QStringLiteral("Longitude"), QStringLiteral("Texte")};
    const auto mapping = IncidentColumnMapping::autoMap(fr);
    CHECK(mapping.column(IncidentField::Reference).header == QStringLiteral("N° PV"));
    CHECK(mapping.column(IncidentField::Date).header == QStringLiteral("Date des faits"));
    CHECK(mapping.column(IncidentField::Type).header == QStringLiteral("Catégorie"));
    CHECK(mapping.column(IncidentField::Description).header == QStringLiteral("Texte"));
    CHECK_FALSE(mapping.column(IncidentField::X).isSet());
    const QStringList nl = {QStringLiteral("datum"), QStringLiteral("uur"), QStringLiteral("Feit"),
                            QStringLiteral("adres"), QStringLiteral("breedtegraad"), QStringLiteral("lengtegraad"),
                            QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("omschrijving")};
    const auto resolved = IncidentColumnMapping::autoMap(nl).resolve(nl);
    REQUIRE(resolved.ok());
    CHECK(resolved.value() == ResolvedColumns{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, -1});
    CHECK(normalisedHeader(QStringLiteral("  Numéro  du PV ")) == QStringLiteral("numero_du_pv"));
}

TEST_CASE("missing required columns give one error naming them", "[incident]")
{
    auto result = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/missing_columns.csv")), {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString() == QStringLiteral("missing_columns.csv:1: missing required columns: date, type"));

    IncidentColumnMapping mapping;
    mapping.setHeader(IncidentField::Date, QStringLiteral("WHEN"));
    mapping.setHeader(IncidentField::Type, QStringLiteral("what"));
    mapping.setHeader(IncidentField::Address, QStringLiteral("adres"));
    auto partly = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/missing_columns.csv")), mapping);
    REQUIRE_FALSE(partly.ok());
    CHECK(partly.error().message == QStringLiteral("mapped columns not in the file: 'adres'"));
    mapping.clear(IncidentField::Address);
    auto fine = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/missing_columns.csv")), mapping);
    REQUIRE(fine.ok());
    REQUIRE(fine->incidents.size() == 1);
    CHECK(fine->incidents[0].category == QStringLiteral("x"));
}

TEST_CASE("malformed rows are rejected with exact errors, valid rows kept", "[incident]")
{
    auto parsed = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/malformed.csv")), {});
    REQUIRE(parsed.ok());
    const auto& result = parsed.value();
    CHECK(result.rowsRead == 9);
    REQUIRE(result.incidents.size() == 2);
    CHECK(result.incidents[0].sourceLine == 2);
    CHECK(result.incidents[0].latitude == 50.85);
    CHECK(result.incidents[1].sourceLine == 11);
    CHECK(result.incidents[1].occurred() == QDateTime(QDate(2024, 3, 5), QTime(14, 30)));
    REQUIRE(result.rejected.size() == 7);
    CHECK(described(result.rejected[0]) == QStringList{QStringLiteral("line 3, column 'date': '31/02/2024' is not a valid date")});
    CHECK(described(result.rejected[1]) == QStringList{QStringLiteral("line 4, column 'time': '25:10' is not a valid time")});
    CHECK(described(result.rejected[2]) == QStringList{QStringLiteral("line 5, column 'type': a value is required"),
                                                       QStringLiteral("line 5, column 'lat': latitude 95.5 is outside -90 to 90")});
    CHECK(described(result.rejected[3]) == QStringList{QStringLiteral("line 6, column 'lon': a longitude is needed with the latitude")});
    CHECK(result.rejected[3].fields[4] == QStringLiteral("Main St\n5"));
    CHECK(described(result.rejected[4]) == QStringList{QStringLiteral("line 8, column 'lon': 'abc' is not a number")});
    CHECK(described(result.rejected[5]) == QStringList{QStringLiteral("line 9, column 'date': a value is required")});
    CHECK(described(result.rejected[6]) == QStringList{QStringLiteral("line 10, column 'type': unexpected character 'x' after a closing quote")});
    CHECK(result.rejected[0].errors[0].toString() == QStringLiteral("malformed.csv:3: date: '31/02/2024' is not a valid date"));
}

TEST_CASE("a Windows-1252 export with semicolons and decimal commas is decoded right", "[incident]")
{
    auto parsed = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/cp1252_semicolon.csv")), {});
    REQUIRE(parsed.ok());
    const auto& result = parsed.value();
    CHECK(result.encoding == TextEncoding::Windows1252);
    CHECK(result.delimiter == QChar(u';'));
    CHECK(result.headers[3] == QStringLiteral("Catégorie"));
    CHECK(result.rejected.isEmpty());
    REQUIRE(result.incidents.size() == 3);
    const Incident& first = result.incidents[0];
    CHECK(first.reference == QStringLiteral("PV-001"));
    CHECK(first.occurred() == QDateTime(QDate(2024, 3, 5), QTime(14, 30)));
    CHECK(first.category == QStringLiteral("Vol de vélo"));
    CHECK(first.latitude == 50.8466);
    CHECK(first.longitude == 4.3528);
    CHECK(first.description == QStringLiteral("Vélo volé près de l'entrée"));
    CHECK(result.incidents[1].date == QDate(2024, 3, 6));
    CHECK_FALSE(result.incidents[1].time.has_value());
    CHECK(result.incidents[1].description == QStringLiteral("Musique forte; plainte d'un voisin"));
    CHECK(result.incidents[2].time == QTime(22, 15));
    CHECK(result.incidents[2].description == QStringLiteral("Tag sur façade – 2e fois"));
    CHECK(result.rowsRead == 3);
}

TEST_CASE("a UTF-16 LE tab separated export", "[incident]")
{
    auto parsed = IncidentCsvParser::parse(dataPath(QStringLiteral("csv/utf16le_tab.csv")), {});
    REQUIRE(parsed.ok());
    CHECK(parsed->encoding == TextEncoding::Utf16LE);
    CHECK(parsed->delimiter == QChar(u'\t'));
    REQUIRE(parsed->incidents.size() == 2);
    CHECK(parsed->incidents[0].occurred() == QDateTime(QDate(2024, 1, 31), QTime(8, 5)));
    CHECK(parsed->incidents[1].address == QStringLiteral("Kerkstraat 7 – bus 2"));
    CHECK(parsed->incidents[1].date == QDate(2024, 2, 1));
}

TEST_CASE("a huge field rejects its row with line and column", "[incident]")
{
    QByteArray bytes = "date;type;description\n2024-01-01;A;ok\n2024-01-02;B;";
    bytes += QByteArray(100000, 'z');
    bytes += "\n2024-01-03;C;fine\n";
    const auto result = parseBytes(bytes);
    REQUIRE(result.incidents.size() == 2);
    REQUIRE(result.rejected.size() == 1);
    CHECK(described(result.rejected[0]) == QStringList{QStringLiteral("line 3, column 'description': field is longer than 65536 characters")});
}

TEST_CASE("fingerprints are stable, content based, and follow the external reference", "[incident]")
{
    const QByteArray bytes = "date,time,type,address\n2024-01-01,10:00,Theft,Main  St 1\n01/01/2024,10:00,theft,main st 1\n"
                             "2024-01-01,10:01,Theft,Main St 1\n";
    const auto once = parseBytes(bytes);
    const auto again = parseBytes(bytes);
    REQUIRE(once.incidents.size() == 3);
    CHECK(once.incidents[0].fingerprint.size() == 40);
    CHECK(once.incidents[0].fingerprint == again.incidents[0].fingerprint);
    CHECK(once.incidents[0].fingerprint == once.incidents[1].fingerprint);   // same content, other spelling
    CHECK(once.incidents[0].fingerprint != once.incidents[2].fingerprint);

    Incident a;
    a.reference = QStringLiteral("PV-1");
    a.date = QDate(2024, 1, 1);
    Incident b = a;
    b.date = QDate(2024, 1, 2);
    CHECK(incidentFingerprint(a) == incidentFingerprint(b));
    b.reference = QStringLiteral("PV-2");
    CHECK(incidentFingerprint(a) != incidentFingerprint(b));
}

TEST_CASE("reference fingerprints are the SHA-1 of the normalised reference, whatever path computes them", "[incident]")
{
    // The definition stored workspaces rely on: "ref", U+001F, then the reference simplified and case-folded.
    const auto expected = [](const QString& reference) {
        const QString key = QStringLiteral("ref") + QChar(u'\x1f') + reference.simplified().toCaseFolded();
        return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    };
    const QStringList references = {QStringLiteral("PV-1"),
                                    QStringLiteral("  pv-1 "),
                                    QStringLiteral("BR.12.L4.005123/2024"),
                                    QStringLiteral("A\t\tB\r\nC  D"),
                                    QStringLiteral("x"),
                                    QStringLiteral("Ärger-7"),             // not ASCII
                                    QStringLiteral("ＰＶ－１"),           // full-width forms fold differently
                                    QStringLiteral("dossier\u00a0nr 3"), // no-break space counts as space
                                    QStringLiteral("MAJ \u0130STANBUL")};
    for (const QString& reference : references) {
        Incident incident;
        incident.reference = reference;
        incident.date = QDate(2024, 1, 1);
        CAPTURE(reference);
        CHECK(incidentFingerprint(incident) == expected(reference));
        CHECK(incidentFingerprintDigest(incident).toHex() == expected(reference));
    }
    Incident blank;
    blank.reference = QStringLiteral(" \t ");
    blank.date = QDate(2024, 1, 1);
    blank.category = QStringLiteral("Theft");
    CHECK(incidentFingerprint(blank).size() == 40);
    CHECK(incidentFingerprint(blank) != expected(QString()));   // a blank reference: the row's content counts
}

TEST_CASE("no header: mapping by index; preview; cancel", "[incident]")
{
    IncidentColumnMapping mapping;
    mapping.setIndex(IncidentField::Date, 1);
    mapping.setIndex(IncidentField::Type, 0);
    IncidentParseOptions options;
    options.hasHeader = false;
    const auto result = parseBytes("Theft,2024-05-01\nNuisance,bad\n", mapping, options);
    REQUIRE(result.incidents.size() == 1);
    CHECK(result.incidents[0].category == QStringLiteral("Theft"));
    REQUIRE(result.rejected.size() == 1);
    CHECK(described(result.rejected[0]) == QStringList{QStringLiteral("line 2, column 2: 'bad' is not a valid date")});

    QByteArray bytes = "date,type\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "2024-01-01,T\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto preview = IncidentCsvParser::preview(&buffer, IncidentParseOptions{{}, true, 3});
    REQUIRE(preview.ok());
    CHECK(preview->headers == QStringList{QStringLiteral("date"), QStringLiteral("type")});
    CHECK(preview->preview.size() == 3);
    CHECK(preview->mapping.column(IncidentField::Type).header == QStringLiteral("type"));
    buffer.seek(0);
    int calls = 0;
    auto cancelled = IncidentCsvParser::parse(&buffer, {}, {}, [&calls](qint64, qint64) { return ++calls < 2; });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(cancelled->rowsRead == 8192);
    CHECK(cancelled->incidents.size() == 8192);
}

TEST_CASE("empty file is an error", "[incident]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto result = IncidentCsvParser::parse(&buffer, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == QStringLiteral("the file contains no rows"));
}

TEST_CASE("rejected rows come in line order whether the reader or the validation refused them", "[incident]")
{
    IncidentParseOptions options;
    options.csv.maxFieldChars = 20;
    const QByteArray bytes = "date;type;text\n"
                             "2024-01-01;Theft;fine\n"
                             "2024-02-30;Theft;bad date\n"
                             "2024-01-03;Theft;" + QByteArray(30, 'x') + "\n"
                             "2024-01-04;;no type\n"
                             "2024-01-05;Theft;fine too\n";
    const auto result = parseBytes(bytes, {}, options);
    CHECK(result.rowsRead == 5);
    CHECK(result.incidents.size() == 2);
    REQUIRE(result.rejected.size() == 3);
    CHECK(result.rejected[0].line == 3);
    CHECK(result.rejected[1].line == 4);   // the field too long: refused by the reader
    CHECK(result.rejected[1].errors.first().field == QStringLiteral("text"));
    CHECK(result.rejected[2].line == 5);
    CHECK(result.rejected[2].errors.first().field == QStringLiteral("type"));

    // The split form hands the reader's records over unconverted and keeps only what the reader refused.
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ResolvedColumns columns{};
    QList<int> lines;
    auto split = IncidentCsvParser::parseRecords(
        &buffer, {}, options, {},
        [&](const ResolvedColumns& c, const QStringList& headers, const QString&) {
            columns = c;
            CHECK(headers == QStringList{QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("text")});
        },
        [&](CsvRecordBatch& batch) {
            for (qsizetype record = 0; record < batch.size(); ++record) {
                CHECK(batch.fieldCount(record) == 3);
                lines << batch.line(record);
            }
        },
        2);
    REQUIRE(split.ok());
    CHECK(columns[size_t(IncidentField::Type)] == 1);
    CHECK(lines == QList<int>{2, 3, 5, 6});
    REQUIRE(split->rejected.size() == 1);
    CHECK(split->rejected.first().line == 4);
}

TEST_CASE("a row with fewer or more fields than the header is rejected with both counts", "[incident]")
{
    IncidentParseOptions options;
    options.csv.fileName = QStringLiteral("export.csv");
    const QByteArray bytes = "date,type,address\n"
                             "2024-01-01,Theft,Main St 1\n"
                             "2024-01-02,Theft\n"                  // truncated
                             "2024-01-03,Theft,Main St,3\n"        // a stray delimiter
                             "2024-01-04,Theft,\n"                 // an empty last field is still a field
                             "2024-01-05,Theft,\"Main St,\n5\"\n"; // a delimiter and a line break inside quotes
    const auto result = parseBytes(bytes, {}, options);
    CHECK(result.rowsRead == 5);
    REQUIRE(result.incidents.size() == 3);
    CHECK(result.incidents[0].sourceLine == 2);
    CHECK(result.incidents[1].sourceLine == 5);
    CHECK(result.incidents[2].address == QStringLiteral("Main St,\n5"));
    REQUIRE(result.rejected.size() == 2);
    CHECK(result.rejected[0].errors.first().toString() == QStringLiteral("export.csv:3: 2 fields where the header has 3"));
    CHECK(result.rejected[1].errors.first().toString() == QStringLiteral("export.csv:4: 4 fields where the header has 3"));
    CHECK(result.rejected[1].fields == QStringList{QStringLiteral("2024-01-03"), QStringLiteral("Theft"),
                                                   QStringLiteral("Main St"), QStringLiteral("3")});
    CHECK(described(result.rejected[0]) == QStringList{QStringLiteral("line 3: 2 fields where the header has 3")});

    // Without a header the first row sets the width.
    IncidentColumnMapping mapping;
    mapping.setIndex(IncidentField::Date, 0);
    mapping.setIndex(IncidentField::Type, 1);
    options.hasHeader = false;
    const auto headless = parseBytes("2024-01-01,Theft\n2024-01-02,Theft,extra\n2024-01-03,Theft\n", mapping, options);
    CHECK(headless.incidents.size() == 2);
    REQUIRE(headless.rejected.size() == 1);
    CHECK(headless.rejected[0].errors.first().toString() ==
          QStringLiteral("export.csv:2: 3 fields where the first row has 2"));
}

TEST_CASE("import incidents: a ragged row imports nothing, or is skipped and reported", "[incident][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("w.proxima"));
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    proxima::test::writeAll(csv, "date,type,address\n2024-01-01,Theft,Main St 1\n2024-01-02,Theft\n"
                                 "2024-01-03,Nuisance,Main St 3\n");
    REQUIRE(proxima::test::runCli({QStringLiteral("init"), workspace}).exitCode == 0);
    const auto refused = proxima::test::runCli({QStringLiteral("import"), QStringLiteral("incidents"), workspace, csv});
    CHECK(refused.exitCode == 1);
    CHECK(ownLines(refused.err) == csv + QStringLiteral(":3: 2 fields where the header has 3\n"));
    CHECK(refused.out.contains(QStringLiteral("nothing was imported")));
    const auto skipped = proxima::test::runCli(
        {QStringLiteral("import"), QStringLiteral("incidents"), workspace, csv, QStringLiteral("--skip-invalid")});
    CHECK(ownLines(skipped.err) == csv + QStringLiteral(":3: 2 fields where the header has 3\n"));
    CHECK(skipped.out.contains(QStringLiteral("imported: 2\n")));
    CHECK(skipped.out.contains(QStringLiteral("rejected: 1\n")));
}
