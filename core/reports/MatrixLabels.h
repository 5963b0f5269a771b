#pragma once

#include "core/reports/ActionMatrix.h"

#include <QString>

namespace proxima::reports {

/// The one place where the matrix enums get their display text (translatable, English source).
class MatrixLabels
{
public:
    /// Column title as printed in the table header.
    static QString column(MatrixColumn column);
    /// Triangle side; empty for None.
    static QString side(TriangleSide side);
    /// Safety-chain phase; empty for None.
    static QString phase(ChainPhase phase);
    /// Action status.
    static QString status(ActionStatus status);
    /// "Organisation (role)" joined with "; ".
    static QString partners(const QList<ActionPartner>& partners);
    /// The five phases of the chain in order (without None).
    static QList<ChainPhase> chainPhases();
    /// All statuses in order.
    static QList<ActionStatus> statuses();
};

} // namespace proxima::reports
