#pragma once

#include <QString>

#include <optional>

namespace proxima::sara {

/// Stages of a SARA case, in order. Closed follows Assess.
enum class SaraStage { Scan, Analyse, Respond, Assess, Closed };

/// Status of one action of a response plan.
enum class ActionStatus { Planned, InProgress, Done, Dropped };

/// Stable untranslated key for storage ("scan", "analyse", ...).
QString stageKey(SaraStage stage);
/// Stage of a stored key; empty for an unknown key.
std::optional<SaraStage> stageFromKey(const QString& key);
/// Translated label.
QString stageLabel(SaraStage stage);

/// Stable untranslated key for storage ("planned", "in_progress", "done", "dropped").
QString actionStatusKey(ActionStatus status);
/// Status of a stored key; empty for an unknown key.
std::optional<ActionStatus> actionStatusFromKey(const QString& key);
/// Translated label.
QString actionStatusLabel(ActionStatus status);

} // namespace proxima::sara
