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
/// Points of convergence and community resources, with the groups that use them.
class PlaceRepository
{
public:
    explicit PlaceRepository(Workspace& ws) : m_ws(ws) {}

    /// All places, by name.
    Result<QList<CommunityPlace>> list() const;
    Result<CommunityPlace> find(qint64 id) const;
    Result<CommunityPlace> add(const CommunityPlace& place);
    Result<CommunityPlace> update(const CommunityPlace& place, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const CommunityPlace& place);

private:
    Workspace& m_ws;
};

} // namespace proxima
