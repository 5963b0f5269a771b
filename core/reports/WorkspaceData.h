#pragma once

#include "core/common/Result.h"
#include "core/model/Area.h"
#include "core/model/Meeting.h"
#include "core/model/Member.h"
#include "core/model/ProblemCase.h"
#include "core/model/ResponseAction.h"
#include "core/storage/repositories/MeetingActionRepository.h"

#include <QList>
#include <QString>

namespace proxima {
class Workspace;
}

namespace proxima::reports {

/// Everything the printed documents draw from, read from a workspace in one go. Builders that take it are pure:
/// tests fill it by hand or load it from a demo workspace.
struct WorkspaceData
{
    QString workspaceName;
    QList<Area> areas;                 ///< by name
    QList<ProblemCase> cases;          ///< by priority (ranked first), then id
    QList<ResponseAction> actions;     ///< by case, then plan order
    QList<Member> members;             ///< by name
    QList<Meeting> meetings;           ///< newest first
    QList<AgreedAction> agreed;        ///< actions agreed at meetings

    /// Reads every part from the workspace.
    static Result<WorkspaceData> load(Workspace& ws);

    /// The case with this id, or nullptr.
    const ProblemCase* findCase(qint64 id) const;
    /// The member with this id, or nullptr.
    const Member* findMember(qint64 id) const;
    /// The meeting with this id, or nullptr.
    const Meeting* findMeeting(qint64 id) const;
    /// The action with this id, or nullptr.
    const ResponseAction* findAction(qint64 id) const;
    /// The area's canonical name for a name typed in any case; empty when there is no such area.
    QString areaName(const QString& typed) const;
    /// The actions of one case, in plan order.
    QList<ResponseAction> actionsOfCase(qint64 caseId) const;
};

} // namespace proxima::reports
