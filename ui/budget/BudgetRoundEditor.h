#pragma once

#include "ui/budget/BudgetOutcome.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QTableView;

namespace proxima {

class BudgetCapacityPanel;
class BudgetProposalModel;
class WorkspaceSession;

/// Edits a budgeting round: which round, its name and period, its pools' what-if capacities, its proposals and the
/// constraints between them, its support and the acceptance of an allocation. Every edit is an undo command pushed
/// through the session; a command the workspace refused is never touched again.
class BudgetRoundEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetRoundEditor(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Reloads the rounds and the current round from the workspace.
    void reload();
    void selectRound(qint64 roundId);
    const BudgetRound& round() const { return m_round; }
    BudgetProposalModel* proposalModel() const { return m_proposals; }
    BudgetCapacityPanel* capacities() const { return m_capacities; }
    /// The round with the what-if capacities, as the rules see it.
    budgeting::BudgetInstance whatIfInstance() const;
    /// Adds a widget at the end of the row of round buttons.
    void addToButtonRow(QWidget* widget);

    /// Saves the what-if capacities as the round's capacities (undoable).
    void saveCapacities();
    /// Starts a new round with three empty pools (undoable) and shows it; its id, or 0 when it was refused.
    qint64 newRound();
    /// Imports a .pb file as a new round (undoable) and shows it; an error names the file, line and field.
    Status importPabulib(const QString& path);
    /// Takes the round's support from the ballots of a closed voting session (undoable); false when refused.
    bool supportFromVotingSession(qint64 sessionId);
    /// Adds one proposal per action of the cases in Respond not yet in the round (undoable); returns how many.
    int createProposalsFromActions();
    /// Adds a constraint between two proposals (rows of the proposal table), undoable.
    bool addConstraint(int firstRow, int secondRow, bool dependsOn);
    /// Sets the round's period (invalid dates: none), undoable; false (and the error reported, naming the field)
    /// when it ends before it starts or nothing changes.
    bool setPeriod(const QDate& from, const QDate& to);
    /// Accepts a rule's allocation among these outcomes (undoable); false when the rule has no outcome.
    bool acceptAllocation(const BudgetOutcomes& outcomes, budgeting::BudgetRule rule);

signals:
    /// The round shown or its what-if capacities changed: the rules must run again.
    void whatIfChanged();
    /// A line for the page's status bar.
    void statusMessage(const QString& text);

private:
    void buildUi();
    QWidget* buildConstraints();
    void showRound(const BudgetRound& round);
    void rebuildConstraints();
    void pushEdit(const BudgetRound& after, const QString& description);
    qint64 addRound(const BudgetRound& round, const QString& description);
    void renameRound();
    void periodEdited();
    void removeSelectedConstraint();
    void chooseVotingSession();
    void choosePabulibImport();

    WorkspaceSession& m_session;
    BudgetRound m_round;

    QComboBox* m_roundBox = nullptr;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_periodFrom = nullptr;
    QDateEdit* m_periodTo = nullptr;
    QHBoxLayout* m_buttonRow = nullptr;
    BudgetCapacityPanel* m_capacities = nullptr;
    QTableView* m_proposalTable = nullptr;
    BudgetProposalModel* m_proposals = nullptr;
    QListWidget* m_constraints = nullptr;
    QComboBox* m_first = nullptr;
    QComboBox* m_constraintKind = nullptr;
    QComboBox* m_second = nullptr;
    bool m_updatingControls = false;
};

} // namespace proxima
