#include "MatrixFixture.h"

#include "core/io/CsvExporter.h"
#include "core/io/IcsExporter.h"
#include "documents/XlsxExporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace proxima;
using namespace proxima::documents;
using namespace proxima::io;
using namespace proxima::reports;

namespace {

ActionMatrix smallMatrix()
{
    ActionMatrix matrix;
    matrix.title = QStringLiteral("Plan 2025");
    matrix.workspace = QStringLiteral("WS");
    matrix.columns = {MatrixColumn::Action, MatrixColumn::Due, MatrixColumn::PoliceHours, MatrixColumn::Euros};
    ProblemGroup group;
    group.caseId = QStringLiteral("C-1");
    group.title = QStringLiteral("Noise; \"night\", park");
    group.priority = 1;
    ActionRow a1;
    a1.id = QStringLiteral("A1");
    a1.title = QStringLiteral("Patrol, check; lights \\ report");
    a1.lead = QStringLiteral("Police");
    a1.due = QDate(2025, 3, 1);
    a1.policeHours = 4.5;
    a1.euros = 120;
    ActionRow a2;
    a2.id = QStringLiteral("A2");
    a2.title = QString::fromUtf8("R\xc3\xa9union de quartier avec les habitants et les commer\xc3\xa7" "ants de la place "
                                 "pour l'\xc3\xa9" "clairage");
    a2.lead = QStringLiteral("Ville");
    a2.partners = {{QStringLiteral("Voisins"), QStringLiteral("relais")}};
    a2.due = QDate(2025, 12, 31);
    a2.status = ActionStatus::Done;
    a2.successMeasure = QStringLiteral("Fewer complaints\nand calls");
    a2.euros = 0.5;
    ActionRow a3;
    a3.id = QStringLiteral("A3");
    a3.title = QStringLiteral("Call\nresidents");
    group.actions = {a1, a2, a3};
    matrix.groups = {group};
    return matrix;
}

QString python(const QString& script, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("CSV export, comma flavour", "[documents][csv]")
{
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + "Problem,Action,Due,Police hours,Euros\r\n"
          "\"Noise; \"\"night\"\", park\",\"Patrol, check; lights \\ report\",2025-03-01,4.5,120.00\r\n"
          "\"Noise; \"\"night\"\", park\",R\xc3\xa9union de quartier avec les habitants et les commer\xc3\xa7" "ants de "
          "la place pour l'\xc3\xa9" "clairage,2025-12-31,0,0.50\r\n"
          "\"Noise; \"\"night\"\", park\",\"Call\nresidents\",,0,0.00\r\n";
    CHECK(CsvExporter::toCsv(smallMatrix()) == expected);
}

TEST_CASE("CSV export, semicolon flavour with decimal commas and no BOM", "[documents][csv]")
{
    CsvOptions options;
    options.separator = QLatin1Char(';');
    options.byteOrderMark = false;
    ActionMatrix matrix = smallMatrix();
    matrix.groups[0].actions.removeLast();
    matrix.groups[0].actions.removeLast();
    const QByteArray expected = "Problem;Action;Due;Police hours;Euros\r\n"
                                "\"Noise; \"\"night\"\", park\";\"Patrol, check; lights \\ report\";2025-03-01;4,5;120,00\r\n";
    CHECK(CsvExporter::toCsv(matrix, options) == expected);
    ActionMatrix empty;
    empty.columns = {MatrixColumn::Lead};
    CHECK(CsvExporter::toCsv(empty, options) == QByteArray("Problem;Lead\r\n"));
}

TEST_CASE("CSV write is atomic and reports the path", "[documents][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    REQUIRE(CsvExporter::write(path, smallMatrix()).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == CsvExporter::toCsv(smallMatrix()));
    const QString bad = dir.filePath(QStringLiteral("missing/plan.csv"));
    const Status status = CsvExporter::write(bad, smallMatrix());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().file == bad);
}

TEST_CASE("iCalendar export of due dates", "[documents][ics]")
{
    IcsOptions options;
    options.stamp = QDateTime(QDate(2025, 3, 14), QTime(10, 30), QTimeZone(3600));
    options.uidDomain = QStringLiteral("example.org");
    const QByteArray expected = "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Proxima//Action matrix//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "X-WR-CALNAME:Plan 2025\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:action-A1@example.org\r\n"
        "DTSTAMP:20250314T093000Z\r\n"
        "DTSTART;VALUE=DATE:20250301\r\n"
        "DTEND;VALUE=DATE:20250302\r\n"
        "SUMMARY:Due: Patrol\\, check\\; lights \\\\ report\r\n"
        "DESCRIPTION:Problem: Noise\\; \"night\"\\, park\\nLead: Police\\nStatus: Planned\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:action-A2@example.org\r\n"
        "DTSTAMP:20250314T093000Z\r\n"
        "DTSTART;VALUE=DATE:20251231\r\n"
        "DTEND;VALUE=DATE:20260101\r\n"
        "SUMMARY:Due: R\xc3\xa9union de quartier avec les habitants et les commer\xc3\xa7" "ants de\r\n"
        "  la place pour l'\xc3\xa9" "clairage\r\n"
        "DESCRIPTION:Problem: Noise\\; \"night\"\\, park\\nLead: Ville\\nPartners: Voisins\r\n"
        "  (relais)\\nStatus: Done\\nSuccess measure: Fewer complaints\\nand calls\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    CHECK(IcsExporter::toIcs(smallMatrix(), options) == expected);
}

TEST_CASE("iCalendar folding never splits a UTF-8 character; UIDs are stable", "[documents][ics]")
{
    const QByteArray line = QByteArray(74, 'a') + "\xc3\xa9" + QByteArray(80, 'b');
    const QByteArray folded = IcsExporter::fold(line);
    CHECK(folded == QByteArray(74, 'a') + "\r\n \xc3\xa9" + QByteArray(72, 'b') + "\r\n " + QByteArray(8, 'b') + "\r\n");
    CHECK(IcsExporter::fold(QByteArray(75, 'x')) == QByteArray(75, 'x') + "\r\n");
    CHECK(IcsExporter::fold(QByteArray()) == QByteArray("\r\n"));
    CHECK(IcsExporter::escapeText(QStringLiteral("a\r\nb\\c")) == QStringLiteral("a\\nb\\\\c"));

    ProblemGroup group;
    group.caseId = QStringLiteral("C-9");
    ActionRow row;
    row.title = QStringLiteral("Untitled");
    const QString first = IcsExporter::uid(row, group, QStringLiteral("d"));
    CHECK(first == IcsExporter::uid(row, group, QStringLiteral("d")));
    CHECK(first.startsWith(QStringLiteral("action-")));
    row.title = QStringLiteral("Other");
    CHECK(first != IcsExporter::uid(row, group, QStringLiteral("d")));
}

TEST_CASE("XLSX export is a valid workbook with the expected strings and formulas", "[documents][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    ActionMatrix matrix = test::makeMatrix(3, 7);
    REQUIRE(XlsxExporter::write(path, matrix).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("plan.xlsx")});

    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "print('\\n'.join(sorted(z.namelist())))\n"
        "print('=====')\n"
        "print(z.read('xl/sharedStrings.xml').decode('utf-8'))\n"
        "print('=====')\n"
        "print(z.read('xl/worksheets/sheet1.xml').decode('utf-8'))\n");
    const QStringList parts = python(script, {path}).split(QStringLiteral("=====\n"));
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(parts[0].contains(QStringLiteral("xl/sharedStrings.xml")));
    for (const QString& expected : {QStringLiteral("Action"), QStringLiteral("Police hours"), QStringLiteral("Total"),
                                    QStringLiteral("Grand total"), QStringLiteral("Local police")}) {
        CHECK(parts[1].contains(QStringLiteral("<t>") + expected + QStringLiteral("</t>")));
    }
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions)
            CHECK(parts[1].contains(action.title));
    }
    const QString& sheet = parts[2];
    CHECK(sheet.contains(QStringLiteral("<pane ySplit=\"1\"")));
    // 3 group rows + 7 actions + 3 totals: the grand total is on row 15 and sums rows 2..14.
    CHECK(sheet.contains(QStringLiteral("<f>SUBTOTAL(9,I2:I14)</f>")));
    CHECK(sheet.contains(QStringLiteral("<mergeCell ref=\"A2:M2\"/>")));
    const Status bad = XlsxExporter::write(dir.filePath(QStringLiteral("no/such/dir.xlsx")), matrix);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file.endsWith(QStringLiteral("no/such/dir.xlsx")));
}
