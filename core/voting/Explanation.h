#pragma once

#include "core/voting/TallyOptions.h"

#include <QString>

namespace proxima::voting {

/// A short plain-language paragraph telling a resident how the method counts, with the chosen options.
QString explainMethod(Method method, const TallyOptions& options = TallyOptions());
/// A plain-language sentence on how ties are handled under the chosen tie-break rule.
QString explainTieBreak(const TieBreak& tieBreak);
/// The conventions shared by the ranked methods (unranked candidates, equal rankings), in plain language.
QString explainRankedConventions(UnrankedRule unranked);

} // namespace proxima::voting
