#include <catch2/catch.hpp>

#include "core/io/CsvReader.h"

#include <QBuffer>

using namespace proxima::io;

namespace {

QList<CsvRecord> records(const QByteArray& bytes, CsvOptions options = {})
{
    auto result = CsvReader::readAll(bytes, std::move(options));
    REQUIRE(result.ok());
    return result.value();
}

QStringList texts(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

TEST_CASE("plain records with LF, CRLF and CR line ends", "[csv]")
{
    for (const QByteArray& eol : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
        const auto list = records("a,b,c" + eol + "1,2,3" + eol + "4,,6" + eol);
        REQUIRE(list.size() == 3);
        CHECK(list[0].fields == texts({"a", "b", "c"}));
        CHECK(list[2].fields == texts({"4", "", "6"}));
        CHECK(list[2].line == 3);
        CHECK_FALSE(list[2].error.has_value());
    }
}

TEST_CASE("quoted fields: doubled quotes, delimiters and newlines inside, physical line numbers", "[csv]")
{
    const auto list = records("id,text\r\n1,\"say \"\"hi\"\", then, go\"\r\n2,\"two\r\nlines\nand\rthree\"\r\n3,last");
    REQUIRE(list.size() == 4);
    CHECK(list[1].fields == texts({"1", "say \"hi\", then, go"}));
    CHECK(list[1].line == 2);
    CHECK(list[2].fields == texts({"2", "two\nlines\nand\nthree"}));
    CHECK(list[2].line == 3);
    CHECK(list[3].fields == texts({"3", "last"}));
    CHECK(list[3].line == 7);
}

TEST_CASE("blank and trailing empty lines are skipped but counted", "[csv]")
{
    const auto list = records("\n\na;b\n\n1;2\n\n\n");
    REQUIRE(list.size() == 2);
    CHECK(list[0].line == 3);
    CHECK(list[1].line == 5);
    CHECK(list[1].fields == texts({"1", "2"}));
}

TEST_CASE("empty quoted field and empty last field", "[csv]")
{
    const auto list = records("\"\",x,\n");
    REQUIRE(list.size() == 1);
    CHECK(list[0].fields == texts({"", "x", ""}));
}

TEST_CASE("delimiter detection", "[csv]")
{
    CHECK(detectDelimiter(u"a;b;c\n1;2,5;3\n") == QChar(u';'));
    CHECK(detectDelimiter(u"a\tb\n1\t2\n") == QChar(u'\t'));
    CHECK(detectDelimiter(u"a|b|c\n1|2|3\n") == QChar(u'|'));
    CHECK(detectDelimiter(u"a,b\n\"x;y;z\",2\n") == QChar(u','));
    CHECK(detectDelimiter(u"single\nvalue\n") == QChar(u','));
    CHECK(detectDelimiter(u"") == QChar(u','));
}

TEST_CASE("malformed quoting gives the exact error with line and column", "[csv]")
{
    const auto list = records("a,b\n1,\"x\"y\n2,3\n", CsvOptions{{}, {}, 64 * 1024, 10000, QStringLiteral("f.csv")});
    REQUIRE(list.size() == 3);
    REQUIRE(list[1].error.has_value());
    CHECK(list[1].error->toString() == QStringLiteral("f.csv:2: column 2: unexpected character 'y' after a closing quote"));
    CHECK(list[1].errorColumn == 2);
    CHECK_FALSE(list[2].error.has_value());
    CHECK(list[2].fields == texts({"2", "3"}));

    const auto open = records("a,b\n1,\"never closed\n2,3\n");
    REQUIRE(open.size() == 2);
    REQUIRE(open[1].error.has_value());
    CHECK(open[1].error->toString() == QStringLiteral("line 2: column 2: quoted field is not closed before the end of the file"));
}

TEST_CASE("a quote inside an unquoted field is kept", "[csv]")
{
    const auto list = records("a,5\" screen\n");
    REQUIRE(list.size() == 1);
    CHECK(list[0].fields == texts({"a", "5\" screen"}));
}

TEST_CASE("a huge field is an error naming line and column, and reading goes on", "[csv]")
{
    QByteArray bytes = "id,text\n1,short\n2,\"";
    bytes += QByteArray(200000, 'x');
    bytes += "\"\n3,after\n";
    CsvOptions options;
    options.fileName = QStringLiteral("big.csv");
    const auto list = records(bytes, options);
    REQUIRE(list.size() == 4);
    REQUIRE(list[2].error.has_value());
    CHECK(list[2].error->toString() == QStringLiteral("big.csv:3: column 2: field is longer than 65536 characters"));
    CHECK(list[3].fields == texts({"3", "after"}));
    CHECK(list[3].line == 4);
}

TEST_CASE("too many fields is an error", "[csv]")
{
    CsvOptions options;
    options.maxFields = 3;
    const auto list = records("a,b,c,d\n", options);
    REQUIRE(list.size() == 1);
    REQUIRE(list[0].error.has_value());
    CHECK(list[0].error->message == QStringLiteral("the record has more than 3 fields"));
    CHECK(list[0].errorColumn == 4);
}

TEST_CASE("encodings: UTF-8 with and without BOM, UTF-16 LE/BE, Windows-1252 fallback", "[csv]")
{
    const QString text = QStringLiteral("type;adresse\nVol à l'étalage;Rue de l\u2019Église 5 \u20ac\n");
    struct Case { QByteArray bytes; TextEncoding encoding; };
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QStringEncoder cp1252("windows-1252");
    const QList<Case> cases = {{text.toUtf8(), TextEncoding::Utf8},
                               {"\xEF\xBB\xBF" + text.toUtf8(), TextEncoding::Utf8Bom},
                               {le, TextEncoding::Utf16LE},
                               {be, TextEncoding::Utf16BE},
                               {cp1252.encode(text), TextEncoding::Windows1252}};
    for (const Case& c : cases) {
        QByteArray copy = c.bytes;
        QBuffer buffer(&copy);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        REQUIRE(reader.start().ok());
        CHECK(reader.encoding() == c.encoding);
        CHECK(reader.delimiter() == QChar(u';'));
        CsvRecord record;
        REQUIRE(reader.next(record));
        CHECK(record.fields == texts({"type", "adresse"}));
        REQUIRE(reader.next(record));
        CHECK(record.fields == texts({"Vol à l'étalage", "Rue de l’Église 5 €"}));
        CHECK_FALSE(reader.next(record));
    }
}

TEST_CASE("cp1252 detected even when the first accent comes after the first megabyte", "[csv]")
{
    QByteArray bytes = "a;b\n";
    while (bytes.size() < 3 * 1024 * 1024)
        bytes += "plain;ascii\n";
    bytes += "caf\xE9;ok\n";
    const auto list = records(bytes);
    CHECK(list.last().fields == texts({"café", "ok"}));
}

TEST_CASE("records across chunk boundaries stay intact", "[csv]")
{
    QByteArray bytes;
    int expected = 0;
    while (bytes.size() < 2500000) {
        bytes += QByteArray::number(expected) + ",\"multi\r\nline, \"\"quoted\"\"\",tail\r\n";
        ++expected;
    }
    const auto list = records(bytes);
    REQUIRE(list.size() == expected);
    for (int i = 0; i < expected; ++i) {
        REQUIRE(list[i].fields.size() == 3);
        REQUIRE(list[i].fields[0] == QString::number(i));
        REQUIRE(list[i].fields[1] == QStringLiteral("multi\nline, \"quoted\""));
        REQUIRE(list[i].line == 2 * i + 1);
    }
}

TEST_CASE("empty input has no records", "[csv]")
{
    CHECK(records("").isEmpty());
    CHECK(records("\r\n\r\n").isEmpty());
    CHECK(records("\xEF\xBB\xBF").isEmpty());
}

TEST_CASE("a batch holds the same records as one record at a time, errors included", "[csv]")
{
    // Blank lines, quotes with line breaks, CRLF, an empty last field, a field over the limit, too many fields.
    QByteArray bytes = "id,text,more\r\n\r\n1,\"two\r\nlines, \"\"quoted\"\"\",\n2,plain,x\n";
    bytes += "3," + QByteArray(40, 'a') + ",over\n4,a,b,c,d\n5,\"open";
    CsvOptions options;
    options.maxFieldChars = 30;
    options.maxFields = 3;
    const QList<CsvRecord> expected = records(bytes, options);
    REQUIRE(expected.size() == 6);

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, options);
    CsvRecordBatch batch;
    while (reader.next(batch)) {
    }
    REQUIRE(batch.size() == expected.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        INFO("record " << i);
        CHECK(batch.line(i) == expected[i].line);
        CHECK(batch.fields(i) == expected[i].fields);
        CHECK(batch.fieldCount(i) == expected[i].fields.size());
        CHECK(batch.error(i).has_value() == expected[i].error.has_value());
        if (expected[i].error) {
            CHECK(batch.error(i)->message == expected[i].error->message);
            CHECK(batch.error(i)->line == expected[i].error->line);
            CHECK(batch.errorColumn(i) == expected[i].errorColumn);
        }
    }
    CHECK(batch.field(1, 1) == QStringLiteral("two\nlines, \"quoted\""));
    CHECK(batch.field(1, 2).isEmpty());

    // removeLast() drops a record with its text; clear() empties the batch for the next records.
    batch.removeLast();
    CHECK(batch.size() == 5);
    CHECK(batch.fields(4) == expected[4].fields);
    batch.clear();
    CHECK(batch.isEmpty());
}

TEST_CASE("a batch keeps fields whole across the reader's chunks, and after later chunks were read", "[csv]")
{
    // Plain fields (kept as views of the reader's text), quoted ones with doubled quotes and line breaks (copied),
    // and an accented text, over several 1 MiB chunks; batches of 1,000 records are compared once all is read.
    QByteArray bytes;
    for (int n = 0; bytes.size() < 3500000; ++n) {
        bytes += QByteArray::number(n) + ";plain text " + QByteArray::number(n * 7) + ";\"multi\r\nline; \"\"q\"\"\";";
        bytes += (n % 3 == 0 ? QByteArray("caf\xC3\xA9 ") : QByteArray("tail ")) + QByteArray::number(n) + "\r\n";
    }
    const QList<CsvRecord> expected = records(bytes);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    std::vector<CsvRecordBatch> batches(1);
    while (reader.next(batches.back())) {
        if (batches.back().size() == 1000)
            batches.emplace_back();
    }
    qsizetype at = 0;
    for (const CsvRecordBatch& batch : batches) {
        for (qsizetype i = 0; i < batch.size(); ++i, ++at) {
            REQUIRE(at < expected.size());
            if (batch.fields(i) != expected[at].fields || batch.line(i) != expected[at].line)
                FAIL("record " << at << " differs");
        }
    }
    CHECK(at == expected.size());
    CHECK(expected.last().fields.at(2) == QStringLiteral("multi\nline; \"q\""));
}
