#include "documents/PagedRenderer.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace proxima::documents {

Result<int> PagedRenderer::render(QPagedPaintDevice* device, const PageSetup* setup, const FrameInfo& frame,
                                  const FlowBuilder& build)
{
    if (setup)
        device->setPageLayout(setup->pageLayout());
    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("Cannot start painting on the output device."), {}, 0, {}};
    Result<int> pages = render(painter, device, frame, build);
    painter.end();
    return pages;
}

Result<int> PagedRenderer::render(QPainter& painter, QPagedPaintDevice* device, const FrameInfo& frame,
                                  const FlowBuilder& build)
{
    LayoutContext context;
    context.device = device;
    context.unitsPerPt = device->logicalDpiY() / 72.0;
    context.width = device->width();
    const QRectF page(0, 0, device->width(), device->height());
    const PageFrame pageFrame(frame, context);
    const QRectF content = pageFrame.contentRect(page);
    context.pageHeight = content.height();
    if (content.height() <= context.mm(20))
        return Error{tr("The page is too small for the document header and footer."), {}, 0, {}};

    Flow flow;
    build(flow, context);
    const QList<QList<FlowPlacement>> pages = flow.paginate(content.height());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage())
            return Error{tr("Cannot start page %1 on the output device.").arg(p + 1), {}, 0, {}};
        pageFrame.paint(painter, page, int(p) + 1, int(pages.size()));
        painter.save();
        painter.setClipRect(content.adjusted(-context.pt(2), 0, context.pt(2), 0));
        for (const FlowPlacement& placement : pages[p]) {
            const QRectF rect(content.left(), content.top() + placement.y, content.width(), placement.item->height);
            if (placement.item->paint)
                placement.item->paint(painter, rect);
        }
        painter.restore();
    }
    return int(pages.size());
}

Result<int> PagedRenderer::writePdf(const QString& path, const PageSetup& setup, const FrameInfo& frame,
                                    const FlowBuilder& build)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString(), path, 0, {}};
    Result<int> pages = Error{};
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(frame.title);
        writer.setCreator(QStringLiteral("Proxima"));
        pages = render(&writer, &setup, frame, build);
    }
    if (!pages.ok()) {
        file.cancelWriting();
        Error error = pages.error();
        error.file = path;
        return error;
    }
    if (!file.commit())
        return Error{file.errorString(), path, 0, {}};
    return pages;
}

} // namespace proxima::documents
