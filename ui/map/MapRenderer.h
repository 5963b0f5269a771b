#pragma once

#include "core/common/Result.h"
#include "ui/map/MapLayers.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace proxima {

class Workspace;

/// Renders the workspace's map to an image for documents (handover pack, case report): the plan fitted into
/// size (aspect kept, white margins), the chosen layers and, when any layer is shown, the legend in a corner.
class MapRenderer
{
public:
    /// The map as an image of exactly size pixels; an error when there is no map or the workspace cannot be read.
    static Result<QImage> render(Workspace& ws, QSize size, const MapLayers& layers,
                                 const HotspotOptions& hotspots = {});
    /// The same, encoded as PNG bytes.
    static Result<QByteArray> renderPng(Workspace& ws, QSize size, const MapLayers& layers,
                                        const HotspotOptions& hotspots = {});
};

} // namespace proxima
