#include "documents/TableBuilder.h"

#include "documents/DocumentStyle.h"
#include "documents/WrappedText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

namespace proxima::documents {

namespace {

int rowShade(RowKind kind, bool header)
{
    if (header)
        return 3;
    switch (kind) {
    case RowKind::Body: return 0;
    case RowKind::Group: return 2;
    case RowKind::Subtotal: return 1;
    case RowKind::GrandTotal: return 2;
    }
    return 0;
}

} // namespace

QList<qreal> TableBuilder::widthsFromWeights(const QList<qreal>& weights, qreal total)
{
    qreal sum = 0;
    for (qreal weight : weights)
        sum += qMax<qreal>(0.01, weight);
    QList<qreal> widths;
    for (qreal weight : weights)
        widths << total * qMax<qreal>(0.01, weight) / sum;
    return widths;
}

QList<qreal> TableBuilder::widthsWithMinimums(const QList<qreal>& weights, QList<qreal> minimums, qreal total)
{
    qreal minimumSum = 0;
    for (qreal minimum : minimums)
        minimumSum += minimum;
    if (minimumSum > total) {
        for (qreal& minimum : minimums)
            minimum *= total / minimumSum;
    }
    // Pin the columns that fall below their minimum, share the rest by weight, until nothing changes.
    QList<bool> pinned(weights.size(), false);
    QList<qreal> widths = widthsFromWeights(weights, total);
    for (int round = 0; round < int(weights.size()); ++round) {
        bool changed = false;
        qreal freeWidth = total;
        qreal freeWeight = 0;
        for (qsizetype c = 0; c < weights.size(); ++c) {
            if (!pinned[c] && widths[c] < minimums.value(c)) {
                pinned[c] = true;
                changed = true;
            }
            if (pinned[c])
                freeWidth -= minimums.value(c);
            else
                freeWeight += qMax<qreal>(0.01, weights[c]);
        }
        for (qsizetype c = 0; c < weights.size(); ++c) {
            widths[c] = pinned[c] ? minimums.value(c)
                                  : (freeWeight > 0 ? freeWidth * qMax<qreal>(0.01, weights[c]) / freeWeight : 0);
        }
        if (!changed)
            break;
    }
    return widths;
}

bool TableBuilder::fitToContent(const QList<QStringList>& rows)
{
    const QFontMetricsF plain(m_font, m_context.device);
    const QFontMetricsF bold(m_bold, m_context.device);
    QList<qreal> minimums(m_columns.size(), 0);
    // Columns whose cells are all single tokens (dates, amounts, codes) cannot wrap: cutting "2026-08-02" or
    // "17,450.00" in two misleads. Text columns wrap between words and, when the page is too narrow, inside them.
    QList<bool> tokens(m_columns.size(), true);
    const QRegularExpression space(QStringLiteral("\\s+"));
    // Short labels ("In progress", "Dropped") count as tokens too: kept on one line when the page is narrow.
    constexpr qsizetype ShortLabel = 14;
    QList<qreal> whole(m_columns.size(), 0);
    auto widen = [&](qsizetype c, const QString& text, const QFontMetricsF& metrics) {
        const QStringList words = text.split(space, Qt::SkipEmptyParts);
        if (words.size() > 1 && text.size() > ShortLabel)
            tokens[c] = false;
        whole[c] = qMax(whole[c], metrics.horizontalAdvance(text.simplified()) + 2 * m_padding + m_context.pt(1));
        for (const QString& word : words)
            minimums[c] = qMax(minimums[c], metrics.horizontalAdvance(word) + 2 * m_padding + m_context.pt(1));
    };
    QList<qreal> titleWidths(m_columns.size(), 0);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        for (const QString& word : m_columns[c].title.split(space, Qt::SkipEmptyParts))
            titleWidths[c] = qMax(titleWidths[c], bold.horizontalAdvance(word) + 2 * m_padding + m_context.pt(1));
    }
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < qMin(row.size(), m_columns.size()); ++c)
            widen(c, row[c], bold);
    }
    const QList<qreal> cellMinimums = minimums;
    qreal needed = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        // A single very long word (a URL) may still break rather than squeeze every other column.
        minimums[c] = qMin(qMax(minimums[c], titleWidths[c]), m_context.width / 4);
        needed += minimums[c];
    }
    const bool fits = needed <= m_context.width;
    if (!fits) {
        // Keep the token columns' cells whole (their titles may wrap) and share the rest among the text columns.
        qreal fixed = 0;
        qreal flexible = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (tokens[c])
                fixed += minimums[c] = qMin(qMax(cellMinimums[c], whole[c]), m_context.width / 4);
            else
                flexible += minimums[c];
        }
        if (flexible > 0 && fixed < m_context.width) {
            // Token columns get exactly what they need; the text columns share the rest, each keeping the same
            // fraction of its longest word.
            const qreal rest = m_context.width - fixed;
            const qreal scale = qMin<qreal>(1, rest / flexible);
            QList<qreal> textWeights, textMinimums;
            for (qsizetype c = 0; c < m_columns.size(); ++c) {
                if (!tokens[c]) {
                    textWeights << m_columns[c].weight;
                    textMinimums << minimums[c] * scale;
                }
            }
            const QList<qreal> textWidths = widthsWithMinimums(textWeights, textMinimums, rest);
            m_widths.clear();
            qsizetype t = 0;
            for (qsizetype c = 0; c < m_columns.size(); ++c)
                m_widths << (tokens[c] ? minimums[c] : textWidths[t++]);
            return false;
        }
    }
    QList<qreal> weights;
    for (const TableColumnSpec& column : m_columns)
        weights << column.weight;
    m_widths = widthsWithMinimums(weights, minimums, m_context.width);
    return fits;
}

