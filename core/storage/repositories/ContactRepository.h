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
/// Key people of groups. Removing one deletes it for good (secure_delete), with the links to it.
class ContactRepository
{
public:
    explicit ContactRepository(Workspace& ws) : m_ws(ws) {}

    /// All key people, by group then name.
    Result<QList<KeyContact>> list() const;
    /// The key people of one group, by name.
    Result<QList<KeyContact>> listForGroup(qint64 groupId) const;
    Result<KeyContact> find(qint64 id) const;
    Result<KeyContact> add(const KeyContact& contact);
    Result<KeyContact> update(const KeyContact& contact, OnConflict policy = OnConflict::Report);
    Status remove(qint64 id, int expectedRevision);
    Result<int> count() const;

    static Status validate(const KeyContact& contact);

private:
    Workspace& m_ws;
};

} // namespace proxima
