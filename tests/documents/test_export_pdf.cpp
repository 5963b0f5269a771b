// proxima-cli export to PDF (matrix in three layouts, agenda, minutes, handover pack), run in-process with the
// GUI application object of this suite; pages read back with poppler's pdftotext and pdfinfo.
#include "DemoActions.h"
#include "TestSupport.h"

#include "cli/ExportCommand.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/MeetingActionRepository.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace proxima;

namespace {

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList pages(const QString& pdf, const QString& mode = QStringLiteral("-layout"))
{
    QStringList result = tool(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    return result;
}

int pageCount(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// "A4 portrait", "A3 landscape", ... from pdfinfo's "Page size: 842 x 595 pts (A4)".
QString pageSize(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\((\\w+)\\)")).match(info);
    if (!m.hasMatch())
        return info;
    const bool landscape = m.captured(1).toDouble() > m.captured(2).toDouble();
    return m.captured(3) + (landscape ? QStringLiteral(" landscape") : QStringLiteral(" portrait"));
}

// The text in drawing order with wrapped lines joined, so that a title wrapped inside a cell reads whole.
QString flatText(const QString& pdf)
{
    return pages(pdf, QStringLiteral("-raw")).join(QLatin1Char(' ')).simplified();
}

struct PdfFixture
{
    QTemporaryDir dir;
    QString path;
    qint64 meetingId = 0;
    PdfFixture()
    {
        QLocale::setDefault(QLocale::c());  // numbers as "5000.00" whatever the machine's language
        path = dir.filePath(QStringLiteral("w.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        const QList<qint64> actions = test::addDemoActions(*ws.value());
        REQUIRE(actions.size() == 6);
        Meeting m;
        m.title = QStringLiteral("CoPmittee October");
        m.heldOn = QDate(2026, 10, 8);
        m.startsAt = QTime(19, 30);
        m.place = QStringLiteral("Salle paroissiale");
        m.attendeeIds = {1, 3, 5};
        m.items = {{0, QStringLiteral("Harassment near the station"), 1, QStringLiteral("Street coaches proposed"),
                    QStringLiteral("Start in November")},
                   {0, QStringLiteral("Speeding at the school"), 4, QString(), QStringLiteral("Keep the display")}};
        m.minutes = QStringLiteral("Next meeting in November.");
        auto added = MeetingRepository(*ws.value()).add(m);
        REQUIRE(added.ok());
        meetingId = added->id;
        REQUIRE(MeetingActionRepository(*ws.value()).link({meetingId, actions[1], added->items[0].id}).ok());
    }
};

int run(const QStringList& arguments, QString* err = nullptr)
{
    QString out;
    QString error;
    QTextStream outStream(&out);
    QTextStream errStream(&error);
    cli::Io io{outStream, errStream};
    const int code = cli::ExportCommand().run(arguments, io);
    errStream.flush();
    if (err)
        *err = error;
    return code;
}

const QStringList ActionTitles{QStringLiteral("Speed display at the school gate"),
                               QStringLiteral("Street coaches on Friday nights"),
                               QStringLiteral("Awareness walk with women's groups"),
                               QStringLiteral("Clean the church wall"), QStringLiteral("Loading bays on market days"),
                               QStringLiteral("Bike marking sessions")};

} // namespace

TEST_CASE("export matrix --pdf in every layout: header on each page, page n of m, every action", "[documents][export]")
{
    PdfFixture f;
    for (const QString& layout : {QStringLiteral("table"), QStringLiteral("grid"), QStringLiteral("timeline")}) {
        INFO(layout.toStdString());
        const QString pdf = f.dir.filePath(layout + QStringLiteral(".pdf"));
        REQUIRE(run({QStringLiteral("matrix"), f.path, QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"),
                     layout}) == 0);
        const QStringList text = pages(pdf);
        REQUIRE(text.size() == pageCount(pdf));
        for (qsizetype p = 0; p < text.size(); ++p) {
            CHECK(text[p].contains(QStringLiteral("Action matrix")));
            CHECK(text[p].contains(QStringLiteral("Saint-Roch (demo)")));
            CHECK(text[p].contains(QStringLiteral("All areas")));
            CHECK(text[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(text.size())));
        }
        const QString flat = flatText(pdf);
        for (const QString& title : ActionTitles)
            CHECK(flat.contains(title));
        CHECK(pageSize(pdf) == QStringLiteral("A4 landscape"));
        CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.tmp*"), QStringLiteral("*~")}, QDir::Files).isEmpty());
    }
    // Table: totals per problem and overall, and a signature box per partner organisation.
    const QString table = flatText(f.dir.filePath(QStringLiteral("table.pdf")));
    CHECK(table.contains(QStringLiteral("Grand total 32.5 56 5000.00")));
    CHECK(table.contains(QStringLiteral("Paroisse Saint-Roch")));
}

TEST_CASE("export matrix --pdf: A3, portrait and filters", "[documents][export]")
{
    PdfFixture f;
    const QString a3 = f.dir.filePath(QStringLiteral("a3.pdf"));
    REQUIRE(run({QStringLiteral("matrix"), f.path, QStringLiteral("--pdf"), a3, QStringLiteral("--paper"),
                 QStringLiteral("a3")}) == 0);
    CHECK(pageSize(a3) == QStringLiteral("A3 landscape"));
    const QString portrait = f.dir.filePath(QStringLiteral("portrait.pdf"));
    REQUIRE(run({QStringLiteral("matrix"), f.path, QStringLiteral("--pdf"), portrait, QStringLiteral("--portrait"),
                 QStringLiteral("--area"), QStringLiteral("Saint-Roch Parc")}) == 0);
    CHECK(pageSize(portrait) == QStringLiteral("A4 portrait"));
    // Thirteen columns on an upright page wrap inside words, so compare without any spaces.
    const QString text = flatText(portrait).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Saint-RochParc")));
    CHECK(text.contains(QStringLiteral("Speeddisplayattheschoolgate")));
    CHECK(text.contains(QStringLiteral("Cleanthechurchwall")));
    CHECK_FALSE(text.contains(QStringLiteral("StreetcoachesonFridaynights")));
    // Dates and amounts stay whole even there (only the text columns wrap inside words).
    const QString spaced = flatText(portrait);
    CHECK(spaced.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"))));
    CHECK_FALSE(spaced.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{0,2}\\s+\\d"))));
    CHECK_FALSE(spaced.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d\\s+\\d"))));
    CHECK_FALSE(spaced.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d?\\s+\\d\\b"))));
}

TEST_CASE("export agenda, minutes and handover pack as PDF", "[documents][export]")
{
    PdfFixture f;
    const QString id = QString::number(f.meetingId);
    const QString agenda = f.dir.filePath(QStringLiteral("agenda.pdf"));
    REQUIRE(run({QStringLiteral("agenda"), f.path, QStringLiteral("--meeting"), id, agenda}) == 0);
    QString text = flatText(agenda);
    CHECK(text.contains(QStringLiteral("Agenda")));
    CHECK(text.contains(QStringLiteral("Harassment near the station")));
    CHECK(text.contains(QStringLiteral("Yasmina El Idrissi")));
    CHECK(pageSize(agenda) == QStringLiteral("A4 portrait"));

    const QString minutes = f.dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(run({QStringLiteral("minutes"), f.path, QStringLiteral("--meeting"), id, minutes}) == 0);
    text = flatText(minutes);
    for (const char* expected : {"Minutes", "Present", "Start in November", "Keep the display", "Actions agreed",
                                 "Street coaches on Friday nights", "Next meeting in November."})
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString handover = f.dir.filePath(QStringLiteral("handover.pdf"));
    REQUIRE(run({QStringLiteral("handover"), f.path, QStringLiteral("--area"), QStringLiteral("saint-roch gare"),
                 handover}) == 0);
    text = flatText(handover);
    for (const char* expected : {"Handover pack", "Saint-Roch Gare", "Priorities", "Partner organisations",
                                 "Contact people", "Street coaches on Friday nights", "Union des commerçants de la Gare"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Speeding in front of the school")));
    const QStringList handoverPages = pages(handover);
    for (qsizetype p = 0; p < handoverPages.size(); ++p)
        CHECK(handoverPages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(handoverPages.size())));

    QString err;
    CHECK(run({QStringLiteral("minutes"), f.path, QStringLiteral("--meeting"), QStringLiteral("77"),
               f.dir.filePath(QStringLiteral("none.pdf"))},
              &err) == 1);
    CHECK(err == QStringLiteral("proxima-cli export: --meeting: there is no meeting 77\n"));
    CHECK(run({QStringLiteral("handover"), f.path, QStringLiteral("--area"), QStringLiteral("Mars"),
               f.dir.filePath(QStringLiteral("none.pdf"))},
              &err) == 1);
    CHECK(err == QStringLiteral("proxima-cli export: --area: unknown area 'Mars' (areas: Bruyères, Saint-Roch Gare, "
                                "Saint-Roch Parc)\n"));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("none.pdf"))));
}

TEST_CASE("write every document to /tmp/proxima-documents for a look", "[.manual]")
{
    PdfFixture f;
    const QString target = QStringLiteral("/tmp/proxima-documents");
    QDir().mkpath(target);
    const QString id = QString::number(f.meetingId);
    for (const QString& layout : {QStringLiteral("table"), QStringLiteral("grid"), QStringLiteral("timeline")})
        CHECK(run({QStringLiteral("matrix"), f.path, QStringLiteral("--pdf"), target + QStringLiteral("/matrix-")
                   + layout + QStringLiteral(".pdf"), QStringLiteral("--layout"), layout}) == 0);
    CHECK(run({QStringLiteral("agenda"), f.path, QStringLiteral("--meeting"), id, target + QStringLiteral("/agenda.pdf")})
          == 0);
    CHECK(run({QStringLiteral("minutes"), f.path, QStringLiteral("--meeting"), id,
               target + QStringLiteral("/minutes.pdf")}) == 0);
    CHECK(run({QStringLiteral("handover"), f.path, target + QStringLiteral("/handover.pdf")}) == 0);
}
