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
/// Groups and communities, with their needs (saved with the group).
class GroupRepository
{
public:
    explicit GroupRepository(Workspace& ws) : m_ws(ws) {}

    /// All groups, by name.
    Result<QList<CommunityGroup>> list() const;
    Result<CommunityGroup> find(qint64 id) const;
    Result<CommunityGroup> add(const CommunityGroup& group);
    Result<CommunityGroup> update(const CommunityGroup& group, OnConflict policy = OnConflict::Report);
    /// Removes a group with its needs, key people and their links; places and activities stay.
    Status remove(qint64 id, int expectedRevision);
    /// Number of groups.
    Result<int> count() const;

    /// Checks the editable fields; the error names the field.
    static Status validate(const CommunityGroup& group);

private:
    Workspace& m_ws;
};

} // namespace proxima
