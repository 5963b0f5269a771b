#include "core/sara/ProcessEvaluation.h"

#include <QCoreApplication>

#include <cmath>

namespace proxima::sara {

ProcessSummary evaluateProcess(const QList<ActionProgress>& actions, QDate today)
{
    ProcessSummary s;
    s.total = int(actions.size());
    for (const ActionProgress& action : actions) {
        switch (action.status) {
        case ActionStatus::Planned: ++s.planned; break;
        case ActionStatus::InProgress: ++s.inProgress; break;
        case ActionStatus::Done: ++s.done; break;
        case ActionStatus::Dropped: ++s.dropped; break;
        }
        const bool open = action.status == ActionStatus::Planned || action.status == ActionStatus::InProgress;
        if (open && action.due && action.due->isValid() && *action.due < today)
            ++s.overdue;
    }
    const int counted = s.total - s.dropped;   // dropped actions were a decision, not a failure to deliver
    if (counted == 0) {
        s.shareDone = Figure{std::nullopt, QCoreApplication::translate("ProcessEvaluation", "no actions to count")};
        s.summary = s.total == 0 ? QCoreApplication::translate("ProcessEvaluation", "No actions yet")
                                 : QCoreApplication::translate("ProcessEvaluation", "All actions were dropped");
        return s;
    }
    const double share = double(s.done) / double(counted);
    s.shareDone = Figure{share, {}};
    s.onTrack = s.overdue == 0;
    s.summary = QCoreApplication::translate("ProcessEvaluation", "%1 of %2 actions done (%3%), %4 overdue")
                    .arg(s.done)
                    .arg(counted)
                    .arg(int(std::lround(share * 100)))
                    .arg(s.overdue);
    return s;
}

} // namespace proxima::sara
