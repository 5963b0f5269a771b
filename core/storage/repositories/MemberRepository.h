#pragma once

#include "core/common/Result.h"
#include "core/model/Member.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the CoPmittee roster.
class MemberRepository
{
public:
    explicit MemberRepository(Workspace& ws) : m_ws(ws) {}

    /// All members, by name.
    Result<QList<Member>> list() const;
    /// One member; ErrorCode::NotFound when absent.
    Result<Member> find(qint64 id) const;
    /// Inserts a member (with its id when set, to restore a removed one); returns the stored version.
    Result<Member> add(const Member& member);
    /// Saves edits made to the version loaded at member.revision (Conflict when changed meanwhile).
    Result<Member> update(const Member& member, OnConflict policy = OnConflict::Report);
    /// Removes a member loaded at expectedRevision; cases they led keep no lead.
    Status remove(qint64 id, int expectedRevision);

    /// Checks the editable fields; the error names the field.
    static Status validate(const Member& member);

private:
    Workspace& m_ws;
};

} // namespace proxima
