#pragma once

#include "core/common/Result.h"
#include "core/model/CaseMeasure.h"

namespace proxima {

class Workspace;

/// Values of measures counted from incidents, computed on demand from the incident data.
class MeasureValues
{
public:
    /// The measure with its values filled in: for source Incidents, the baseline and every follow-up are counted
    /// in the measure's area, and the comparison and displacement values in those areas (when set) over the same
    /// periods. A manual measure is returned unchanged.
    static Result<CaseMeasure> resolve(const Workspace& ws, const CaseMeasure& measure);
};

} // namespace proxima
