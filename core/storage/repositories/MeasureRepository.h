#pragma once

#include "core/common/Result.h"
#include "core/model/CaseMeasure.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the measures of the Assess stage with their follow-up periods.
class MeasureRepository
{
public:
    explicit MeasureRepository(Workspace& ws) : m_ws(ws) {}

    /// The measures of one case, in the order they were added.
    Result<QList<CaseMeasure>> listForCase(qint64 caseId) const;
    /// One measure; ErrorCode::NotFound when absent.
    Result<CaseMeasure> find(qint64 id) const;
    /// Inserts a measure (with its id when set, to restore a deleted one) and its follow-ups.
    Result<CaseMeasure> add(const CaseMeasure& measure);
    /// Saves a measure loaded at measure.revision (Conflict when changed meanwhile); follow-ups are replaced.
    Result<CaseMeasure> update(const CaseMeasure& measure, OnConflict policy = OnConflict::Report);
    /// Deletes a measure loaded at expectedRevision.
    Status remove(qint64 id, int expectedRevision);

    /// Checks the editable fields; the error names the field.
    static Status validate(const CaseMeasure& measure);

private:
    Result<QList<CaseMeasure>> select(const QString& where, const QVariantList& bindings) const;
    Status writeFollowUps(const CaseMeasure& measure);

    Workspace& m_ws;
};

} // namespace proxima
