#pragma once

#include "documents/Flow.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace proxima::documents {

/// One column of a printed table: title, share of the width, alignment of its cells.
struct TableColumnSpec
{
    QString title;
    qreal weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

/// One cell: text plus an optional grey fill (0..3, see DocumentStyle::shade) and weight.
struct TableCell
{
    QString text;
    int shade = 0;
    bool bold = false;
};

/// Role of a row, which sets its fill, font and keep rules.
enum class RowKind { Body, Group, Subtotal, GrandTotal };

/// Turns table rows into flow items: widths from weights, rows as tall as their wrapped text, the header
/// repeated on every page the table continues on, group rows kept with the row that follows.
class TableBuilder
{
public:
    TableBuilder(const LayoutContext& context, const QList<TableColumnSpec>& columns, qreal fontPt = 8);

    /// Adds the header row to the flow and makes every later row repeat it on a new page.
    void addHeader(Flow& flow);
    void addRow(Flow& flow, const QStringList& cells, RowKind kind = RowKind::Body);
    void addCells(Flow& flow, const QList<TableCell>& cells, RowKind kind = RowKind::Body);
    /// A row spanning all columns (problem header); kept with the next row.
    void addSpanRow(Flow& flow, const QString& text, RowKind kind = RowKind::Group);
    /// Widens columns whose longest word (header or cell) would otherwise be broken, taking the room from the
    /// others in proportion to their weights. Call before adding rows.
    /// Returns false when the longest words do not all fit side by side (some will break inside a word).
    bool fitToContent(const QList<QStringList>& rows);
    /// Makes later rows repeat a header registered elsewhere (a custom-painted header row).
    void useRepeatedHeader(int index) { m_header = index; }
    /// Gap before the next row added (between groups).
    void setNextSpace(qreal space) { m_nextSpace = space; }

    const QList<qreal>& widths() const { return m_widths; }
    qreal padding() const { return m_padding; }
    int headerIndex() const { return m_header; }

    /// Widths proportional to the weights, summing to total.
    static QList<qreal> widthsFromWeights(const QList<qreal>& weights, qreal total);
    /// Widths from weights where no column is narrower than its minimum (minimums scaled down if they overflow).
    static QList<qreal> widthsWithMinimums(const QList<qreal>& weights, QList<qreal> minimums, qreal total);

private:
    FlowItem makeRow(const QList<TableCell>& cells, RowKind kind, bool header) const;

    LayoutContext m_context;
    QList<TableColumnSpec> m_columns;
    QList<qreal> m_widths;
    QFont m_font;
    QFont m_bold;
    qreal m_padding = 0;
    qreal m_nextSpace = 0;
    int m_header = -1;
};

} // namespace proxima::documents
