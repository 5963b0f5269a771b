#pragma once

#include "core/common/Result.h"
#include "core/model/Concern.h"
#include "core/model/ProblemCase.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the concerns raised in the neighbourhood, and groups them into problem cases.
class ConcernRepository
{
public:
    explicit ConcernRepository(Workspace& ws) : m_ws(ws) {}

    /// Every concern, newest first (then by id).
    Result<QList<Concern>> listAll() const;
    /// The concerns grouped into one case (caseId 0: those in no case yet), newest first.
    Result<QList<Concern>> listForCase(qint64 caseId) const;
    /// One concern; ErrorCode::NotFound when absent.
    Result<Concern> find(qint64 id) const;
    /// Inserts a concern (with its id when set, to restore a deleted one); raisedOn defaults to today.
    Result<Concern> add(const Concern& concern);
    /// Saves a concern loaded at concern.revision (Conflict when changed meanwhile).
    Result<Concern> update(const Concern& concern, OnConflict policy = OnConflict::Report);
    /// Deletes a concern loaded at expectedRevision.
    Status remove(qint64 id, int expectedRevision);
    /// Puts a concern loaded at expectedRevision into another case (0 = none); returns the stored version.
    Result<Concern> moveToCase(qint64 id, qint64 caseId, int expectedRevision);

    /// Creates a case from some concerns (one transaction): the case is added, then each concern moved into it.
    /// Every concern must exist; returns the new case.
    Result<ProblemCase> splitIntoNewCase(const ProblemCase& newCase, const QList<qint64>& concernIds);

    /// Checks the editable fields; the error names the field.
    static Status validate(const Concern& concern);

private:
    Result<QList<Concern>> select(const QString& where, const QVariantList& bindings) const;

    Workspace& m_ws;
};

} // namespace proxima
