#pragma once

#include "ui/map/MapContent.h"
#include "ui/map/MapLayers.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace proxima {

/// The hotspot layer as drawn: a colour-ramp raster over the plan and the class breaks of its legend.
struct HotspotRaster
{
    QImage image;              ///< one pixel per cell, transparent where there is nothing
    QRectF rect;               ///< where the image goes, in map pixels
    bool smooth = false;       ///< kernel density is drawn smoothed, grid counts as crisp cells
    QList<double> breaks;      ///< upper bounds of the classes, in legend units
    QString title;             ///< legend title, e.g. "Incidents and concerns per km²"
    int points = 0;            ///< how many points went in
    QString problem;           ///< why nothing could be computed (empty when fine)

    bool isEmpty() const { return breaks.isEmpty(); }

    /// Computes the layer over the plan from the drawable incidents and/or concerns of content.
    static HotspotRaster compute(const MapContent& content, const HotspotOptions& options);
    /// The colour ramp (light yellow to dark red) for n classes, opaque.
    static QList<QColor> ramp(int classes);
    /// Opacity of the raster over the plan.
    static constexpr int Alpha = 165;
};

} // namespace proxima
