#pragma once

#include <QString>

#include <optional>

namespace proxima::sara {

/// What the response achieved, as judged in the Assess stage (after Eck & Spelman's "degrees of success",
/// plus the two failure outcomes).
enum class Outcome {
    ProblemEliminated,
    FewerIncidents,
    LessSeriousHarm,
    HandledBetter,
    MovedToOtherOwner,   ///< another agency or owner took the problem over
    NoChange,
    GotWorse,
};

/// Stable untranslated key for storage ("eliminated", "fewer_incidents", ...).
QString outcomeKey(Outcome outcome);
/// Outcome of a stored key; empty for an unknown key.
std::optional<Outcome> outcomeFromKey(const QString& key);
/// Translated label for screens and reports.
QString outcomeLabel(Outcome outcome);

} // namespace proxima::sara
