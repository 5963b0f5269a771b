// proxima-cli import incidents and concern add/list, run in-process with captured output.
#include "TestSupport.h"

#include "cli/ConcernCommand.h"
#include "cli/ImportCommand.h"
#include "cli/WorkspaceCommands.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace proxima;
using namespace proxima::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(Command&& command, const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    Io io{out, err};
    r.code = command.run(arguments, io);
    out.flush();
    err.flush();
    return r;
}

struct Workspace1
{
    QTemporaryDir dir;
    QString path;
    Workspace1()
    {
        path = dir.filePath(QStringLiteral("w.proxima"));
        REQUIRE(Workspace::create(path).ok());
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString p = dir.filePath(name);
        test::writeAll(p, bytes);
        return p;
    }
    qint64 count(const QString& table) const
    {
        const Run info = run(InfoCommand(), {path, QStringLiteral("--json")});
        REQUIRE(info.code == 0);
        return QJsonDocument::fromJson(info.out.toUtf8())
            .object()
            .value(QStringLiteral("counts"))
            .toObject()
            .value(table)
            .toInteger(-1);
    }
};

QString summary(int read, int imported, int already, int rejected)
{
    return QStringLiteral("read: %1\nimported: %2\nalready present: %3\nrejected: %4\n")
        .arg(read)
        .arg(imported)
        .arg(already)
        .arg(rejected);
}

} // namespace

TEST_CASE("cli: import incidents, then again: nothing new", "[cli]")
{
    Workspace1 w;
    const QString csv = w.file(QStringLiteral("good.csv"),
                               "N° PV;Date;Heure;Type;Adresse;Latitude;Longitude;Description\n"
                               "PV-1;05/03/2024;14:30;Vol de vélo;Rue du Quai 1;50,6716;4,6072;Cadenas coupé\n"
                               "PV-2;06/03/2024;;Cambriolage;Rue des Tilleuls 4;;;\n");
    const Run first = run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv});
    CHECK(first.err.isEmpty());
    CHECK(first.out == summary(2, 2, 0, 0));
    CHECK(first.code == 0);
    const Run again = run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv});
    CHECK(again.out == summary(2, 0, 2, 0));
    CHECK(again.code == 0);
    CHECK(w.count(QStringLiteral("incidents")) == 2);
    CHECK(w.count(QStringLiteral("incident_imports")) == 2);
}

TEST_CASE("cli: malformed rows are reported as FILE:LINE: reason; without --skip-invalid nothing is imported", "[cli]")
{
    Workspace1 w;
    const QString csv = test::dataPath(QStringLiteral("csv/malformed.csv"));
    const QString expectedErr =
        QStringList{
            csv + QStringLiteral(":3: column 'date': '31/02/2024' is not a valid date"),
            csv + QStringLiteral(":4: column 'time': '25:10' is not a valid time"),
            csv + QStringLiteral(
                      ":5: column 'type': a value is required; column 'lat': latitude 95.5 is outside -90 to 90"),
            csv + QStringLiteral(":6: column 'lon': a longitude is needed with the latitude"),
            csv + QStringLiteral(":8: column 'lon': 'abc' is not a number"),
            csv + QStringLiteral(":9: column 'date': a value is required"),
            csv + QStringLiteral(":10: column 'type': unexpected character 'x' after a closing quote"),
        }
            .join(u'\n') +
        u'\n';

    const Run strict = run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv});
    CHECK(strict.code == 1);
    CHECK(strict.err == expectedErr);
    CHECK(strict.out ==
          summary(9, 0, 0, 7) + QStringLiteral("nothing was imported (use --skip-invalid to import the valid rows)\n"));
    CHECK(w.count(QStringLiteral("incidents")) == 0);
    CHECK(w.count(QStringLiteral("incident_imports")) == 0);

    const Run skipping =
        run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv, QStringLiteral("--skip-invalid")});
    CHECK(skipping.code == 1);
    CHECK(skipping.err == expectedErr);
    CHECK(skipping.out == summary(9, 2, 0, 7));
    CHECK(w.count(QStringLiteral("incidents")) == 2);

    const Run again =
        run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv, QStringLiteral("--skip-invalid")});
    CHECK(again.code == 1);
    CHECK(again.out == summary(9, 0, 2, 7));
    CHECK(w.count(QStringLiteral("incidents")) == 2);
}

