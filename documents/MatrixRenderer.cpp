#include "documents/MatrixRenderer.h"

#include "core/reports/MatrixCells.h"
#include "documents/MatrixTimeline.h"
#include "documents/PagedRenderer.h"
#include "documents/SignatureBlock.h"
#include "documents/TableBuilder.h"
#include "core/reports/MatrixLabels.h"
#include "core/reports/MatrixTotals.h"

#include <QStringList>

#include <optional>

namespace proxima::documents {

using namespace reports;

namespace {

QList<MatrixColumn> effectiveColumns(const ActionMatrix& matrix)
{
    if (!matrix.columns.isEmpty())
        return matrix.columns;
    QList<MatrixColumn> columns = ActionMatrix::allColumns();
    columns.removeAll(MatrixColumn::Problem);
    return columns;
}

bool hasNumericColumn(const QList<MatrixColumn>& columns)
{
    for (MatrixColumn column : columns) {
        if (reports::MatrixCells::isNumeric(column))
            return true;
    }
    return false;
}

QStringList totalsCells(const QList<MatrixColumn>& columns, const MatrixTotals& totals, const QString& label,
                        const QLocale& locale)
{
    QStringList cells;
    for (MatrixColumn column : columns) {
        if (column == MatrixColumn::PoliceHours)
            cells << reports::MatrixCells::hours(totals.policeHours, locale);
        else if (column == MatrixColumn::VolunteerHours)
            cells << reports::MatrixCells::hours(totals.volunteerHours, locale);
        else if (column == MatrixColumn::Euros)
            cells << reports::MatrixCells::euros(totals.euros, locale);
        else
            cells << QString();
    }
    // The label goes into the first text column so it never collides with a number.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!reports::MatrixCells::isNumeric(columns[c])) {
            cells[c] = label;
            break;
        }
    }
    return cells;
}

} // namespace

FrameInfo MatrixRenderer::frameInfo(const ActionMatrix& matrix, const MatrixRenderOptions& options)
{
    FrameInfo info;
    info.title = matrix.title.isEmpty() ? tr("Action matrix") : matrix.title;
    QStringList details;
    for (const QString& part : {matrix.workspace, matrix.area, matrix.period}) {
        if (!part.isEmpty())
            details << part;
    }
    info.subtitle = details.join(QStringLiteral("  \u00b7  "));
    if (matrix.generatedOn.isValid())
        info.rightNote = tr("Generated on %1").arg(matrix.generatedOn.toString(options.dateFormat));
    info.footerNote = matrix.workspace.isEmpty() ? info.title : matrix.workspace + QStringLiteral(" \u2013 ")
            + info.title;
    info.logo = PageFrame::logoBytes(matrix.logoData, matrix.logoPath);
    return info;
}

QString MatrixRenderer::groupTitle(const ProblemGroup& group)
{
    QString text = group.priority > 0 ? tr("Priority %1: %2").arg(group.priority).arg(group.title) : group.title;
    if (!group.stage.isEmpty())
        text += QStringLiteral("  \u2013  ") + tr("stage: %1").arg(group.stage);
    if (!group.caseId.isEmpty())
        text += QStringLiteral("  (") + group.caseId + QLatin1Char(')');
    return text;
}

void MatrixRenderer::build(Flow& flow, const LayoutContext& context, const ActionMatrix& matrix,
                           const MatrixRenderOptions& options)
{
    switch (options.layout) {
    case MatrixRenderOptions::Layout::Table: buildTable(flow, context, matrix, options); break;
    case MatrixRenderOptions::Layout::Grid: buildGrid(flow, context, matrix, options); break;
    case MatrixRenderOptions::Layout::Timeline: MatrixTimeline::build(flow, context, matrix, options); break;
    }
    if (options.signatureBlock)
        SignatureBlock::add(flow, context, matrix.signatories);
}