TableBuilder::TableBuilder(const LayoutContext& context, const QList<TableColumnSpec>& columns, qreal fontPt)
    : m_context(context), m_columns(columns), m_font(DocumentStyle::font(fontPt)),
      m_bold(DocumentStyle::font(fontPt, true)), m_padding(context.pt(2.5))
{
    QList<qreal> weights;
    for (const TableColumnSpec& column : columns)
        weights << column.weight;
    m_widths = widthsFromWeights(weights, context.width);
}

void TableBuilder::addHeader(Flow& flow)
{
    QList<TableCell> cells;
    for (const TableColumnSpec& column : m_columns)
        cells << TableCell{column.title, 0, true};
    FlowItem header = makeRow(cells, RowKind::Body, true);
    header.keepWithNext = true;
    header.spaceBefore = m_nextSpace;
    m_nextSpace = 0;
    FlowItem repeated = header;
    repeated.spaceBefore = 0;
    flow.add(std::move(header));
    m_header = flow.addRepeatedHeader(std::move(repeated));
}

void TableBuilder::addRow(Flow& flow, const QStringList& cells, RowKind kind)
{
    QList<TableCell> list;
    for (const QString& text : cells)
        list << TableCell{text, 0, kind != RowKind::Body};
    addCells(flow, list, kind);
}

void TableBuilder::addCells(Flow& flow, const QList<TableCell>& cells, RowKind kind)
{
    FlowItem row = makeRow(cells, kind, false);
    row.spaceBefore = m_nextSpace;
    m_nextSpace = 0;
    flow.add(std::move(row));
}

void TableBuilder::addSpanRow(Flow& flow, const QString& text, RowKind kind)
{
    const QFont font = DocumentStyle::font(m_font.pointSizeF() + 1, true);
    const qreal width = m_context.width;
    const qreal pad = m_padding;
    FlowItem row;
    row.height = WrappedText::height(text, font, width - 2 * pad, m_context.device) + 2 * pad;
    row.keepWithNext = true;
    row.repeatHeader = m_header;
    row.spaceBefore = m_nextSpace;
    m_nextSpace = 0;
    const int shade = rowShade(kind, false);
    const qreal line = m_context.pt(0.5);
    row.paint = [text, font, pad, shade, line](QPainter& painter, const QRectF& rect) {
        painter.save();
        painter.fillRect(rect, DocumentStyle::shade(shade));
        painter.setPen(QPen(DocumentStyle::ink(), line));
        painter.drawRect(rect);
        WrappedText::draw(painter, rect.adjusted(pad, pad, -pad, -pad), text, font);
        painter.restore();
    };
    flow.add(std::move(row));
}

FlowItem TableBuilder::makeRow(const QList<TableCell>& cells, RowKind kind, bool header) const
{
    QList<TableCell> padded = cells.mid(0, m_columns.size());
    while (padded.size() < m_columns.size())
        padded << TableCell{};
    qreal height = 0;
    for (qsizetype c = 0; c < padded.size(); ++c) {
        const QFont& font = padded[c].bold ? m_bold : m_font;
        const qreal h = WrappedText::height(padded[c].text, font, m_widths[c] - 2 * m_padding, m_context.device);
        height = qMax(height, h);
    }
    FlowItem row;
    row.height = height + 2 * m_padding;
    row.repeatHeader = header ? -1 : m_header;
    QList<Qt::Alignment> aligns;
    for (const TableColumnSpec& column : m_columns)
        aligns << (header ? Qt::AlignLeft : column.align);
    const int shade = rowShade(kind, header);
    const qreal thin = m_context.pt(0.4);
    const qreal thick = kind == RowKind::GrandTotal || kind == RowKind::Subtotal ? m_context.pt(1.2) : 0;
    row.paint = [padded, aligns, widths = m_widths, font = m_font, bold = m_bold, pad = m_padding, shade, thin,
                 thick](QPainter& painter, const QRectF& rect) {
        painter.save();
        painter.fillRect(rect, DocumentStyle::shade(shade));
        qreal x = rect.left();
        for (qsizetype c = 0; c < padded.size(); ++c) {
            const QRectF cell(x, rect.top(), widths[c], rect.height());
            if (padded[c].shade > 0)
                painter.fillRect(cell, DocumentStyle::shade(padded[c].shade));
            painter.setPen(QPen(DocumentStyle::rule(), thin));
            painter.drawRect(cell);
            painter.setPen(DocumentStyle::ink());
            WrappedText::draw(painter, cell.adjusted(pad, pad, -pad, -pad), padded[c].text,
                              padded[c].bold ? bold : font, aligns[c]);
            x += widths[c];
        }
        if (thick > 0) {
            painter.setPen(QPen(DocumentStyle::ink(), thick));
            painter.drawLine(rect.topLeft(), rect.topRight());
        }
        painter.restore();
    };
    return row;
}

} // namespace proxima::documents
