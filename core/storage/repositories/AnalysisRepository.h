#pragma once

#include "core/common/Result.h"
#include "core/model/AffectedGroup.h"
#include "core/model/CaseAnalysis.h"
#include "core/model/Hypothesis.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QList>

namespace proxima {

class Workspace;

/// Reads and writes the Analyse stage of cases: the problem analysis triangle, the hypotheses and the groups
/// affected. Every write is one short transaction, logged, with revision numbers to detect conflicting edits.
class AnalysisRepository
{
public:
    explicit AnalysisRepository(Workspace& ws) : m_ws(ws) {}

    /// The triangle of a case; an empty one with revision 0 when nothing was written yet.
    Result<CaseAnalysis> find(qint64 caseId) const;
    /// Saves a triangle loaded at analysis.revision (0 = not stored yet). Conflict when another member saved
    /// meanwhile, unless told to overwrite. Returns the stored version.
    Result<CaseAnalysis> save(const CaseAnalysis& analysis, OnConflict policy = OnConflict::Report);

    /// The hypotheses of a case, in order.
    Result<QList<Hypothesis>> hypotheses(qint64 caseId) const;
    /// One hypothesis; ErrorCode::NotFound when absent.
    Result<Hypothesis> findHypothesis(qint64 id) const;
    /// Inserts a hypothesis (with its id when set, to restore a deleted one); position 0 puts it last.
    Result<Hypothesis> addHypothesis(const Hypothesis& hypothesis);
    /// Saves a hypothesis loaded at hypothesis.revision (Conflict when changed meanwhile).
    Result<Hypothesis> updateHypothesis(const Hypothesis& hypothesis, OnConflict policy = OnConflict::Report);
    /// Deletes a hypothesis loaded at expectedRevision.
    Status removeHypothesis(qint64 id, int expectedRevision);

    /// The groups affected by a case's problem, in the order they were added.
    Result<QList<AffectedGroup>> affectedGroups(qint64 caseId) const;
    /// One group; ErrorCode::NotFound when absent.
    Result<AffectedGroup> findGroup(qint64 id) const;
    /// Inserts a group (with its id when set).
    Result<AffectedGroup> addGroup(const AffectedGroup& group);
    /// Saves a group loaded at group.revision (Conflict when changed meanwhile).
    Result<AffectedGroup> updateGroup(const AffectedGroup& group, OnConflict policy = OnConflict::Report);
    /// Deletes a group loaded at expectedRevision.
    Status removeGroup(qint64 id, int expectedRevision);

    /// Checks a hypothesis; the error names the field.
    static Status validate(const Hypothesis& hypothesis);
    /// Checks a group; the error names the field.
    static Status validate(const AffectedGroup& group);

private:
    Result<QList<Hypothesis>> selectHypotheses(const QString& where, const QVariantList& bindings) const;
    Result<QList<AffectedGroup>> selectGroups(const QString& where, const QVariantList& bindings) const;

    Workspace& m_ws;
};

} // namespace proxima
