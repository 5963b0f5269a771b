#include "documents/ReportRenderer.h"

#include "documents/DocumentStyle.h"
#include "documents/PagedRenderer.h"
#include "documents/SignatureBlock.h"
#include "documents/TableBuilder.h"
#include "documents/WrappedText.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

namespace proxima::documents {

using namespace reports;

namespace {

constexpr qreal kBodyPt = 9.5;

FlowItem textItem(const LayoutContext& context, const QString& text, const QFont& font, qreal indent = 0)
{
    FlowItem item;
    item.height = WrappedText::height(text, font, context.width - indent, context.device);
    item.paint = [text, font, indent](QPainter& painter, const QRectF& rect) {
        painter.setPen(DocumentStyle::ink());
        WrappedText::draw(painter, rect.adjusted(indent, 0, 0, 0), text, font);
    };
    return item;
}

void addImage(Flow& flow, const LayoutContext& context, const ReportBlock& block)
{
    auto svg = std::make_shared<QSvgRenderer>(block.imageData);
    QImage image;
    QSizeF natural;
    if (block.imageData.contains("<svg") && svg->isValid()) {
        natural = svg->defaultSize();
    } else if (image.loadFromData(block.imageData)) {
        natural = image.size();
        svg.reset();
    } else {
        return;  // not an image: nothing sensible to print
    }
    if (natural.isEmpty())
        return;
    qreal width = context.width * block.imageWidthFraction;
    qreal height = width * natural.height() / natural.width();
    const qreal maxHeight = context.pageHeight * 0.85;
    if (height > maxHeight) {
        width *= maxHeight / height;
        height = maxHeight;
    }
    FlowItem item;
    item.spaceBefore = context.mm(2);
    item.height = height;
    item.keepWithNext = !block.text.isEmpty();
    item.paint = [svg, image, width](QPainter& painter, const QRectF& rect) {
        const QRectF target(rect.left() + (rect.width() - width) / 2, rect.top(), width, rect.height());
        if (svg)
            svg->render(&painter, target);
        else
            painter.drawImage(target, image);
    };
    flow.add(std::move(item));
    if (!block.text.isEmpty()) {
        QFont font = DocumentStyle::font(kBodyPt - 1);
        font.setItalic(true);
        FlowItem caption = textItem(context, block.text, font);
        caption.spaceBefore = context.mm(1);
        flow.add(std::move(caption));
    }
}

} // namespace

FrameInfo ReportRenderer::frameInfo(const ReportDocument& document)
{
    FrameInfo info;
    info.title = document.title;
    QStringList details;
    for (const QString& part : {document.subtitle, document.workspace, document.area, document.period}) {
        if (!part.isEmpty())
            details << part;
    }
    info.subtitle = details.join(QStringLiteral("  \u00b7  "));
    if (document.generatedOn.isValid())
        info.rightNote = tr("Generated on %1").arg(document.generatedOn.toString(QStringLiteral("yyyy-MM-dd")));
    info.footerNote = document.footerNote;
    info.logo = PageFrame::logoBytes(document.logoData, document.logoPath);
    return info;
}

void ReportRenderer::build(Flow& flow, const LayoutContext& context, const ReportDocument& document)
{
    const QFont body = DocumentStyle::font(kBodyPt);
    const QFont bold = DocumentStyle::font(kBodyPt, true);
    auto add = [&flow](FlowItem item) { flow.add(std::move(item)); };
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            const qreal size = block.level == 1 ? 14 : (block.level == 2 ? 12 : 10.5);
            FlowItem item = textItem(context, block.text, DocumentStyle::font(size, true));
            item.spaceBefore = context.mm(block.level == 1 ? 5 : 3);
            item.height += context.mm(1);
            item.keepWithNext = true;
            add(std::move(item));
            break;
        }
        case ReportBlock::Kind::Paragraph:
            for (const QString& part : block.text.split(QLatin1Char('\n'))) {
                FlowItem item = textItem(context, part, body);
                item.spaceBefore = context.mm(2);
                add(std::move(item));
            }
            break;
        case ReportBlock::Kind::KeyValues: {
            const qreal keyWidth = context.width * 0.28;
            for (qsizetype i = 0; i < block.keyValues.size(); ++i) {
                const KeyValue pair = block.keyValues[i];
                FlowItem item;
                item.spaceBefore = i == 0 ? context.mm(2) : context.mm(0.8);
                item.height = qMax(WrappedText::height(pair.key, bold, keyWidth - context.mm(3), context.device),
                                   WrappedText::height(pair.value, body, context.width - keyWidth, context.device));
                item.paint = [pair, bold, body, keyWidth, gap = context.mm(3)](QPainter& painter, const QRectF& r) {
                    painter.setPen(DocumentStyle::ink());
                    WrappedText::draw(painter, QRectF(r.left(), r.top(), keyWidth - gap, r.height()), pair.key, bold);
                    WrappedText::draw(painter, r.adjusted(keyWidth, 0, 0, 0), pair.value, body);
                };
                add(std::move(item));
            }
            break;
        }
        case ReportBlock::Kind::Table: {
            QList<TableColumnSpec> specs;
            for (qsizetype c = 0; c < block.columns.size(); ++c)
                specs << TableColumnSpec{block.columns[c], block.columnWeights.value(c, 1.0), Qt::AlignLeft};
            TableBuilder table(context, specs, kBodyPt - 1);
            table.fitToContent(block.rows);
            table.setNextSpace(context.mm(2));
            table.addHeader(flow);
            for (const QStringList& row : block.rows)
                table.addRow(flow, row);
            break;
        }
        case ReportBlock::Kind::Bullets:
            for (qsizetype i = 0; i < block.items.size(); ++i) {
                const qreal indent = context.mm(5);
                FlowItem item = textItem(context, block.items[i], body, indent);
                item.spaceBefore = i == 0 ? context.mm(2) : context.mm(0.8);
                auto paintText = item.paint;
                const QString bullet = QStringLiteral("\u2022");
                item.paint = [paintText, bullet, body](QPainter& painter, const QRectF& rect) {
                    paintText(painter, rect);
                    WrappedText::draw(painter, rect, bullet, body);
                };
                add(std::move(item));
            }
            break;
        case ReportBlock::Kind::Image:
            addImage(flow, context, block);
            break;
        case ReportBlock::Kind::PageBreak: {
            // An empty item that opens a page; what follows starts at its top.
            FlowItem marker;
            marker.breakBefore = true;
            add(std::move(marker));
            break;
        }
        case ReportBlock::Kind::Signatures:
            SignatureBlock::add(flow, context, block.signatories);
            break;
        }
    }
}

Result<int> ReportRenderer::render(QPagedPaintDevice* device, const ReportDocument& document, const PageSetup& setup)
{
    return PagedRenderer::render(device, &setup, frameInfo(document),
                                 [&](Flow& flow, const LayoutContext& context) { build(flow, context, document); });
}

Result<int> ReportRenderer::render(QPainter& painter, QPagedPaintDevice* device, const ReportDocument& document)
{
    return PagedRenderer::render(painter, device, frameInfo(document),
                                 [&](Flow& flow, const LayoutContext& context) { build(flow, context, document); });
}

Result<int> ReportRenderer::writePdf(const QString& path, const ReportDocument& document, const PageSetup& setup)
{
    return PagedRenderer::writePdf(path, setup, frameInfo(document),
                                   [&](Flow& flow, const LayoutContext& context) { build(flow, context, document); });
}

} // namespace proxima::documents
