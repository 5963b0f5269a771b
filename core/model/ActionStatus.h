#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace proxima {

/// Status of one action of a response plan.
enum class ActionStatus { Planned, InProgress, Done, Dropped };

/// Stable untranslated key for storage ("planned", "in_progress", "done", "dropped").
QString actionStatusKey(ActionStatus status);
/// Status of a stored key; empty for an unknown key.
std::optional<ActionStatus> actionStatusFromKey(const QString& key);
/// Translated label.
QString actionStatusLabel(ActionStatus status);
/// All statuses in workflow order.
QList<ActionStatus> allActionStatuses();

} // namespace proxima
