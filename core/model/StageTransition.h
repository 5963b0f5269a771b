#pragma once

#include "core/model/SaraStage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace proxima {

/// One recorded stage move of a case: who moved it when, and, when the checklist was not met, what was missing
/// and why the user moved it anyway.
struct StageTransition
{
    qint64 id = 0;
    qint64 caseId = 0;
    SaraStage from = SaraStage::Scan;
    SaraStage to = SaraStage::Scan;
    QDateTime at;            ///< UTC
    QString actor;
    bool overridden = false; ///< moved forward although requirements were unmet
    QStringList unmet;       ///< texts of the unmet requirements at the time of the move
    QString reason;          ///< the user's reason for overriding
};

} // namespace proxima
