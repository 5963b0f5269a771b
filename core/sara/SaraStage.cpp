#include "sara/SaraStage.h"

#include <QCoreApplication>

namespace proxima::sara {

QString stageKey(SaraStage stage)
{
    switch (stage) {
    case SaraStage::Scan: return QStringLiteral("scan");
    case SaraStage::Analyse: return QStringLiteral("analyse");
    case SaraStage::Respond: return QStringLiteral("respond");
    case SaraStage::Assess: return QStringLiteral("assess");
    case SaraStage::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<SaraStage> stageFromKey(const QString& key)
{
    for (SaraStage stage : {SaraStage::Scan, SaraStage::Analyse, SaraStage::Respond, SaraStage::Assess,
                            SaraStage::Closed}) {
        if (stageKey(stage) == key)
            return stage;
    }
    return std::nullopt;
}

QString stageLabel(SaraStage stage)
{
    switch (stage) {
    case SaraStage::Scan: return QCoreApplication::translate("SaraStage", "Scan");
    case SaraStage::Analyse: return QCoreApplication::translate("SaraStage", "Analyse");
    case SaraStage::Respond: return QCoreApplication::translate("SaraStage", "Respond");
    case SaraStage::Assess: return QCoreApplication::translate("SaraStage", "Assess");
    case SaraStage::Closed: return QCoreApplication::translate("SaraStage", "Closed");
    }
    return {};
}

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

} // namespace proxima::sara
