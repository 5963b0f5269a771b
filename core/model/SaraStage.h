#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

/// The stages of a problem case in the SARA model, in order.
enum class SaraStage { Scan, Analyse, Respond, Assess, Closed };

/// Stable key stored in the workspace ("scan", "analyse", ...).
QString stageKey(SaraStage stage);
/// Parses a stored key or a user-typed name in EN/FR/NL, case-insensitive.
std::optional<SaraStage> stageFromText(const QString& text);
/// Translated label for display.
QString stageLabel(SaraStage stage);
/// All stages in order.
QList<SaraStage> allStages();
/// The keys of all stages, for help texts.
QStringList stageKeys();

} // namespace proxima
