// proxima-cli export: the formats that need no painting (CSV, XLSX, iCalendar) and the command-line errors.
// The PDF exports are tested in the documents suite, which runs with a GUI application object.
#include "DemoActions.h"
#include "TestSupport.h"

#include "cli/ExportCommand.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace proxima;

namespace {

struct ExportFixture
{
    QTemporaryDir dir;
    QString path;
    ExportFixture()
    {
        path = dir.filePath(QStringLiteral("w.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        REQUIRE(test::addDemoActions(*ws.value()).size() == 6);
    }
    QString out(const QString& name) const { return dir.filePath(name); }
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    cli::Io io{out, err};
    cli::ExportCommand command;
    result.code = command.run(arguments, io);
    out.flush();
    err.flush();
    return result;
}

} // namespace

TEST_CASE("export matrix --csv: the exact header and one line per action", "[cli][export]")
{
    ExportFixture f;
    const QString csv = f.out(QStringLiteral("m.csv"));
    const Run r = run({QStringLiteral("matrix"), f.path, QStringLiteral("--csv"), csv});
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("6 action(s)")));
    const QByteArray bytes = test::readAll(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("Problem,Action,Triangle side,Chain phase,Lead,Partners (role),Start,Due,"
                                          "Status,Police hours,Volunteer hours,Euros,Success measure,Referral"));
    REQUIRE(lines.size() == 7);
    CHECK(lines[1].startsWith(QStringLiteral("Street harassment of women near the station,Street coaches on Friday "
                                             "nights,")));
    CHECK(lines[6].startsWith(QStringLiteral("Graffiti on the church wall,Clean the church wall,")));

    // --area keeps the Parc cases only.
    const QString parc = f.out(QStringLiteral("parc.csv"));
    REQUIRE(run({QStringLiteral("matrix"), f.path, QStringLiteral("--csv"), parc, QStringLiteral("--area"),
                 QStringLiteral("saint-roch parc")})
                .code == 0);
    CHECK(QString::fromUtf8(test::readAll(parc)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 3);
}

TEST_CASE("export matrix --ics: every due date as an all-day event", "[cli][export]")
{
    ExportFixture f;
    const QString ics = f.out(QStringLiteral("due.ics"));
    const Run r = run({QStringLiteral("matrix"), f.path, QStringLiteral("--ics"), ics, QStringLiteral("--from"),
                       QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31")});
    REQUIRE(r.code == 0);
    const QString text = QString::fromUtf8(test::readAll(ics));
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    CHECK(text.count(QStringLiteral("BEGIN:VEVENT")) == 6);
    for (const char* due : {"20261130", "20270331", "20261010", "20261215", "20270228", "20260930"})
        CHECK(text.contains(QStringLiteral("DTSTART;VALUE=DATE:") + QString::fromLatin1(due)));
}

TEST_CASE("export matrix --xlsx: a valid workbook with every action", "[cli][export]")
{
    ExportFixture f;
    const QString xlsx = f.out(QStringLiteral("m.xlsx"));
    REQUIRE(run({QStringLiteral("matrix"), f.path, QStringLiteral("--xlsx"), xlsx}).code == 0);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    CHECK(unzip.exitCode() == 0);
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    for (const char* title : {"Speed display at the school gate", "Street coaches on Friday nights",
                              "Awareness walk with women", "Clean the church wall", "Loading bays on market days",
                              "Bike marking sessions"})
        CHECK(strings.contains(QString::fromUtf8(title)));
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), xlsx});
    REQUIRE(test.waitForFinished(30000));
    CHECK(test.exitCode() == 0);
}

TEST_CASE("export: bad arguments give exact messages and exit codes, and write nothing", "[cli][export]")
{
    ExportFixture f;
    const QString out = f.out(QStringLiteral("x.csv"));
    const QString m = QStringLiteral("matrix");
    const QString csv = QStringLiteral("--csv");
    struct Case
    {
        QStringList arguments;
        int code;
        QString error;
    };
    const QList<Case> cases{
        {{m, f.path, csv, out, QStringLiteral("--from"), QStringLiteral("2026-13-01")}, 2,
         QStringLiteral("proxima-cli export: --from: '2026-13-01' is not a date (YYYY-MM-DD)\n")},
        {{m, f.path, csv, out, QStringLiteral("--to"), QStringLiteral("1/2/2026")}, 2,
         QStringLiteral("proxima-cli export: --to: '1/2/2026' is not a date (YYYY-MM-DD)\n")},
        {{m, f.path, csv, out, QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
          QStringLiteral("2026-04-01")},
         2, QStringLiteral("proxima-cli export: --to: the period ends before it starts\n")},
        {{m, f.path, csv, out, QStringLiteral("--area"), QStringLiteral("Mars")}, 1,
         QStringLiteral("proxima-cli export: --area: unknown area 'Mars' (areas: Bruyères, Saint-Roch Gare, Saint-Roch Parc)\n")},
        {{m, f.path, csv, out, QStringLiteral("--case"), QStringLiteral("99")}, 1,
         QStringLiteral("proxima-cli export: --case: there is no case 99\n")},
        {{m, f.path, csv, out, QStringLiteral("--case"), QStringLiteral("two")}, 2,
         QStringLiteral("proxima-cli export: --case: 'two' is not a case number\n")},
        {{m, f.path}, 2,
         QStringLiteral("proxima-cli export: give one of --pdf, --xlsx, --csv or --ics with the output file\n")},
        {{m, f.path, csv, out, QStringLiteral("--ics"), out}, 2,
         QStringLiteral("proxima-cli export: give only one of --pdf, --xlsx, --csv and --ics\n")},
        {{m, f.path, csv, out, QStringLiteral("--layout"), QStringLiteral("pie")}, 2,
         QStringLiteral("proxima-cli export: --layout: 'pie' is not a layout (table, grid, timeline)\n")},
        {{m, f.path, csv, out, QStringLiteral("--paper"), QStringLiteral("letter")}, 2,
         QStringLiteral("proxima-cli export: --paper: 'letter' is not a paper size (a4, a3)\n")},
        {{QStringLiteral("poster"), f.path}, 2,
         QStringLiteral("proxima-cli export: unknown document 'poster' (matrix, agenda, minutes, handover, case, "
                        "results)\n")},
        {{QStringLiteral("minutes"), f.path, out}, 2, QStringLiteral("proxima-cli export: --meeting is required\n")},
        {{QStringLiteral("agenda"), f.path, QStringLiteral("--meeting"), QStringLiteral("x"), out}, 2,
         QStringLiteral("proxima-cli export: --meeting: 'x' is not a meeting number\n")},
        {{m, f.dir.filePath(QStringLiteral("missing.proxima")), csv, out}, 1, {}},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const Run r = run(c.arguments);
        CHECK(r.code == c.code);
        INFO(r.err.toStdString());
        if (!c.error.isEmpty())
            CHECK(r.err == c.error);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("export: without a GUI application object a PDF is refused, not crashed into", "[cli][export]")
{
    ExportFixture f;
    const QString pdf = f.out(QStringLiteral("m.pdf"));
    const Run r = run({QStringLiteral("matrix"), f.path, QStringLiteral("--pdf"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err == QStringLiteral("proxima-cli export: PDF output needs a graphical application object\n"));
    CHECK_FALSE(QFile::exists(pdf));
}
