#include "cli/ExportCommand.h"

#include "cli/CliSupport.h"
#include "common/AtomicFile.h"
#include "documents/CsvExporter.h"
#include "documents/IcsExporter.h"
#include "documents/MeasureChart.h"
#include "documents/MatrixRenderer.h"
#include "documents/ReportRenderer.h"
#include "documents/XlsxExporter.h"
#include "reports/DocumentBuilder.h"
#include "reports/MatrixQuery.h"
#include "reports/VotingResultsSheet.h"
#include "reports/WorkspaceData.h"
#include "storage/repositories/MeetingRepository.h"
#include "storage/repositories/VotingRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace proxima::cli {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

// A date option: absent = invalid date and no error.
Status parseDate(const ArgumentParser& parser, const QString& option, QDate* date)
{
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10)
        return Error{tr("'%1' is not a date (YYYY-MM-DD)").arg(text), {}, 0, option};
    return {};
}

// Page options shared by every PDF: --paper a4|a3 and the orientation flag.
Status parsePage(const ArgumentParser& parser, bool landscapeDefault, documents::PageSetup* page)
{
    const QString paper = parser.value(QStringLiteral("paper"), QStringLiteral("a4")).toLower();
    if (paper == QStringLiteral("a4"))
        page->paper = documents::PageSetup::Paper::A4;
    else if (paper == QStringLiteral("a3"))
        page->paper = documents::PageSetup::Paper::A3;
    else
        return Error{tr("'%1' is not a paper size (a4, a3)").arg(parser.value(QStringLiteral("paper"))), {}, 0,
                     QStringLiteral("paper")};
    page->landscape = landscapeDefault ? !parser.isSet(QStringLiteral("portrait"))
                                       : parser.isSet(QStringLiteral("landscape"));
    return {};
}

// PDFs are painted with fonts, which Qt only offers to a GUI application object.
bool canPaint()
{
    return QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication");
}

// Errors of a selection name the option the user typed.
QString optionError(const Error& error)
{
    return error.field.isEmpty() ? error.message : QStringLiteral("--%1: %2").arg(error.field, error.message);
}

reports::DocumentOptions documentOptions(Workspace& ws, const ArgumentParser& parser)
{
    reports::DocumentOptions options;
    options.generatedOn = ws.clock().today();
    options.logoPath = parser.value(QStringLiteral("logo"));
    return options;
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("export the action matrix, meeting agenda and minutes, the handover pack, a case report or the "
              "results of a vote");
}

QString ExportCommand::help() const
{
    return tr("usage:\n"
              "  proxima-cli export matrix WORKSPACE --pdf|--xlsx|--csv|--ics OUT [--area A] [--case N]\n"
              "                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--layout table|grid|timeline]\n"
              "                     [--paper a4|a3] [--portrait] [--title T] [--logo FILE] [--no-signatures]\n"
              "      The actions of all cases, grouped by problem in priority order. The PDF is landscape by\n"
              "      default and ends with a signature box for each partner organisation.\n"
              "  proxima-cli export agenda WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]\n"
              "  proxima-cli export minutes WORKSPACE --meeting N OUT.pdf [--paper a4|a3] [--landscape]\n"
              "  proxima-cli export handover WORKSPACE [--area A] OUT.pdf [--paper a4|a3] [--landscape]\n"
              "      The area's open cases and actions, the priorities, partners and contact people.\n"
              "  proxima-cli export case WORKSPACE --case N OUT.pdf [--paper a4|a3] [--landscape]\n"
              "      A SARA summary of one case: concerns, triangle, actions, measures with their charts, outcome.\n"
              "  proxima-cli export results WORKSPACE --session N OUT.pdf|OUT.csv [--paper a4|a3] [--landscape]\n"
              "      The results sheet of a closed voting session (PDF) or its ranking (CSV), by extension.\n"
              "Every file is written to a temporary file first and renamed into place.\n"
              "Exit codes: 0 written, 1 the workspace or the file failed (unknown area, case, meeting\n"
              "or session, a session not closed), 2 the command line is wrong.\n");
}

int ExportCommand::usage(Io& io, const QString& message)
{
    return fail(io, name(), message, ExitUsage);
}

int ExportCommand::run(const QStringList& arguments, Io& io)
{
    const QString document = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (document == QStringLiteral("matrix"))
        return matrix(rest, io);
    if (document == QStringLiteral("agenda"))
        return meetingDocument(rest, io, false);
    if (document == QStringLiteral("minutes"))
        return meetingDocument(rest, io, true);
    if (document == QStringLiteral("handover"))
        return handover(rest, io);
    if (document == QStringLiteral("case"))
        return caseReport(rest, io);
    if (document == QStringLiteral("results"))
        return results(rest, io);
    return usage(io, tr("unknown document '%1' (matrix, agenda, minutes, handover, case, results)").arg(document));
}

