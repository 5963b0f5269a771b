#pragma once

#include "ui/budget/BudgetOutcome.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QTableView;
class QThread;

namespace proxima {

class BudgetProposalModel;
class BudgetResultsPanel;
class WorkspaceSession;

/// Participatory resource budgeting: pick a round, try capacities (sliders, live what-if of all six rules),
/// edit proposals and constraints, compare the rules' allocations, print the allocation sheet, accept one.
class BudgetPage : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~BudgetPage() override;

    /// Reloads rounds and the current round from the workspace.
    void reload();
    qint64 currentRoundId() const { return m_round.id; }
    const BudgetRound& round() const { return m_round; }
    void selectRound(qint64 roundId);
    /// Sets a what-if capacity (the slider and spin box follow) and schedules a recomputation.
    void setWhatIfCapacity(int pool, double value);
    /// The what-if capacity text of a pool.
    QString whatIfCapacity(int pool) const;
    /// Saves the what-if capacities as the round's capacities (undoable).
    void saveCapacities();
    /// True while rules are being computed or a recomputation is scheduled.
    bool isComputing() const;
    const BudgetOutcomes& outcomes() const { return m_outcomes; }
    BudgetProposalModel* proposalModel() const { return m_proposals; }
    BudgetResultsPanel* results() const { return m_results; }

    /// Accepts the allocation of a rule (undoable); false when the rule has no outcome.
    bool acceptAllocation(budgeting::BudgetRule rule);
    /// Writes the allocation sheet of a rule as PDF.
    Status exportSheet(const QString& path, budgeting::BudgetRule rule);
    /// Imports a .pb file as a new round (undoable) and shows it.
    Status importPabulib(const QString& path);
    /// Takes the round's support from the ballots of a closed voting session (undoable); false when refused.
    bool supportFromVotingSession(qint64 sessionId);
    /// Exports the current round as .pb.
    Status exportPabulib(const QString& path);
    /// Adds one proposal per action of the cases in Respond not yet in the round (undoable); returns how many.
    int createProposalsFromActions();
    /// Adds a constraint between two proposals (rows of the proposal table), undoable.
    bool addConstraint(int firstRow, int secondRow, bool dependsOn);
    /// Starts a new round with three empty pools (undoable) and shows it; its id, or 0 when it was refused.
    qint64 newRound();
    /// Sets the round's period (invalid dates: none), undoable; false (and the error reported, naming the field)
    /// when it ends before it starts or nothing changes.
    bool setPeriod(const QDate& from, const QDate& to);
    /// Exports the current round as .pb with the costs and budget of one pool (by id); an error names a missing pool.
    Status exportPabulib(const QString& path, qint64 poolId);

signals:
    /// A recomputation finished and the results are shown.
    void outcomesReady();

private:
    void buildUi();
    void showRound(const BudgetRound& round);
    void rebuildPools();
    void rebuildConstraints();
    void scheduleCompute();
    void startCompute();
    void computeFinished();
    void pushEdit(const BudgetRound& after, const QString& description);
    qint64 addRound(const BudgetRound& round, const QString& description);
    void renameRound();
    void periodEdited();
    void removeSelectedConstraint();
    void printPreview();
    void chooseSheetPath();
    void choosePabulibImport();
    void chooseVotingSession();
    void choosePabulibExport();
    budgeting::BudgetInstance whatIfInstance() const;
    budgeting::BudgetRule selectedRule() const;

    WorkspaceSession& m_session;
    BudgetRound m_round;
    QList<QString> m_whatIf;
    BudgetOutcomes m_outcomes;

    QComboBox* m_roundBox = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_periodFrom = nullptr;
    QDateEdit* m_periodTo = nullptr;
    QGridLayout* m_poolsLayout = nullptr;
    QWidget* m_poolsBox = nullptr;
    QList<QSlider*> m_sliders;
    QList<QDoubleSpinBox*> m_spins;
    QTableView* m_proposalTable = nullptr;
    BudgetProposalModel* m_proposals = nullptr;
    QListWidget* m_constraints = nullptr;
    QComboBox* m_first = nullptr;
    QComboBox* m_constraintKind = nullptr;
    QComboBox* m_second = nullptr;
    BudgetResultsPanel* m_results = nullptr;
    QComboBox* m_ruleBox = nullptr;
    QLabel* m_status = nullptr;

    QTimer m_debounce;
    QThread* m_thread = nullptr;
    std::shared_ptr<BudgetOutcomes> m_pending;
    bool m_recomputeAgain = false;
    bool m_updatingControls = false;
};

} // namespace proxima
