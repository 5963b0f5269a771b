#pragma once

#include <QDate>
#include <QStringList>

namespace proxima {

/// Which recorded incidents a case looks at: those in an area, of some categories, in a period (plus the ones
/// picked by hand, kept apart). Empty parts do not restrict.
struct CaseIncidentRule
{
    qint64 caseId = 0;
    qint64 areaId = 0;          ///< 0 = every area
    QStringList categories;     ///< empty = every category
    QDate from;                 ///< invalid = no lower bound
    QDate to;                   ///< invalid = no upper bound (inclusive)
    int revision = 0;           ///< 0 = no rule stored yet

    /// True when the rule restricts nothing (every incident matches).
    bool isEmpty() const { return areaId == 0 && categories.isEmpty() && !from.isValid() && !to.isValid(); }
    bool operator==(const CaseIncidentRule&) const = default;
};

} // namespace proxima