int ExportCommand::matrix(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"pdf", "xlsx", "csv", "ics", "area", "case", "from", "to", "layout", "paper", "title",
                               "logo"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("portrait"));
    parser.addFlag(QStringLiteral("no-signatures"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;

    QString format;
    for (const char* candidate : {"pdf", "xlsx", "csv", "ics"}) {
        const QString option = QString::fromLatin1(candidate);
        if (!parser.isSet(option))
            continue;
        if (!format.isEmpty())
            return usage(io, tr("give only one of --pdf, --xlsx, --csv and --ics"));
        format = option;
    }
    if (format.isEmpty())
        return usage(io, tr("give one of --pdf, --xlsx, --csv or --ics with the output file"));
    const QString out = parser.value(format);

    reports::MatrixSelection selection;
    selection.area = parser.value(QStringLiteral("area"));
    if (parser.isSet(QStringLiteral("case"))) {
        bool ok = false;
        selection.caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
        if (!ok || selection.caseId <= 0)
            return usage(io, tr("--case: '%1' is not a case number").arg(parser.value(QStringLiteral("case"))));
    }
    if (Status s = parseDate(parser, QStringLiteral("from"), &selection.from); !s)
        return usage(io, optionError(s.error()));
    if (Status s = parseDate(parser, QStringLiteral("to"), &selection.to); !s)
        return usage(io, optionError(s.error()));
    if (selection.from.isValid() && selection.to.isValid() && selection.to < selection.from)
        return usage(io, tr("--to: the period ends before it starts"));
    documents::MatrixRenderOptions render;
    const QString layout = parser.value(QStringLiteral("layout"), QStringLiteral("table")).toLower();
    if (layout == QStringLiteral("table"))
        render.layout = documents::MatrixRenderOptions::Layout::Table;
    else if (layout == QStringLiteral("grid"))
        render.layout = documents::MatrixRenderOptions::Layout::Grid;
    else if (layout == QStringLiteral("timeline"))
        render.layout = documents::MatrixRenderOptions::Layout::Timeline;
    else
        return usage(io, tr("--layout: '%1' is not a layout (table, grid, timeline)")
                             .arg(parser.value(QStringLiteral("layout"))));
    if (Status s = parsePage(parser, true, &render.page); !s)
        return usage(io, optionError(s.error()));
    if (!render.page.landscape)
        render.fontPt = 7;  // thirteen columns on an upright page need every millimetre
    if (format == QStringLiteral("pdf") && !canPaint())
        return fail(io, name(), tr("PDF output needs a graphical application object"));

    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    const reports::DocumentOptions options = documentOptions(*ws, parser);
    Result<reports::ActionMatrix> built = reports::MatrixQuery::fromWorkspace(*ws, selection, options);
    if (!built)
        return fail(io, name(), optionError(built.error()));
    reports::ActionMatrix matrix = std::move(built).value();
    if (parser.isSet(QStringLiteral("title")))
        matrix.title = parser.value(QStringLiteral("title"));
    if (!parser.isSet(QStringLiteral("no-signatures")))
        matrix.signatories = reports::MatrixQuery::partnerSignatories(matrix);
    render.locale = options.locale;
    render.dateFormat = options.dateFormat();
    render.today = options.generatedOn;

    Status written;
    QString detail = tr("%n action(s)", nullptr, matrix.actionCount());
    if (format == QStringLiteral("pdf")) {
        Result<int> pages = documents::MatrixRenderer::writePdf(out, matrix, render);
        if (pages)
            detail = tr("%n page(s)", nullptr, *pages);
        else
            written = pages.error();
    } else if (format == QStringLiteral("xlsx")) {
        written = documents::XlsxExporter::write(out, matrix);
    } else if (format == QStringLiteral("csv")) {
        written = documents::CsvExporter::write(out, matrix);
    } else {
        documents::IcsOptions ics;
        ics.stamp = ws->clock().now();
        written = documents::IcsExporter::write(out, matrix, ics);
    }
    if (!written)
        return fail(io, name(), written.error());
    io.out << tr("wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), detail) << '\n';
    return ExitOk;
}

int ExportCommand::meetingDocument(const QStringList& arguments, Io& io, bool minutes)
{
    ArgumentParser parser;
    for (const char* option : {"meeting", "paper", "logo"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("landscape"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    if (!parser.isSet(QStringLiteral("meeting")))
        return usage(io, tr("--meeting is required"));
    bool ok = false;
    const qint64 meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
    if (!ok || meetingId <= 0)
        return usage(io, tr("--meeting: '%1' is not a meeting number").arg(parser.value(QStringLiteral("meeting"))));
    documents::PageSetup page;
    if (Status s = parsePage(parser, false, &page); !s)
        return usage(io, optionError(s.error()));
    if (!canPaint())
        return fail(io, name(), tr("PDF output needs a graphical application object"));
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    Result<reports::WorkspaceData> data = reports::WorkspaceData::load(*ws);
    if (!data)
        return fail(io, name(), data.error());
    const Meeting* meeting = data->findMeeting(meetingId);
    if (!meeting)
        return fail(io, name(), tr("--meeting: there is no meeting %1").arg(meetingId));
    const reports::DocumentOptions options = documentOptions(*ws, parser);
    const reports::ReportDocument document = minutes ? reports::DocumentBuilder::minutes(*data, *meeting, options)
                                                     : reports::DocumentBuilder::agenda(*data, *meeting, options);
    const QString out = parser.positional().at(1);
    Result<int> pages = documents::ReportRenderer::writePdf(out, document, page);
    if (!pages)
        return fail(io, name(), pages.error());
    io.out << tr("wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), tr("%n page(s)", nullptr, *pages)) << '\n';
    return ExitOk;
}

int ExportCommand::handover(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"area", "paper", "logo"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("landscape"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    documents::PageSetup page;
    if (Status s = parsePage(parser, false, &page); !s)
        return usage(io, optionError(s.error()));
    if (!canPaint())
        return fail(io, name(), tr("PDF output needs a graphical application object"));
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    Result<reports::WorkspaceData> data = reports::WorkspaceData::load(*ws);
    if (!data)
        return fail(io, name(), data.error());
    reports::HandoverOptions handover;
    handover.area = parser.value(QStringLiteral("area"));
    if (Status s = reports::DocumentBuilder::checkArea(*data, handover.area); !s)
        return fail(io, name(), optionError(s.error()));
    const reports::ReportDocument document =
        reports::DocumentBuilder::handover(*data, handover, documentOptions(*ws, parser));
    const QString out = parser.positional().at(1);
    Result<int> pages = documents::ReportRenderer::writePdf(out, document, page);
    if (!pages)
        return fail(io, name(), pages.error());
    io.out << tr("wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), tr("%n page(s)", nullptr, *pages)) << '\n';
    return ExitOk;
}

int ExportCommand::caseReport(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"case", "paper", "logo"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("landscape"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    if (!parser.isSet(QStringLiteral("case")))
        return usage(io, tr("--case is required"));
    bool ok = false;
    const qint64 caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
    if (!ok || caseId <= 0)
        return usage(io, tr("--case: '%1' is not a case number").arg(parser.value(QStringLiteral("case"))));
    documents::PageSetup page;
    if (Status s = parsePage(parser, false, &page); !s)
        return usage(io, optionError(s.error()));
    if (!canPaint())
        return fail(io, name(), tr("PDF output needs a graphical application object"));
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    Result<reports::CaseReportData> data = reports::CaseReportData::load(*ws, caseId);
    if (!data)
        return fail(io, name(), optionError(data.error()));
    const reports::DocumentOptions options = documentOptions(*ws, parser);
    reports::CaseReportOptions report;
    report.measureChart = [&options](const CaseMeasure& measure) {
        return documents::MeasureChart::png(measure, QSize(900, 420), options.locale);
    };
    const reports::ReportDocument document = reports::DocumentBuilder::caseReport(*data, report, options);
    const QString out = parser.positional().at(1);
    Result<int> pages = documents::ReportRenderer::writePdf(out, document, page);
    if (!pages)
        return fail(io, name(), pages.error());
    io.out << tr("wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), tr("%n page(s)", nullptr, *pages)) << '\n';
    return ExitOk;
}

int ExportCommand::results(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"session", "paper"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("landscape"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    if (!parser.isSet(QStringLiteral("session")))
        return usage(io, tr("--session is required"));
    bool ok = false;
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong(&ok);
    if (!ok || sessionId <= 0)
        return usage(io, tr("--session: '%1' is not a session number").arg(parser.value(QStringLiteral("session"))));
    const QString out = parser.positional().at(1);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("csv"))
        return usage(io, tr("'%1': the output file must end in .pdf or .csv").arg(out));
    documents::PageSetup page;
    if (Status s = parsePage(parser, false, &page); !s)
        return usage(io, optionError(s.error()));
    if (suffix == QStringLiteral("pdf") && !canPaint())
        return fail(io, name(), tr("PDF output needs a graphical application object"));
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    VotingRepository votes(*ws);
    Result<VotingSession> session = votes.find(sessionId);
    if (!session) {
        if (session.error().code == ErrorCode::NotFound)
            return fail(io, name(), tr("--session: there is no session %1").arg(sessionId));
        return fail(io, name(), session.error());
    }
    if (session->state != VotingState::Closed)
        return fail(io, name(), tr("--session: session %1 is not closed (it is %2)")
                                    .arg(sessionId)
                                    .arg(votingStateLabel(session->state)));
    Result<voting::TallyResult> result = votes.tally(sessionId);
    if (!result)
        return fail(io, name(), result.error());

    QString detail;
    if (suffix == QStringLiteral("csv")) {
        if (Status s = writeFileAtomically(out, reports::votingResultsCsv(*session, *result).toUtf8()); !s)
            return fail(io, name(), s.error());
        detail = tr("%n candidate(s)", nullptr, result->candidateCount);
    } else {
        Result<reports::VotingSheetContext> context = reports::votingSheetContext(*ws, *session);
        if (!context)
            return fail(io, name(), context.error());
        Result<int> pages =
            documents::ReportRenderer::writePdf(out, reports::votingResultsSheet(*session, *result, *context), page);
        if (!pages)
            return fail(io, name(), pages.error());
        detail = tr("%n page(s)", nullptr, *pages);
    }
    io.out << tr("wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), detail) << '\n';
    return ExitOk;
}

} // namespace proxima::cli
