#pragma once

#include "core/common/Result.h"
#include "core/model/ProblemCase.h"

#include <QList>
#include <QPair>

namespace proxima {

class Workspace;

/// What to do when a save finds that another member changed the record since it was loaded.
enum class OnConflict { Report, Overwrite };

/// Reads and writes problem cases. Each write is its own short transaction and is logged.
class CaseRepository
{
public:
    explicit CaseRepository(Workspace& ws) : m_ws(ws) {}

    /// All cases, by priority (ranked first) then id.
    Result<QList<ProblemCase>> list() const;
    /// One case; ErrorCode::NotFound when it does not exist.
    Result<ProblemCase> find(qint64 id) const;
    /// Inserts a case (with its id when set, used to restore a deleted case) and returns the stored version.
    Result<ProblemCase> add(const ProblemCase& problem);
    /// Saves edits made to a version loaded at problem.revision. A newer stored revision is a Conflict error
    /// (unless told to overwrite); returns the stored version.
    Result<ProblemCase> update(const ProblemCase& problem, OnConflict policy = OnConflict::Report);
    /// Deletes a case loaded at expectedRevision (Conflict when it changed meanwhile).
    Status remove(qint64 id, int expectedRevision);
    /// Sets the priorities of several cases at once (case id, priority; 0 = unranked), as one change.
    Status setPriorities(const QList<QPair<qint64, int>>& priorities, const QString& reason);

    /// Checks the editable fields; the error names the field.
    static Status validate(const ProblemCase& problem);

private:
    Workspace& m_ws;
};

} // namespace proxima
