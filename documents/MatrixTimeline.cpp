#include "documents/MatrixTimeline.h"

#include "documents/DocumentStyle.h"
#include "documents/MatrixRenderer.h"
#include "documents/TableBuilder.h"
#include "documents/WrappedText.h"
#include "core/reports/MatrixLabels.h"

#include <QFontMetricsF>
#include <QPainter>

namespace proxima::documents {

using namespace reports;

namespace {

// Horizontal geometry shared by the header, the rows and the today line.
struct Scale
{
    QDate firstMonth;
    int months = 1;
    qreal labelWidth = 0;
    qreal monthWidth = 0;

    qreal x(const QRectF& rect, const QDate& date) const
    {
        const int index = (date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month();
        const qreal fraction = qreal(date.day() - 1) / date.daysInMonth();
        return rect.left() + labelWidth + (index + fraction) * monthWidth;
    }
    void drawGrid(QPainter& painter, const QRectF& rect, qreal line) const
    {
        painter.setPen(QPen(DocumentStyle::rule(), line));
        painter.drawRect(rect);
        for (int m = 0; m <= months; ++m) {
            const qreal mx = rect.left() + labelWidth + m * monthWidth;
            painter.drawLine(QPointF(mx, rect.top()), QPointF(mx, rect.bottom()));
        }
    }
    void drawToday(QPainter& painter, const QRectF& rect, const QDate& today, qreal line) const
    {
        if (!today.isValid())
            return;
        const qreal tx = x(rect, today);
        if (tx < rect.left() + labelWidth || tx > rect.right())
            return;
        painter.setPen(QPen(QColor(200, 0, 0), line * 3, Qt::DashLine));
        painter.drawLine(QPointF(tx, rect.top()), QPointF(tx, rect.bottom()));
    }
};

} // namespace

std::pair<QDate, QDate> MatrixTimeline::monthRange(const ActionMatrix& matrix)
{
    QDate first;
    QDate last;
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            for (const QDate& date : {action.start, action.due}) {
                if (!date.isValid())
                    continue;
                if (!first.isValid() || date < first)
                    first = date;
                if (!last.isValid() || date > last)
                    last = date;
            }
        }
    }
    if (!first.isValid())
        return {};
    return {QDate(first.year(), first.month(), 1), QDate(last.year(), last.month(), 1)};
}