TEST_CASE("cli: missing columns, --map, wrong encodings, huge fields, usage errors", "[cli]")
{
    Workspace1 w;
    const QString missing = test::dataPath(QStringLiteral("csv/missing_columns.csv"));
    const Run refused = run(ImportCommand(), {QStringLiteral("incidents"), w.path, missing});
    CHECK(refused.code == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err ==
          QStringLiteral("proxima-cli import: %1:1: missing required columns: date, type\n").arg(missing));

    const Run mapped = run(ImportCommand(), {QStringLiteral("incidents"), w.path, missing, QStringLiteral("--map"),
                                             QStringLiteral("date=when,type=what,address=address")});
    CHECK(mapped.err.isEmpty());
    CHECK(mapped.out == summary(1, 1, 0, 0));
    CHECK(mapped.code == 0);

    const Run notInFile = run(ImportCommand(), {QStringLiteral("incidents"), w.path, missing, QStringLiteral("--map"),
                                                QStringLiteral("date=when,type=what,lat=north")});
    CHECK(notInFile.code == 1);
    CHECK(notInFile.err ==
          QStringLiteral("proxima-cli import: %1:1: mapped columns not in the file: 'north'\n").arg(missing));

    const Run badMap = run(ImportCommand(), {QStringLiteral("incidents"), w.path, missing, QStringLiteral("--map"),
                                             QStringLiteral("colour=what")});
    CHECK(badMap.code == 2);
    CHECK(badMap.err == QStringLiteral("proxima-cli import: --map: 'colour=what' is not field=column (fields: date, "
                                       "time, type, address, x, y, lat, lon, text, id, area)\n"));

    // Windows-1252 bytes (é = E9) are recognised; the text arrives intact.
    const QString latin =
        w.file(QStringLiteral("latin.csv"), "date;type;address\n2024-01-02;Vol de v\xe9lo;Caf\xe9 du Coin\n");
    const Run cp1252 = run(ImportCommand(), {QStringLiteral("incidents"), w.path, latin});
    CHECK(cp1252.out == summary(1, 1, 0, 0));

    // A UTF-16 file read as UTF-8 by mistake is not possible: the BOM decides; a file claiming nothing and holding
    // NUL bytes in its header does not have the required columns.
    const QByteArray utf16("d\0a\0t\0e\0,\0t\0y\0p\0e\0\n\0", 20);
    const QString noBom = w.file(QStringLiteral("nobom.csv"), utf16 + QByteArray("2\0000\0002\0004\0", 8));
    const Run wrong = run(ImportCommand(), {QStringLiteral("incidents"), w.path, noBom});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.startsWith(
        QStringLiteral("proxima-cli import: %1:1: missing required columns: date, type").arg(noBom)));

    QByteArray huge = "date;type;description\n2024-01-01;A;ok\n2024-01-02;B;";
    huge += QByteArray(100000, 'z');
    huge += "\n2024-01-03;C;fine\n";
    const QString hugePath = w.file(QStringLiteral("huge.csv"), huge);
    const Run big =
        run(ImportCommand(), {QStringLiteral("incidents"), w.path, hugePath, QStringLiteral("--skip-invalid")});
    CHECK(big.code == 1);
    CHECK(big.err == hugePath + QStringLiteral(":3: column 'description': field is longer than 65536 characters\n"));
    CHECK(big.out == summary(3, 2, 0, 1));

    const Run unknown = run(ImportCommand(), {QStringLiteral("members"), w.path, hugePath});
    CHECK(unknown.code == 2);
    CHECK(unknown.err == QStringLiteral("proxima-cli import: unknown kind 'members' (incidents)\n"));
    const Run noFile =
        run(ImportCommand(), {QStringLiteral("incidents"), w.path, w.dir.filePath(QStringLiteral("none.csv"))});
    CHECK(noFile.code == 1);
    CHECK(noFile.err.startsWith(QStringLiteral("proxima-cli import: %1: the file cannot be opened: ")
                                    .arg(w.dir.filePath(QStringLiteral("none.csv")))));
    CHECK(w.count(QStringLiteral("incidents")) == 4);
}

