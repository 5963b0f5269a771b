#include "core/model/ActionStatus.h"

#include <QCoreApplication>
#include <QList>

namespace proxima {

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return QStringLiteral("planned");
    case ActionStatus::InProgress: return QStringLiteral("in_progress");
    case ActionStatus::Done: return QStringLiteral("done");
    case ActionStatus::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

std::optional<ActionStatus> actionStatusFromKey(const QString& key)
{
    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped}) {
        if (actionStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return QCoreApplication::translate("ActionStatus", "Planned");
    case ActionStatus::InProgress: return QCoreApplication::translate("ActionStatus", "In progress");
    case ActionStatus::Done: return QCoreApplication::translate("ActionStatus", "Done");
    case ActionStatus::Dropped: return QCoreApplication::translate("ActionStatus", "Dropped");
    }
    return {};
}

QList<ActionStatus> allActionStatuses()
{
    return {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped};
}

} // namespace proxima
