#pragma once

#include "core/common/Result.h"
#include "core/model/Community.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

// A repository of the community side (schema 8), of the same shape as the others of the workspace: list/find, add
// (with its id when set, to restore a removed record), update against the revision it was loaded at (Conflict when
// changed meanwhile, unless OnConflict::Overwrite), remove at an expected revision. Every write is one transaction
// and one change-log entry; entries about key people never name them in the change log.
/// The outreach log, with the groups reached, who took part and the follow-ups (saved with the activity).
class OutreachRepository
{
public:
    explicit OutreachRepository(Workspace& ws) : m_ws(ws) {}

    /// All activities, newest first.
    Result<QList<OutreachActivity>> list() const;
    Result<OutreachActivity> find(qint64 id) const;
    Result<OutreachActivity> add(const OutreachActivity& activity);
    Result<OutreachActivity> update(const OutreachActivity& activity, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const OutreachActivity& activity);

private:
    Workspace& m_ws;
};

} // namespace proxima
