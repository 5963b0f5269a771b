#include "cli/ExportCommand.h"

#include "cli/CliSupport.h"
#include "core/common/AtomicFile.h"
#include "core/io/CsvExporter.h"
#include "core/io/IcsExporter.h"
#include "documents/MeasureChart.h"
#include "documents/MatrixRenderer.h"
#include "documents/ReportRenderer.h"
#include "documents/XlsxExporter.h"
#include "core/reports/DocumentBuilder.h"
#include "core/reports/MatrixQuery.h"
#include "core/reports/VotingResultsSheet.h"
#include "core/services/VotingCountService.h"
#include "core/reports/WorkspaceData.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>
#include <optional>

namespace proxima::cli {
namespace {

// A date option: absent = invalid date and no error.
Status parseDate(const ArgumentParser& parser, const QString& option, QDate* date)
{
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10)
        return Error{QCoreApplication::translate("cli", "'%1' is not a date (YYYY-MM-DD)").arg(text), {}, 0, option};
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
        return Error{QCoreApplication::translate("cli", "'%1' is not a paper size (a4, a3)").arg(parser.value(QStringLiteral("paper"))), {}, 0,
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

// The positive number given to a required option (--meeting, --case, --session). On failure *problem is the
// usage message; the caller passes both messages whole so each stays one translatable sentence.
std::optional<qint64> requiredNumber(const ArgumentParser& parser, const QString& option, const QString& missing,
                                     const QString& notNumber, QString* problem)
{
    if (!parser.isSet(option)) {
        *problem = missing;
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = parser.value(option).toLongLong(&ok);
    if (!ok || number <= 0) {
        *problem = notNumber.arg(parser.value(option));
        return std::nullopt;
    }
    return number;
}

// What every one-document PDF export does before building its document: page options, a GUI application object
// to paint with, the workspace. On failure prints why, sets *code and returns null.
std::unique_ptr<Workspace> openForPdf(const ArgumentParser& parser, Io& io, const QString& command,
                                      documents::PageSetup* page, int* code)
{
    if (Status s = parsePage(parser, false, page); !s) {
        *code = fail(io, command, optionError(s.error()), ExitUsage);
        return nullptr;
    }
    if (!canPaint()) {
        *code = fail(io, command, QCoreApplication::translate("cli", "PDF output needs a graphical application object"));
        return nullptr;
    }
    auto ws = openWorkspace(parser.positional().at(0), io, command, OpenMode::ReadOnly);
    if (!ws)
        *code = ExitFailure;
    return ws;
}

// Writes a report document as PDF and says where; the exit code.
int writeReport(Io& io, const QString& command, const QString& out, const reports::ReportDocument& document,
                const documents::PageSetup& page)
{
    Result<int> pages = documents::ReportRenderer::writePdf(out, document, page);
    if (!pages)
        return fail(io, command, pages.error());
    io.out << QCoreApplication::translate("cli", "wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), QCoreApplication::translate("cli", "%n page(s)", nullptr, *pages)) << '\n';
    return ExitOk;
}

reports::DocumentOptions documentOptions(Workspace& ws, const ArgumentParser& parser)
{
    reports::DocumentOptions options;
    options.generatedOn = ws.clock().today();
    options.logoPath = parser.value(QStringLiteral("logo"));
    return options;
}

// The option that selects what a one-document PDF is about; for a required number, the two usage messages (each
// one translatable sentence). Without them the option is optional text.
struct PdfSubject
{
    QString option;
    QString missing;
    QString notNumber;
};

// Builds the document from the open workspace, the command line and the number of the subject (when required).
using PdfBuild = std::function<Result<reports::ReportDocument>(Workspace&, const ArgumentParser&, std::optional<qint64>,
                                                               const reports::DocumentOptions&)>;

// `export DOCUMENT WORKSPACE [--subject X] OUT.pdf [--paper a4|a3] [--landscape] [--logo FILE]`: what the agenda,
// minutes, handover and case report share. Returns the exit code.
int exportPdf(const QStringList& arguments, Io& io, const QString& command, const PdfSubject& subject,
              const PdfBuild& build)
{
    ArgumentParser parser;
    for (const QString& option : {subject.option, QStringLiteral("paper"), QStringLiteral("logo")})
        parser.addValueOption(option);
    parser.addFlag(QStringLiteral("landscape"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, command, &code))
        return code;
    std::optional<qint64> number;
    if (!subject.missing.isEmpty()) {
        QString problem;
        number = requiredNumber(parser, subject.option, subject.missing, subject.notNumber, &problem);
        if (!number)
            return fail(io, command, problem, ExitUsage);
    }
    documents::PageSetup page;
    auto ws = openForPdf(parser, io, command, &page, &code);
    if (!ws)
        return code;
    Result<reports::ReportDocument> document = build(*ws, parser, number, documentOptions(*ws, parser));
    if (!document)
        return fail(io, command, document.error());
    return writeReport(io, command, parser.positional().at(1), *document, page);
}

} // namespace

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("cli", "export the action matrix, meeting agenda and minutes, the handover pack, a case report or the "
              "results of a vote");
}

QString ExportCommand::help() const
{
    return QCoreApplication::translate("cli", "usage:\n"
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
    return usage(io, QCoreApplication::translate("cli", "unknown document '%1' (matrix, agenda, minutes, handover, case, results)").arg(document));
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
            return usage(io, QCoreApplication::translate("cli", "give only one of --pdf, --xlsx, --csv and --ics"));
        format = option;
    }
    if (format.isEmpty())
        return usage(io, QCoreApplication::translate("cli", "give one of --pdf, --xlsx, --csv or --ics with the output file"));
    const QString out = parser.value(format);

    reports::MatrixSelection selection;
    selection.area = parser.value(QStringLiteral("area"));
    if (parser.isSet(QStringLiteral("case"))) {
        bool ok = false;
        selection.caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
        if (!ok || selection.caseId <= 0)
            return usage(io, QCoreApplication::translate("cli", "--case: '%1' is not a case number").arg(parser.value(QStringLiteral("case"))));
    }
    if (Status s = parseDate(parser, QStringLiteral("from"), &selection.from); !s)
        return usage(io, optionError(s.error()));
    if (Status s = parseDate(parser, QStringLiteral("to"), &selection.to); !s)
        return usage(io, optionError(s.error()));
    if (selection.from.isValid() && selection.to.isValid() && selection.to < selection.from)
        return usage(io, QCoreApplication::translate("cli", "--to: the period ends before it starts"));
    documents::MatrixRenderOptions render;
    const QString layout = parser.value(QStringLiteral("layout"), QStringLiteral("table")).toLower();
    if (layout == QStringLiteral("table"))
        render.layout = documents::MatrixRenderOptions::Layout::Table;
    else if (layout == QStringLiteral("grid"))
        render.layout = documents::MatrixRenderOptions::Layout::Grid;
    else if (layout == QStringLiteral("timeline"))
        render.layout = documents::MatrixRenderOptions::Layout::Timeline;
    else
        return usage(io, QCoreApplication::translate("cli", "--layout: '%1' is not a layout (table, grid, timeline)")
                             .arg(parser.value(QStringLiteral("layout"))));
    if (Status s = parsePage(parser, true, &render.page); !s)
        return usage(io, optionError(s.error()));
    if (!render.page.landscape)
        render.fontPt = 7;  // thirteen columns on an upright page need every millimetre
    if (format == QStringLiteral("pdf") && !canPaint())
        return fail(io, name(), QCoreApplication::translate("cli", "PDF output needs a graphical application object"));

    auto ws = openWorkspace(parser.positional().at(0), io, name(), OpenMode::ReadOnly);
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
    QString detail = QCoreApplication::translate("cli", "%n action(s)", nullptr, matrix.actionCount());
    if (format == QStringLiteral("pdf")) {
        Result<int> pages = documents::MatrixRenderer::writePdf(out, matrix, render);
        if (pages)
            detail = QCoreApplication::translate("cli", "%n page(s)", nullptr, *pages);
        else
            written = pages.error();
    } else if (format == QStringLiteral("xlsx")) {
        written = documents::XlsxExporter::write(out, matrix);
    } else if (format == QStringLiteral("csv")) {
        written = io::CsvExporter::write(out, matrix);
    } else {
        io::IcsOptions ics;
        ics.stamp = ws->clock().now();
        written = io::IcsExporter::write(out, matrix, ics);
    }
    if (!written)
        return fail(io, name(), written.error());
    io.out << QCoreApplication::translate("cli", "wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), detail) << '\n';
    return ExitOk;
}

int ExportCommand::meetingDocument(const QStringList& arguments, Io& io, bool minutes)
{
    const PdfSubject subject{QStringLiteral("meeting"), QCoreApplication::translate("cli", "--meeting is required"),
                             QCoreApplication::translate("cli", "--meeting: '%1' is not a meeting number")};
    return exportPdf(arguments, io, name(), subject,
                     [minutes](Workspace& ws, const ArgumentParser&, std::optional<qint64> meetingId,
                               const reports::DocumentOptions& options) -> Result<reports::ReportDocument> {
                         Result<reports::WorkspaceData> data = reports::WorkspaceData::load(ws);
                         if (!data)
                             return data.error();
                         const Meeting* meeting = data->findMeeting(*meetingId);
                         if (!meeting)
                             return Error{QCoreApplication::translate("cli", "--meeting: there is no meeting %1")
                                              .arg(*meetingId), {}, 0, {}};
                         return minutes ? reports::DocumentBuilder::minutes(*data, *meeting, options)
                                        : reports::DocumentBuilder::agenda(*data, *meeting, options);
                     });
}

int ExportCommand::handover(const QStringList& arguments, Io& io)
{
    return exportPdf(arguments, io, name(), PdfSubject{QStringLiteral("area"), {}, {}},
                     [](Workspace& ws, const ArgumentParser& parser, std::optional<qint64>,
                        const reports::DocumentOptions& options) -> Result<reports::ReportDocument> {
                         Result<reports::WorkspaceData> data = reports::WorkspaceData::load(ws);
                         if (!data)
                             return data.error();
                         reports::HandoverOptions handover;
                         handover.area = parser.value(QStringLiteral("area"));
                         if (Status s = reports::DocumentBuilder::checkArea(*data, handover.area); !s)
                             return Error{optionError(s.error()), {}, 0, {}};
                         return reports::DocumentBuilder::handover(*data, handover, options);
                     });
}

int ExportCommand::caseReport(const QStringList& arguments, Io& io)
{
    const PdfSubject subject{QStringLiteral("case"), QCoreApplication::translate("cli", "--case is required"),
                             QCoreApplication::translate("cli", "--case: '%1' is not a case number")};
    return exportPdf(arguments, io, name(), subject,
                     [](Workspace& ws, const ArgumentParser&, std::optional<qint64> caseId,
                        const reports::DocumentOptions& options) -> Result<reports::ReportDocument> {
                         Result<reports::CaseReportData> data = reports::CaseReportData::load(ws, *caseId);
                         if (!data)
                             return Error{optionError(data.error()), {}, 0, {}};
                         reports::CaseReportOptions report;
                         report.measureChart = [&options](const CaseMeasure& measure) {
                             return documents::MeasureChart::png(measure, QSize(900, 420), options.locale);
                         };
                         return reports::DocumentBuilder::caseReport(*data, report, options);
                     });
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
    QString problem;
    const std::optional<qint64> sessionId =
        requiredNumber(parser, QStringLiteral("session"), QCoreApplication::translate("cli", "--session is required"),
                       QCoreApplication::translate("cli", "--session: '%1' is not a session number"), &problem);
    if (!sessionId)
        return usage(io, problem);
    const QString out = parser.positional().at(1);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("csv"))
        return usage(io, QCoreApplication::translate("cli", "'%1': the output file must end in .pdf or .csv").arg(out));
    documents::PageSetup page;
    if (Status s = parsePage(parser, false, &page); !s)
        return usage(io, optionError(s.error()));
    if (suffix == QStringLiteral("pdf") && !canPaint())
        return fail(io, name(), QCoreApplication::translate("cli", "PDF output needs a graphical application object"));
    auto ws = openWorkspace(parser.positional().at(0), io, name(), OpenMode::ReadOnly);
    if (!ws)
        return ExitFailure;
    VotingRepository votes(*ws);
    Result<VotingSession> session = votes.find(*sessionId);
    if (!session) {
        if (session.error().code == ErrorCode::NotFound)
            return fail(io, name(), QCoreApplication::translate("cli", "--session: there is no session %1").arg(*sessionId));
        return fail(io, name(), session.error());
    }
    if (session->state != VotingState::Closed)
        return fail(io, name(), QCoreApplication::translate("cli", "--session: session %1 is not closed (it is %2)")
                                    .arg(*sessionId)
                                    .arg(votingStateLabel(session->state)));
    Result<VotingCount> result = VotingCountService(*ws).count(*session, session->options);
    if (!result)
        return fail(io, name(), result.error());

    QString detail;
    if (suffix == QStringLiteral("csv")) {
        if (Status s = writeFileAtomically(out, reports::votingResultsCsv(*result).toUtf8()); !s)
            return fail(io, name(), s.error());
        detail = QCoreApplication::translate("cli", "%n candidate(s)", nullptr, result->result.candidateCount);
    } else {
        Result<reports::VotingSheetContext> context = reports::votingSheetContext(*ws, *result);
        if (!context)
            return fail(io, name(), context.error());
        Result<int> pages =
            documents::ReportRenderer::writePdf(out, reports::votingResultsSheet(*result, *context), page);
        if (!pages)
            return fail(io, name(), pages.error());
        detail = QCoreApplication::translate("cli", "%n page(s)", nullptr, *pages);
    }
    io.out << QCoreApplication::translate("cli", "wrote %1 (%2)").arg(QFileInfo(out).absoluteFilePath(), detail) << '\n';
    return ExitOk;
}

} // namespace proxima::cli
