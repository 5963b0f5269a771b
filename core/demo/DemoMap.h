#pragma once

#include "core/common/Result.h"
#include "core/sara/LocalProjection.h"

#include <QByteArray>

namespace proxima {

class Workspace;

/// The demo's neighbourhood plan: an SVG of Saint-Roch stored as the workspace map, georeferenced on four
/// landmarks of DemoGeography, with the base demo's cases placed at their places.
class DemoMap
{
public:
    /// Stores the plan, its control points and the cases' pins; call inside the demo's write transaction, after
    /// the cases were added.
    static Status fill(Workspace& ws);
    /// The plan's SVG bytes (from the :/demo resource).
    static QByteArray svg();
    /// Pixel of a ground position on the plan (the plan is drawn with this linear mapping).
    static sara::PlanePoint pixelOf(double lat, double lon);
};

} // namespace proxima