void MatrixRenderer::buildTable(Flow& flow, const LayoutContext& context, const ActionMatrix& matrix,
                                const MatrixRenderOptions& options)
{
    const QList<MatrixColumn> columns = effectiveColumns(matrix);
    QList<TableColumnSpec> specs;
    for (MatrixColumn column : columns) {
        specs << TableColumnSpec{MatrixLabels::column(column), reports::MatrixCells::weight(column),
                                 reports::MatrixCells::isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft};
    }
    QList<QStringList> rows;
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            QStringList cells;
            for (MatrixColumn column : columns)
                cells << reports::MatrixCells::text(action, group, column, options.locale, options.dateFormat);
            rows << cells;
        }
    }
    rows << totalsCells(columns, MatrixTotals::ofMatrix(matrix), tr("Grand total"), options.locale);
    // Many columns on a narrow page (A4 portrait): a smaller type, down to 6 pt, rather than words cut in two.
    constexpr qreal SmallestPt = 6.0;
    qreal fontPt = options.fontPt;
    std::optional<TableBuilder> fitted;
    for (;;) {
        fitted.emplace(context, specs, fontPt);
        if (fitted->fitToContent(rows) || fontPt <= SmallestPt)
            break;
        fontPt = qMax(SmallestPt, fontPt - 0.5);
    }
    TableBuilder& table = *fitted;
    table.addHeader(flow);
    const bool totals = hasNumericColumn(columns);
    qsizetype row = 0;
    for (const ProblemGroup& group : matrix.groups) {
        table.addSpanRow(flow, groupTitle(group));
        for (qsizetype a = 0; a < group.actions.size(); ++a)
            table.addRow(flow, rows[row++]);
        if (group.actions.isEmpty())
            table.addSpanRow(flow, tr("No actions planned yet."), RowKind::Body);
        else if (totals)
            table.addRow(flow, totalsCells(columns, MatrixTotals::ofGroup(group), tr("Total"), options.locale),
                         RowKind::Subtotal);
        table.setNextSpace(context.pt(4));
    }
    if (totals && !matrix.groups.isEmpty()) {
        table.addRow(flow, totalsCells(columns, MatrixTotals::ofMatrix(matrix), tr("Grand total"), options.locale),
                     RowKind::GrandTotal);
    }
}

void MatrixRenderer::buildGrid(Flow& flow, const LayoutContext& context, const ActionMatrix& matrix,
                               const MatrixRenderOptions& options)
{
    const QList<ChainPhase> phases = MatrixLabels::chainPhases();
    QList<TableColumnSpec> specs{{MatrixLabels::column(MatrixColumn::Action), 3.4, Qt::AlignLeft},
                                 {MatrixLabels::column(MatrixColumn::Lead), 1.5, Qt::AlignLeft}};
    for (ChainPhase phase : phases)
        specs << TableColumnSpec{MatrixLabels::phase(phase), 1.3, Qt::AlignLeft};
    TableBuilder table(context, specs, options.fontPt);
    const QString longestDue = tr("due %1").arg(QDate(2000, 12, 31).toString(options.dateFormat));
    QList<QStringList> sample{{QString(), QString(), longestDue, longestDue, longestDue, longestDue, longestDue}};
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions)
            sample << QStringList{action.title, action.lead};
    }
    table.fitToContent(sample);
    table.addHeader(flow);
    for (const ProblemGroup& group : matrix.groups) {
        table.addSpanRow(flow, groupTitle(group));
        for (const ActionRow& action : group.actions) {
            QList<TableCell> cells{TableCell{action.title, 0, false}, TableCell{action.lead, 0, false}};
            for (ChainPhase phase : phases) {
                if (phase != action.phase) {
                    cells << TableCell{};
                    continue;
                }
                QStringList lines;
                if (action.side != TriangleSide::None)
                    lines << MatrixLabels::side(action.side);
                if (action.due.isValid())
                    lines << tr("due %1").arg(action.due.toString(options.dateFormat));
                lines << MatrixLabels::status(action.status);
                cells << TableCell{lines.join(QLatin1Char('\n')), 2, true};
            }
            table.addCells(flow, cells);
        }
        if (group.actions.isEmpty())
            table.addSpanRow(flow, tr("No actions planned yet."), RowKind::Body);
        table.setNextSpace(context.pt(4));
    }
}

Result<int> MatrixRenderer::render(QPagedPaintDevice* device, const ActionMatrix& matrix,
                                   const MatrixRenderOptions& options)
{
    return PagedRenderer::render(device, &options.page, frameInfo(matrix, options),
                                 [&](Flow& flow, const LayoutContext& context) {
                                     build(flow, context, matrix, options);
                                 });
}

Result<int> MatrixRenderer::render(QPainter& painter, QPagedPaintDevice* device, const ActionMatrix& matrix,
                                   const MatrixRenderOptions& options)
{
    return PagedRenderer::render(painter, device, frameInfo(matrix, options),
                                 [&](Flow& flow, const LayoutContext& context) {
                                     build(flow, context, matrix, options);
                                 });
}

Result<int> MatrixRenderer::writePdf(const QString& path, const ActionMatrix& matrix,
                                     const MatrixRenderOptions& options)
{
    return PagedRenderer::writePdf(path, options.page, frameInfo(matrix, options),
                                   [&](Flow& flow, const LayoutContext& context) {
                                       build(flow, context, matrix, options);
                                   });
}

} // namespace proxima::documents