TEST_CASE("cli: concern add and list", "[cli]")
{
    Workspace1 w;
    const Run added =
        run(ConcernCommand(),
            {QStringLiteral("add"), w.path, QStringLiteral("--text"), QStringLiteral("Bikes stolen at the racks"),
             QStringLiteral("--source"), QStringLiteral("street-briefing"), QStringLiteral("--severity"),
             QStringLiteral("4"), QStringLiteral("--place"), QStringLiteral("Station racks")});
    CHECK(added.err.isEmpty());
    CHECK(added.code == 0);
    CHECK(added.out == QStringLiteral("1\n"));
    const Run badSeverity =
        run(ConcernCommand(), {QStringLiteral("add"), w.path, QStringLiteral("--text"), QStringLiteral("x"),
                               QStringLiteral("--severity"), QStringLiteral("6")});
    CHECK(badSeverity.code == 1);
    CHECK(badSeverity.err ==
          QStringLiteral("proxima-cli concern: --severity: the severity is a whole number from 1 to 5\n"));
    const Run badCase = run(ConcernCommand(), {QStringLiteral("add"), w.path, QStringLiteral("--text"),
                                               QStringLiteral("x"), QStringLiteral("--case"), QStringLiteral("7")});
    CHECK(badCase.code == 1);
    CHECK(badCase.err == QStringLiteral("proxima-cli concern: case 7 does not exist\n"));
    const Run noText = run(ConcernCommand(), {QStringLiteral("add"), w.path});
    CHECK(noText.code == 2);

    const Run list = run(ConcernCommand(), {QStringLiteral("list"), w.path, QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const QJsonArray array = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject k = array.first().toObject();
    CHECK(k.value(QStringLiteral("text")).toString() == QStringLiteral("Bikes stolen at the racks"));
    CHECK(k.value(QStringLiteral("source")).toString() == QStringLiteral("street_briefing"));
    CHECK(k.value(QStringLiteral("severity")).toInt() == 4);
    CHECK(k.value(QStringLiteral("place")).toString() == QStringLiteral("Station racks"));
    CHECK(k.value(QStringLiteral("case_id")).isNull());
    CHECK(w.count(QStringLiteral("concerns")) == 1);
}

TEST_CASE("cli: an area column is matched to the workspace's areas, unknown names are reported", "[cli]")
{
    Workspace1 w;
    {
        auto ws = Workspace::open(w.path);
        REQUIRE(ws.ok());
        REQUIRE(AreaRepository(*ws.value()).idForName(QStringLiteral("Gare"), true).ok());
    }
    const QString csv = w.file(QStringLiteral("zones.csv"), "date;type;wijk\n2024-01-02;Fietsdiefstal;gare\n"
                                                           "2024-01-03;Fietsdiefstal;Noord\n");
    const Run imported = run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv});
    CHECK(imported.code == 0);
    CHECK(imported.out == summary(2, 1 + 1, 0, 0)
                              + QStringLiteral("areas not in the workspace (rows kept without an area): Noord (1)\n"));
    const Run mapped = run(ImportCommand(), {QStringLiteral("incidents"), w.path, csv, QStringLiteral("--map"),
                                             QStringLiteral("date=date,type=type,area=wijk")});
    CHECK(mapped.code == 0);
    CHECK(mapped.out == summary(2, 0, 2, 0)
                            + QStringLiteral("areas not in the workspace (rows kept without an area): Noord (1)\n"));
    auto ws = Workspace::open(w.path);
    QSqlQuery q(ws.value()->database());
    REQUIRE(q.exec(QStringLiteral("SELECT a.name FROM incidents i JOIN areas a ON a.id = i.area_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Gare"));
    CHECK_FALSE(q.next());
}
