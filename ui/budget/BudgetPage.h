#pragma once

#include "ui/budget/BudgetOutcome.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace proxima {

class BudgetDocumentActions;
class BudgetProposalModel;
class BudgetResultsPanel;
class BudgetRoundEditor;
class BudgetWhatIfRunner;
class WorkspaceSession;

/// Participatory resource budgeting: the round editor (round, capacities, proposals, constraints) above, the
/// outcomes of all six rules on its what-if capacities below (computed by the what-if runner off the UI thread),
/// and a bar to print the allocation sheet of a rule or accept its allocation.
class BudgetPage : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~BudgetPage() override;

    BudgetRoundEditor* editor() const { return m_editor; }
    BudgetWhatIfRunner* runner() const { return m_runner; }
    BudgetDocumentActions* documents() const { return m_documents; }
    BudgetResultsPanel* results() const { return m_results; }

    /// Reloads rounds and the current round from the workspace.
    void reload();
    qint64 currentRoundId() const;
    const BudgetRound& round() const;
    void selectRound(qint64 roundId);
    /// Sets a what-if capacity (the slider and spin box follow) and schedules a recomputation.
    void setWhatIfCapacity(int pool, double value);
    /// The what-if capacity text of a pool.
    QString whatIfCapacity(int pool) const;
    /// Saves the what-if capacities as the round's capacities (undoable).
    void saveCapacities();
    /// True while rules are being computed or a recomputation is scheduled.
    bool isComputing() const;
    const BudgetOutcomes& outcomes() const;
    BudgetProposalModel* proposalModel() const;

    /// Accepts the allocation of a rule (undoable); false when the rule has no outcome or the workspace refused it.
    bool acceptAllocation(budgeting::BudgetRule rule);
    /// Writes the allocation sheet of a rule as PDF.
    Status exportSheet(const QString& path, budgeting::BudgetRule rule);
    /// Imports a .pb file as a new round (undoable) and shows it.
    Status importPabulib(const QString& path);
    /// Takes the round's support from the ballots of a closed voting session (undoable); false when refused.
    bool supportFromVotingSession(qint64 sessionId);
    /// Exports the current round as .pb; with a pool (by id) its capacity and costs are the budget and the costs,
    /// and an error names a missing pool.
    Status exportPabulib(const QString& path, std::optional<qint64> poolId = {});
    /// Adds one proposal per action of the cases in Respond not yet in the round (undoable); returns how many.
    int createProposalsFromActions();
    /// Adds a constraint between two proposals (rows of the proposal table), undoable.
    bool addConstraint(int firstRow, int secondRow, bool dependsOn);
    /// Starts a new round with three empty pools (undoable); its id, or 0 when the workspace refused it.
    qint64 newRound();
    /// Sets the round's period (invalid dates: none), undoable; false (and the error reported, naming the field)
    /// when it ends before it starts or nothing changes.
    bool setPeriod(const QDate& from, const QDate& to);

signals:
    /// A recomputation finished and the results are shown.
    void outcomesReady();

private:
    QWidget* buildActionBar();
    budgeting::BudgetRule selectedRule() const;

    WorkspaceSession& m_session;
    BudgetRoundEditor* m_editor = nullptr;
    BudgetWhatIfRunner* m_runner = nullptr;
    BudgetDocumentActions* m_documents = nullptr;
    BudgetResultsPanel* m_results = nullptr;
    QComboBox* m_ruleBox = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace proxima
