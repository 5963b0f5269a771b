#pragma once

#include "core/model/CaseMeasure.h"
#include "core/sara/ProcessEvaluation.h"

#include <QString>

namespace proxima {

/// The computed figures of a resolved measure in words (change, percentage, target, comparison), as HTML.
QString measureFiguresHtml(const CaseMeasure& measure);
/// The displacement check of a resolved measure: the WDQ from the case area, the nearby area and the comparison
/// area, with its plain-language reading, or what is missing to compute it; as HTML.
QString displacementHtml(const CaseMeasure& measure);
/// The process evaluation in words, as HTML.
QString processHtml(const sara::ProcessSummary& summary);

} // namespace proxima
