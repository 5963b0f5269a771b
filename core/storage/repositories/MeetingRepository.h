#pragma once

#include "core/common/Result.h"
#include "core/model/Meeting.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes CoPmittee meetings with their attendees and agenda.
class MeetingRepository
{
public:
    explicit MeetingRepository(Workspace& ws) : m_ws(ws) {}

    /// All meetings, newest first.
    Result<QList<Meeting>> list() const;
    /// One meeting; ErrorCode::NotFound when absent.
    Result<Meeting> find(qint64 id) const;
    /// Inserts a meeting (with its id when set) with attendees and items.
    Result<Meeting> add(const Meeting& meeting);
    /// Saves a meeting loaded at meeting.revision; attendees and items are replaced.
    Result<Meeting> update(const Meeting& meeting, OnConflict policy = OnConflict::Report);
    /// Deletes a meeting loaded at expectedRevision.
    Status remove(qint64 id, int expectedRevision);

    /// Checks the editable fields; the error names the field.
    static Status validate(const Meeting& meeting);

private:
    Result<QList<Meeting>> select(const QString& where, const QVariantList& bindings) const;
    Status writeChildren(const Meeting& meeting);

    Workspace& m_ws;
};

} // namespace proxima
