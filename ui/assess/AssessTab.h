#pragma once

#include "ui/cases/CaseTab.h"
#include "core/model/CaseAssessment.h"
#include "core/model/CaseMeasure.h"
#include "ui/widgets/ConflictDialog.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace proxima {

class BeforeAfterChart;
class MeasureTableModel;
class WorkspaceSession;

/// Assess: the case's measures before and after with a chart, the computed changes, the displacement check,
/// the process evaluation from the action statuses, and the outcome with the lesson learned. Every edit is
/// undoable; a save over another member's change asks first.
class AssessTab : public CaseTab
{
    Q_OBJECT
public:
    explicit AssessTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    bool hasUnsavedEdits() const override;

    MeasureTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    BeforeAfterChart* chart() const { return m_chart; }
    QLabel* figuresLabel() const { return m_figures; }
    QLabel* displacementLabel() const { return m_displacement; }
    QLabel* processLabel() const { return m_process; }

    /// Adds a measure to the shown case through the undo stack and selects it; returns its id or 0.
    qint64 addMeasure(CaseMeasure measure);
    /// Saves an edited measure through the undo stack, asking when another member saved it meanwhile.
    bool saveMeasure(const CaseMeasure& before, const CaseMeasure& after);
    /// Deletes a measure through the undo stack.
    bool removeMeasure(qint64 measureId);
    /// Selects a measure (its chart and figures are shown).
    void selectMeasure(qint64 measureId);
    /// The selected measure's id (0 = none).
    qint64 selectedMeasureId() const;

    /// The outcome form as edited.
    CaseAssessment editedAssessment() const;
    /// Saves the outcome form through the undo stack; false when refused or cancelled.
    bool saveAssessment();

    /// Replaces the conflict question (tests answer it without a dialog).
    void setConflictResolver(std::function<ConflictChoice(const QString& what, const QString& theirs,
                                                          const QString& mine)> resolver);

private:
    QWidget* buildMeasures();
    QWidget* buildOutcome();
    void reload(bool includingForm);
    void loadForm(const CaseAssessment& assessment);
    void showSelectedMeasure();
    void showProcess();
    void updateDirty();
    void editSelected();
    const CaseMeasure* storedMeasure(qint64 id) const;

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    QList<CaseMeasure> m_stored;   // as saved (incident-based values not filled in)
    CaseAssessment m_loaded;
    bool m_loading = false;
    MeasureTableModel* m_model;
    QTableView* m_view;
    BeforeAfterChart* m_chart;
    QLabel* m_heading;
    QLabel* m_figures;
    QLabel* m_displacement;
    QLabel* m_process;
    QPushButton* m_addMeasure;
    QPushButton* m_editMeasure;
    QPushButton* m_removeMeasure;
    QComboBox* m_outcome;
    QPlainTextEdit* m_lesson;
    QPlainTextEdit* m_processNotes;
    QLineEdit* m_noMeasureReason;
    QPushButton* m_save;
    QPushButton* m_revert;
    std::function<ConflictChoice(const QString&, const QString&, const QString&)> m_conflictResolver;
};

} // namespace proxima
