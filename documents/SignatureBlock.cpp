#include "documents/SignatureBlock.h"

#include "documents/DocumentStyle.h"
#include "documents/WrappedText.h"

#include <QPainter>

namespace proxima::documents {

void SignatureBlock::add(Flow& flow, const LayoutContext& context, const QList<reports::SignatureParty>& parties)
{
    if (parties.isEmpty())
        return;
    const QFont titleFont = DocumentStyle::font(11, true);
    const QString title = tr("Signatures");
    FlowItem heading;
    heading.height = WrappedText::height(title, titleFont, context.width, context.device) + context.mm(2);
    heading.spaceBefore = context.mm(6);
    heading.keepWithNext = true;
    heading.paint = [title, titleFont](QPainter& painter, const QRectF& rect) {
        painter.setPen(DocumentStyle::ink());
        WrappedText::draw(painter, rect, title, titleFont);
    };
    flow.add(std::move(heading));

    const qreal gap = context.mm(4);
    const int perRow = qMax(1, qMin(int((context.width + gap) / (context.mm(62) + gap)), int(parties.size())));
    const qreal boxWidth = qMin((context.width - gap * (perRow - 1)) / perRow, context.mm(95));
    const qreal pad = context.pt(4);
    const QFont bold = DocumentStyle::font(9, true);
    const QFont plain = DocumentStyle::font(8.5);
    const QStringList labels{tr("Name:"), tr("Date:"), tr("Signature:")};
    const qreal lineGap = context.mm(7);
    const qreal signatureSpace = context.mm(14);

    for (qsizetype first = 0; first < parties.size(); first += perRow) {
        const QList<reports::SignatureParty> rowParties = parties.mid(first, perRow);
        qreal textHeight = 0;
        for (const reports::SignatureParty& party : rowParties) {
            const qreal h = WrappedText::height(party.organisation, bold, boxWidth - 2 * pad, context.device)
                + WrappedText::height(party.role, plain, boxWidth - 2 * pad, context.device);
            textHeight = qMax(textHeight, h);
        }
        FlowItem row;
        row.height = textHeight + 2 * pad + 3 * lineGap + signatureSpace;
        row.spaceBefore = first == 0 ? 0 : gap;
        row.keepWithNext = first + perRow < parties.size();
        const qreal line = context.pt(0.6);
        row.paint = [=](QPainter& painter, const QRectF& rect) {
            painter.save();
            for (qsizetype i = 0; i < rowParties.size(); ++i) {
                const QRectF box(rect.left() + i * (boxWidth + gap), rect.top(), boxWidth, rect.height());
                painter.setPen(QPen(DocumentStyle::ink(), line));
                painter.drawRect(box);
                const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
                const qreal orgHeight = WrappedText::height(rowParties[i].organisation, bold, inner.width(),
                                                            painter.device());
                WrappedText::draw(painter, inner, rowParties[i].organisation, bold);
                WrappedText::draw(painter, inner.adjusted(0, orgHeight, 0, 0), rowParties[i].role, plain);
                qreal y = inner.top() + textHeight + lineGap;
                for (const QString& label : labels) {
                    WrappedText::draw(painter, QRectF(inner.left(), y - lineGap * 0.55, inner.width(), lineGap),
                                      label, plain);
                    painter.setPen(QPen(DocumentStyle::rule(), line / 2, Qt::DotLine));
                    if (&label != &labels.last())
                        painter.drawLine(QPointF(inner.left() + inner.width() * 0.28, y),
                                         QPointF(inner.right(), y));
                    painter.setPen(QPen(DocumentStyle::ink(), line));
                    y += lineGap;
                }
            }
            painter.restore();
        };
        flow.add(std::move(row));
    }
}

} // namespace proxima::documents
