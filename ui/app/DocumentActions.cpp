#include "ui/app/DocumentActions.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CasesPage.h"
#include "documents/MeasureChart.h"
#include "documents/ReportRenderer.h"
#include "ui/map/MapRenderer.h"
#include "core/reports/DocumentBuilder.h"
#include "core/reports/WorkspaceData.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace proxima {
namespace {

documents::PageSetup upright()
{
    documents::PageSetup setup;
    setup.landscape = false;  // flow documents read best upright
    return setup;
}

reports::DocumentOptions optionsOf(Workspace& ws)
{
    reports::DocumentOptions options;
    options.generatedOn = ws.clock().today();
    return options;
}

QString withPdfSuffix(QString path)
{
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

} // namespace

DocumentActions::DocumentActions(WorkspaceSession& session, CasesPage* cases, QWidget* dialogParent)
    : QObject(dialogParent), m_session(session), m_cases(cases), m_parent(dialogParent)
{
    m_printCase = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print Case Report..."), this);
    m_printCase->setObjectName(QStringLiteral("printCaseReport"));
    m_printCase->setToolTip(tr("Print a SARA summary of the case shown on the Cases page"));
    m_saveCase = new QAction(tr("Save Case Report as &PDF..."), this);
    m_saveCase->setObjectName(QStringLiteral("saveCaseReport"));
    m_saveCase->setToolTip(tr("Save a SARA summary of the case shown on the Cases page as a PDF"));
    m_handover = new QAction(tr("&Handover Pack..."), this);
    m_handover->setObjectName(QStringLiteral("exportHandover"));
    m_handover->setToolTip(tr("Save the open cases, actions, priorities and contacts of an area, with its map"));
    connect(m_printCase, &QAction::triggered, this, &DocumentActions::printCaseReport);
    connect(m_saveCase, &QAction::triggered, this, &DocumentActions::chooseCaseReportFile);
    connect(m_handover, &QAction::triggered, this, &DocumentActions::chooseHandover);
}

qint64 DocumentActions::shownCase() const
{
    const qint64 id = m_cases->shownCaseId();
    if (id == 0)
        m_session.reportError(Error{tr("select a case on the Cases page first"), {}, 0, {}});
    return id;
}

Result<reports::ReportDocument> DocumentActions::caseReport(qint64 caseId) const
{
    Workspace& ws = m_session.workspace();
    Result<reports::CaseReportData> data = reports::CaseReportData::load(ws, caseId);
    if (!data)
        return data.error();
    const reports::DocumentOptions options = optionsOf(ws);
    reports::CaseReportOptions report;
    // The same picture as proxima-cli prints, so a report looks alike whoever made it.
    report.measureChart = [&options](const CaseMeasure& measure) {
        return documents::MeasureChart::png(measure, QSize(900, 420), options.locale);
    };
    return reports::DocumentBuilder::caseReport(*data, report, options);
}

Status DocumentActions::saveCaseReport(qint64 caseId, const QString& path) const
{
    Result<reports::ReportDocument> document = caseReport(caseId);
    if (!document)
        return document.error();
    const Result<int> pages = documents::ReportRenderer::writePdf(path, *document, upright());
    return pages ? Status{} : Status{pages.error()};
}

Status DocumentActions::saveHandover(const QString& area, const QString& path) const
{
    Workspace& ws = m_session.workspace();
    Result<reports::WorkspaceData> data = reports::WorkspaceData::load(ws);
    if (!data)
        return data.error();
    reports::HandoverOptions handover;
    handover.area = area;
    if (Status s = reports::DocumentBuilder::checkArea(*data, area); !s)
        return s;
    handover.mapImage = [&ws](const QString&) {
        MapLayers layers;
        layers.concerns = false;
        layers.incidents = false;
        // No map loaded is not an error for the pack: it is printed without one.
        Result<QByteArray> png = MapRenderer::renderPng(ws, QSize(1600, 1100), layers);
        return png ? *png : QByteArray();
    };
    const Result<int> pages = documents::ReportRenderer::writePdf(
        path, reports::DocumentBuilder::handover(*data, handover, optionsOf(ws)), upright());
    return pages ? Status{} : Status{pages.error()};
}

void DocumentActions::printCaseReport()
{
    const qint64 caseId = shownCase();
    if (caseId == 0)
        return;
    Result<reports::ReportDocument> document = caseReport(caseId);
    if (!document) {
        m_session.reportError(document.error());
        return;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(upright().pageLayout());
    auto* dialog = new QPrintPreviewDialog(printer, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    const reports::ReportDocument printed = *document;
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, printed](QPrinter* target) {
        QPainter painter(target);
        if (Result<int> pages = documents::ReportRenderer::render(painter, target, printed); !pages)
            m_session.reportError(pages.error());
    });
    dialog->open();
}

void DocumentActions::chooseCaseReportFile()
{
    const qint64 caseId = shownCase();
    if (caseId == 0)
        return;
    auto* dialog = new QFileDialog(m_parent, tr("Save case report as PDF"), tr("case-%1.pdf").arg(caseId),
                                   tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, caseId](const QString& path) {
        if (Status s = saveCaseReport(caseId, withPdfSuffix(path)); !s)
            m_session.reportError(s.error());
    });
    dialog->open();
}

void DocumentActions::chooseHandover()
{
    Result<reports::WorkspaceData> data = reports::WorkspaceData::load(m_session.workspace());
    if (!data) {
        m_session.reportError(data.error());
        return;
    }
    const QString all = tr("All areas");
    QStringList choices{all};
    for (const Area& area : data->areas)
        choices << area.name;
    auto* ask = new QInputDialog(m_parent);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Handover pack"));
    ask->setLabelText(tr("Which area is handed over?"));
    ask->setComboBoxItems(choices);
    ask->setComboBoxEditable(false);
    connect(ask, &QInputDialog::textValueSelected, this, [this, all](const QString& choice) {
        const QString area = choice == all ? QString() : choice;
        auto* dialog = new QFileDialog(m_parent, tr("Save handover pack as PDF"), tr("handover.pdf"),
                                       tr("PDF documents (*.pdf)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        connect(dialog, &QFileDialog::fileSelected, this, [this, area](const QString& path) {
            if (Status s = saveHandover(area, withPdfSuffix(path)); !s)
                m_session.reportError(s.error());
        });
        dialog->open();
    });
    ask->open();
}

} // namespace proxima
