#pragma once

#include "core/model/ActionStatus.h"

#include <QColor>

namespace proxima {

/// The colour of an action's status, the same in the plan table and on the timeline.
QColor actionStatusColor(ActionStatus status);

} // namespace proxima
