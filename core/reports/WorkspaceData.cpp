#include "core/reports/WorkspaceData.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/MemberRepository.h"

namespace proxima::reports {

namespace {

template <typename T> Status take(Result<T> result, T& target)
{
    if (!result)
        return result.error();
    target = std::move(result).value();
    return {};
}

template <typename T> const T* findById(const QList<T>& records, qint64 id)
{
    for (const T& record : records) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

} // namespace

Result<WorkspaceData> WorkspaceData::load(Workspace& ws)
{
    WorkspaceData data;
    data.workspaceName = ws.name();
    if (Status s = take(AreaRepository(ws).list(), data.areas); !s)
        return s.error();
    if (Status s = take(CaseRepository(ws).list(), data.cases); !s)
        return s.error();
    if (Status s = take(ActionRepository(ws).listAll(), data.actions); !s)
        return s.error();
    if (Status s = take(MemberRepository(ws).list(), data.members); !s)
        return s.error();
    if (Status s = take(MeetingRepository(ws).list(), data.meetings); !s)
        return s.error();
    if (Status s = take(MeetingActionRepository(ws).listAll(), data.agreed); !s)
        return s.error();
    return data;
}

const ProblemCase* WorkspaceData::findCase(qint64 id) const
{
    return findById(cases, id);
}

const Member* WorkspaceData::findMember(qint64 id) const
{
    return findById(members, id);
}

const Meeting* WorkspaceData::findMeeting(qint64 id) const
{
    return findById(meetings, id);
}

const ResponseAction* WorkspaceData::findAction(qint64 id) const
{
    return findById(actions, id);
}

QString WorkspaceData::areaName(const QString& typed) const
{
    for (const Area& area : areas) {
        if (area.name.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            return area.name;
    }
    return {};
}

QList<ResponseAction> WorkspaceData::actionsOfCase(qint64 caseId) const
{
    QList<ResponseAction> result;
    for (const ResponseAction& action : actions) {
        if (action.caseId == caseId)
            result << action;
    }
    return result;
}

} // namespace proxima::reports
