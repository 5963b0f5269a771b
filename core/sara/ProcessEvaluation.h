#pragma once

#include "core/sara/Assessment.h"
#include "core/model/ActionStatus.h"
#include "core/model/SaraStage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace proxima::sara {

/// One action of a response plan, as far as progress is concerned.
struct ActionProgress
{
    ActionStatus status = ActionStatus::Planned;
    std::optional<QDate> due;
};

/// Was the response carried out as planned?
struct ProcessSummary
{
    int total = 0;
    int planned = 0;
    int inProgress = 0;
    int done = 0;
    int dropped = 0;
    int overdue = 0;      ///< planned or in progress with a due date before today
    Figure shareDone;     ///< done / (total - dropped), 0..1
    bool onTrack = false; ///< at least one action still counts and none is overdue
    QString summary;      ///< e.g. "2 of 3 actions done (67%), 1 overdue", translated
};

/// Process evaluation on a given day (injected, so results do not depend on the clock).
ProcessSummary evaluateProcess(const QList<ActionProgress>& actions, QDate today);

} // namespace proxima::sara