void MatrixTimeline::build(Flow& flow, const LayoutContext& context, const ActionMatrix& matrix,
                           const MatrixRenderOptions& options)
{
    const auto [first, last] = monthRange(matrix);
    const QFont font = DocumentStyle::font(options.fontPt);
    const QFont bold = DocumentStyle::font(options.fontPt, true);
    const qreal pad = context.pt(2.5);
    const qreal line = context.pt(0.4);
    if (!first.isValid()) {
        const QString text = tr("No action has a start or due date yet.");
        FlowItem item;
        item.height = WrappedText::height(text, font, context.width, context.device);
        item.paint = [text, font](QPainter& painter, const QRectF& rect) { WrappedText::draw(painter, rect, text, font); };
        flow.add(std::move(item));
        return;
    }
    Scale scale;
    scale.firstMonth = first;
    scale.months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    scale.labelWidth = context.width * 0.3;
    scale.monthWidth = (context.width - scale.labelWidth) / scale.months;
    const QDate today = options.today;

    // Header: the month names, with the year under each January and under the first month.
    const QFont small = DocumentStyle::font(qMin(options.fontPt, 7.0), true);
    const QString actionTitle = MatrixLabels::column(MatrixColumn::Action);
    FlowItem header;
    header.height = 2 * QFontMetricsF(small, context.device).height() + 2 * pad;
    header.keepWithNext = true;
    header.paint = [=](QPainter& painter, const QRectF& rect) {
        painter.save();
        painter.fillRect(rect, DocumentStyle::shade(3));
        scale.drawGrid(painter, rect, line);
        painter.setPen(DocumentStyle::ink());
        WrappedText::draw(painter, QRectF(rect.left() + pad, rect.top() + pad, scale.labelWidth - 2 * pad,
                                          rect.height() - 2 * pad), actionTitle, bold, Qt::AlignLeft, true);
        for (int m = 0; m < scale.months; ++m) {
            const QDate month = first.addMonths(m);
            QString label = options.locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
            if (m == 0 || month.month() == 1)
                label += QLatin1Char('\n') + QString::number(month.year());
            const QRectF cell(rect.left() + scale.labelWidth + m * scale.monthWidth, rect.top() + pad,
                              scale.monthWidth, rect.height() - 2 * pad);
            WrappedText::draw(painter, cell.adjusted(line, 0, -line, 0), label, small, Qt::AlignHCenter);
        }
        scale.drawToday(painter, rect, today, line);
        painter.restore();
    };
    FlowItem repeated = header;
    flow.add(std::move(header));
    TableBuilder spans(context, {TableColumnSpec{}}, options.fontPt);
    spans.useRepeatedHeader(flow.addRepeatedHeader(std::move(repeated)));

    const qreal minBand = context.pt(9);
    for (const ProblemGroup& group : matrix.groups) {
        spans.addSpanRow(flow, MatrixRenderer::groupTitle(group));
        for (const ActionRow& action : group.actions) {
            const QString label = action.lead.isEmpty() ? action.title : action.title + QStringLiteral(" \u2013 ")
                    + action.lead;
            FlowItem row;
            row.repeatHeader = spans.headerIndex();
            row.height = qMax(WrappedText::height(label, font, scale.labelWidth - 2 * pad, context.device), minBand)
                + 2 * pad;
            const QDate start = action.start.isValid() ? action.start : action.due;
            const QDate due = action.due.isValid() ? action.due : action.start;
            const ActionStatus status = action.status;
            row.paint = [=](QPainter& painter, const QRectF& rect) {
                painter.save();
                scale.drawGrid(painter, rect, line);
                painter.setPen(DocumentStyle::ink());
                WrappedText::draw(painter, QRectF(rect.left() + pad, rect.top() + pad, scale.labelWidth - 2 * pad,
                                                  rect.height() - 2 * pad), label, font);
                if (start.isValid()) {
                    const qreal x0 = scale.x(rect, start);
                    const qreal x1 = qMax(scale.x(rect, due.addDays(1)), x0 + line * 4);
                    const QRectF band(x0, rect.center().y() - minBand / 2, x1 - x0, minBand);
                    painter.fillRect(band, DocumentStyle::statusColor(status));
                    const Qt::BrushStyle pattern = DocumentStyle::statusPattern(status);
                    if (pattern != Qt::NoBrush)
                        painter.fillRect(band, QBrush(QColor(30, 30, 30), pattern));
                    painter.setPen(QPen(DocumentStyle::ink(), line * 1.5));
                    painter.drawRect(band);
                }
                scale.drawToday(painter, rect, today, line);
                painter.restore();
            };
            flow.add(std::move(row));
        }
        spans.setNextSpace(context.pt(4));
    }

    // Legend: one swatch per status, in the same colour and pattern as the bands.
    FlowItem legend;
    legend.spaceBefore = context.mm(4);
    legend.height = minBand + 2 * pad;
    const QString todayText = today.isValid() ? tr("Today (%1)").arg(today.toString(options.dateFormat)) : QString();
    legend.paint = [=](QPainter& painter, const QRectF& rect) {
        painter.save();
        qreal x = rect.left();
        const qreal swatch = context.mm(8);
        for (ActionStatus status : MatrixLabels::statuses()) {
            const QRectF box(x, rect.top() + pad, swatch, minBand);
            painter.fillRect(box, DocumentStyle::statusColor(status));
            if (DocumentStyle::statusPattern(status) != Qt::NoBrush)
                painter.fillRect(box, QBrush(QColor(30, 30, 30), DocumentStyle::statusPattern(status)));
            painter.setPen(QPen(DocumentStyle::ink(), line * 1.5));
            painter.drawRect(box);
            const QString text = MatrixLabels::status(status);
            const qreal textWidth = QFontMetricsF(font, painter.device()).horizontalAdvance(text) + pad;
            WrappedText::draw(painter, QRectF(x + swatch + pad, box.top(), textWidth, box.height()), text, font,
                              Qt::AlignLeft, true);
            x += swatch + 2 * pad + textWidth + context.mm(4);
        }
        if (!todayText.isEmpty()) {
            painter.setPen(QPen(QColor(200, 0, 0), line * 3, Qt::DashLine));
            painter.drawLine(QPointF(x + swatch / 2, rect.top()), QPointF(x + swatch / 2, rect.bottom()));
            painter.setPen(DocumentStyle::ink());
            WrappedText::draw(painter, QRectF(x + swatch + pad, rect.top() + pad, context.width / 4, minBand),
                              todayText, font, Qt::AlignLeft, true);
        }
        painter.restore();
    };
    flow.add(std::move(legend));
}

} // namespace proxima::documents
