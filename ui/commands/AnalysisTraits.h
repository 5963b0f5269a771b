#pragma once

#include "core/model/AffectedGroup.h"
#include "core/model/CaseAnalysis.h"
#include "core/model/Hypothesis.h"
#include "core/storage/repositories/AnalysisRepository.h"

#include <QCoreApplication>

namespace proxima {

// The Analyse records for the record commands (RecordCommands.h). AnalysisRepository keeps three kinds of
// records; these small adapters give each the add/update/remove the commands call.

/// The triangle of a case (one per case; only edited, never added or removed).
struct AnalysisTraits
{
    using Record = CaseAnalysis;
    struct Repository
    {
        explicit Repository(Workspace& ws) : repo(ws) {}
        Result<CaseAnalysis> update(const CaseAnalysis& a) { return repo.save(a); }
        AnalysisRepository repo;
    };
    static constexpr ChangeKind kind = ChangeKind::Analysis;
    static QString entity() { return QStringLiteral("analysis"); }
    static QString describe(const CaseAnalysis&) { return QCoreApplication::translate("Commands", "analysis"); }
};

/// Hypotheses of a case.
struct HypothesisTraits
{
    using Record = Hypothesis;
    struct Repository
    {
        explicit Repository(Workspace& ws) : repo(ws) {}
        Result<Hypothesis> add(const Hypothesis& h) { return repo.addHypothesis(h); }
        Result<Hypothesis> update(const Hypothesis& h) { return repo.updateHypothesis(h); }
        Status remove(qint64 id, int revision) { return repo.removeHypothesis(id, revision); }
        AnalysisRepository repo;
    };
    static constexpr ChangeKind kind = ChangeKind::Hypothesis;
    static QString entity() { return QStringLiteral("hypothesis"); }
    static QString table() { return QStringLiteral("hypotheses"); }
    static QString describe(const Hypothesis& h)
    {
        return QCoreApplication::translate("Commands", "hypothesis \"%1\"").arg(h.text);
    }
};

/// People and groups affected by a case's problem.
struct AffectedGroupTraits
{
    using Record = AffectedGroup;
    struct Repository
    {
        explicit Repository(Workspace& ws) : repo(ws) {}
        Result<AffectedGroup> add(const AffectedGroup& g) { return repo.addGroup(g); }
        Result<AffectedGroup> update(const AffectedGroup& g) { return repo.updateGroup(g); }
        Status remove(qint64 id, int revision) { return repo.removeGroup(id, revision); }
        AnalysisRepository repo;
    };
    static constexpr ChangeKind kind = ChangeKind::AffectedGroup;
    static QString entity() { return QStringLiteral("affected_group"); }
    static QString table() { return QStringLiteral("affected_groups"); }
    static QString describe(const AffectedGroup& g)
    {
        return QCoreApplication::translate("Commands", "affected group \"%1\"").arg(g.name);
    }
};

} // namespace proxima
