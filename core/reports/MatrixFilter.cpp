#include "core/reports/MatrixFilter.h"

#include <algorithm>

namespace proxima::reports {

bool MatrixFilter::acceptsDates(const ActionRow& action) const
{
    if (!hasDateRange())
        return true;
    const QDate start = action.start.isValid() ? action.start : action.due;
    const QDate due = action.due.isValid() ? action.due : action.start;
    if (!start.isValid())
        return false;
    if (to.isValid() && start > to)
        return false;
    if (from.isValid() && due < from)
        return false;
    return true;
}

ActionMatrix filterMatrix(const ActionMatrix& matrix, const MatrixFilter& filter)
{
    ActionMatrix result = matrix;
    result.groups.clear();
    for (const ProblemGroup& group : matrix.groups) {
        if (!filter.area.isEmpty() && group.area.compare(filter.area, Qt::CaseInsensitive) != 0)
            continue;
        if (!filter.caseId.isEmpty() && group.caseId != filter.caseId)
            continue;
        ProblemGroup kept = group;
        kept.actions.clear();
        for (const ActionRow& action : group.actions) {
            if (filter.acceptsDates(action))
                kept.actions << action;
        }
        if (kept.actions.isEmpty() && filter.hasDateRange())
            continue;
        result.groups << kept;
    }
    return result;
}

namespace {

// Negative when a sorts before b in ascending order; missing values are reported separately so that they stay
// last whatever the direction.
int compareDates(const QDate& a, const QDate& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool missing(const ActionRow& row, ActionSortKey key)
{
    if (key == ActionSortKey::Start)
        return !row.start.isValid();
    if (key == ActionSortKey::Due)
        return !row.due.isValid();
    if (key == ActionSortKey::Phase)
        return row.phase == ChainPhase::None;
    return false;
}

int compare(const ActionRow& a, const ActionRow& b, ActionSortKey key)
{
    switch (key) {
    case ActionSortKey::Manual: return 0;
    case ActionSortKey::Title: return a.title.localeAwareCompare(b.title);
    case ActionSortKey::Start: return compareDates(a.start, b.start);
    case ActionSortKey::Due: return compareDates(a.due, b.due);
    case ActionSortKey::Status: return int(a.status) - int(b.status);
    case ActionSortKey::Lead: return a.lead.localeAwareCompare(b.lead);
    case ActionSortKey::Phase: return int(a.phase) - int(b.phase);
    case ActionSortKey::PoliceHours: return a.policeHours < b.policeHours ? -1 : (b.policeHours < a.policeHours);
    case ActionSortKey::Euros: return a.euros < b.euros ? -1 : (b.euros < a.euros);
    }
    return 0;
}

} // namespace

void sortActions(ProblemGroup& group, ActionSortKey key, bool ascending)
{
    if (key == ActionSortKey::Manual)
        return;
    std::stable_sort(group.actions.begin(), group.actions.end(), [&](const ActionRow& a, const ActionRow& b) {
        const bool missingA = missing(a, key);
        const bool missingB = missing(b, key);
        if (missingA || missingB)
            return !missingA && missingB;
        const int order = compare(a, b, key);
        return ascending ? order < 0 : order > 0;
    });
}

void sortActions(ActionMatrix& matrix, ActionSortKey key, bool ascending)
{
    for (ProblemGroup& group : matrix.groups)
        sortActions(group, key, ascending);
}

void sortGroupsByPriority(ActionMatrix& matrix)
{
    std::stable_sort(matrix.groups.begin(), matrix.groups.end(), [](const ProblemGroup& a, const ProblemGroup& b) {
        const bool unsetA = a.priority <= 0;
        const bool unsetB = b.priority <= 0;
        if (unsetA || unsetB)
            return !unsetA && unsetB;
        return a.priority < b.priority;
    });
}

} // namespace proxima::reports
