#pragma once

#include "core/storage/repositories/MapPinQueries.h"

namespace proxima {

/// Which layers of the neighbourhood map are shown.
struct MapLayers
{
    bool cases = true;
    bool concerns = true;
    bool incidents = true;
    bool hotspots = false;
};

/// How the hotspot layer is computed.
struct HotspotOptions
{
    enum class Method { KernelDensity, GridCounts };
    Method method = Method::KernelDensity;
    double cellMetres = 10;        ///< raster cell (grid counts: the counting cell)
    double bandwidthMetres = 120;  ///< kernel radius (kernel density only)
    bool fromIncidents = true;
    bool fromConcerns = true;
    int classes = 5;
    MapIncidentFilter filter;         ///< which incidents (categories, period)
};

} // namespace proxima
