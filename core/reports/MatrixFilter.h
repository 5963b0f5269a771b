#pragma once

#include "core/reports/ActionMatrix.h"

#include <QDate>
#include <QString>

namespace proxima::reports {

/// Which part of the plan to print. Empty fields and invalid dates do not restrict.
struct MatrixFilter
{
    QString area;      ///< Keep problems of this area (case-insensitive); empty = all.
    QString caseId;    ///< Keep only this problem; empty = all.
    QDate from;        ///< Keep actions whose start..due overlaps from..to.
    QDate to;

    /// True when the action's period overlaps the date range (an action without any date never does,
    /// unless no range is set). A missing start or due stands for the other one.
    bool acceptsDates(const ActionRow& action) const;
    bool hasDateRange() const { return from.isValid() || to.isValid(); }
};

/// What actions are sorted on inside their group.
enum class ActionSortKey { Manual, Title, Start, Due, Status, Lead, Phase, PoliceHours, Euros };

/// The matrix with only the problems and actions the filter accepts, in their order. With a date range, problems
/// without any action in it are left out; without one, problems without actions stay.
ActionMatrix filterMatrix(const ActionMatrix& matrix, const MatrixFilter& filter);

/// Stable sort of the actions of one group; rows without a value (empty date) go last in both directions.
void sortActions(ProblemGroup& group, ActionSortKey key, bool ascending = true);

/// Stable sort of every group's actions.
void sortActions(ActionMatrix& matrix, ActionSortKey key, bool ascending = true);

/// Stable sort of the groups by priority (1 first); priorities of 0 or less mean "unset" and go last.
void sortGroupsByPriority(ActionMatrix& matrix);

} // namespace proxima::reports
