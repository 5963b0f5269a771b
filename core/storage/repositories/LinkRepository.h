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
/// The relationship register.
class LinkRepository
{
public:
    explicit LinkRepository(Workspace& ws) : m_ws(ws) {}

    /// All links, by member then last contact (oldest first).
    Result<QList<RelationshipLink>> list() const;
    Result<RelationshipLink> find(qint64 id) const;
    Result<RelationshipLink> add(const RelationshipLink& link);
    Result<RelationshipLink> update(const RelationshipLink& link, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);

    /// Exactly one of group and key person; a member; since not after last contact.
    static Status validate(const RelationshipLink& link);

private:
    Workspace& m_ws;
};

} // namespace proxima
