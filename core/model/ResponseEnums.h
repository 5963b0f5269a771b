#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace proxima {

/// Side of the problem analysis triangle an action works on: the inner triangle (offender, victim, place) and
/// the controllers of each (handler of the offender, guardian of the victim, manager of the place).
enum class TriangleSide { None, Offender, Victim, Place, Handler, Guardian, Manager };

/// Phase of the safety chain ("veiligheidsketen") used in Belgian and Dutch integral-safety plans.
enum class ChainPhase { None, ProAction, Prevention, Preparation, Response, Aftercare };

/// Stable storage key ("", "offender", ...).
QString triangleSideKey(TriangleSide side);
std::optional<TriangleSide> triangleSideFromKey(const QString& key);
/// Translated label; empty for None.
QString triangleSideLabel(TriangleSide side);
/// The six sides, inner triangle first.
QList<TriangleSide> triangleSides();

/// Stable storage key ("", "proaction", "prevention", ...).
QString chainPhaseKey(ChainPhase phase);
std::optional<ChainPhase> chainPhaseFromKey(const QString& key);
/// Translated label; empty for None.
QString chainPhaseLabel(ChainPhase phase);
/// The five phases in chain order.
QList<ChainPhase> chainPhases();

} // namespace proxima
