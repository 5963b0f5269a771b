#include "ui/map/MapRenderer.h"

#include "ui/map/HotspotRaster.h"
#include "ui/map/MapContent.h"
#include "ui/map/MapLegend.h"
#include "ui/map/MapScene.h"

#include "core/storage/Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>

namespace proxima {

Result<QImage> MapRenderer::render(Workspace& ws, QSize size, const MapLayers& layers, const HotspotOptions& hotspots)
{
    if (size.isEmpty())
        return Error{QCoreApplication::translate("MapRenderer", "the image size must be positive"), {}, 0,
                     QStringLiteral("size")};
    auto content = MapContent::load(ws, hotspots.filter);
    if (!content)
        return content.error();
    if (!content->map)
        return Error{QCoreApplication::translate("MapRenderer", "the workspace has no map"), ws.path(), 0, {},
                     ErrorCode::NotFound};
    const HotspotRaster raster = layers.hotspots ? HotspotRaster::compute(*content, hotspots) : HotspotRaster{};
    MapScene scene;
    scene.setContent(*content, layers, layers.hotspots ? &raster : nullptr);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setPixelSize(qBound(9, size.height() / 60, 14));
    painter.setFont(font);
    const QSizeF legend = MapLegend::measure(font, layers, raster);
    // The legend goes beside the plan when the image is wide enough, so it hides nothing; else over a corner.
    const bool beside = !legend.isEmpty() && legend.width() * 3 < size.width();
    const QRectF room(0, 0, size.width() - (beside ? legend.width() + 12 : 0), size.height());
    const QRectF plan = scene.planRect();
    QSizeF fitted = plan.size();
    fitted.scale(room.size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((room.width() - fitted.width()) / 2, (room.height() - fitted.height()) / 2), fitted);
    // Pins keep their screen size (they ignore transformations), as on the page.
    scene.render(&painter, target, plan, Qt::KeepAspectRatio);
    if (!legend.isEmpty()) {
        const QPointF at = beside ? QPointF(room.right() + 4, qMax(0.0, target.top()))
                                  : target.topLeft() + QPointF(8, 8);
        MapLegend::paint(&painter, at, layers, raster, true);
    }
    painter.end();
    return image;
}

Result<QByteArray> MapRenderer::renderPng(Workspace& ws, QSize size, const MapLayers& layers,
                                          const HotspotOptions& hotspots)
{
    auto image = render(ws, size, layers, hotspots);
    if (!image)
        return image.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image->save(&buffer, "PNG");
    return bytes;
}

} // namespace proxima
