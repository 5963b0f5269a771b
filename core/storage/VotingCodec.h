#pragma once

#include "core/common/Result.h"
#include "core/voting/TallyOptions.h"
#include "core/voting/TallyResult.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace proxima::votingcodec {

/// "none", "method", "lottery", "method+lottery".
QString tieBreakRuleKey(voting::TieBreakRule rule);
/// The rule for a key of tieBreakRuleKey(), if it is one.
std::optional<voting::TieBreakRule> tieBreakRuleFromKey(const QString& key);

/// Every option of every method and the tie-break (seed as a decimal string, so 64 bits survive JSON).
QJsonObject optionsToJson(const voting::TallyOptions& options);
/// Options from optionsToJson(); missing keys keep their defaults. The method is set separately.
voting::TallyOptions optionsFromJson(const QJsonObject& object, voting::Method method);

/// "2|0,3|1": places separated by '|', tied candidates by ','.
QString tiersToText(const voting::Tiers& tiers);
/// Parses tiersToText() output; the error names the field "ranking".
Result<voting::Tiers> tiersFromText(const QString& text);
/// "2,0,1".
QString valuesToText(const std::vector<qint64>& values);
/// Parses valuesToText() output; the error names the field "values".
Result<std::vector<qint64>> valuesFromText(const QString& text);

} // namespace proxima::votingcodec
