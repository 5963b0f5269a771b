#pragma once

#include "ui/cases/CaseTab.h"
#include "core/model/CaseAnalysis.h"

#include <QHash>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace proxima {

class AffectedGroupTableModel;
class HypothesisTableModel;
class TriangleDiagram;
class WorkspaceSession;

/// The Analyse stage of a case: the problem analysis triangle (diagram and a text box per side), notes, the
/// hypotheses to check and the people and groups affected. The triangle is saved with "Save analysis"; table
/// edits are saved at once. Every save is an undoable command.
class AnalyseTab : public CaseTab
{
    Q_OBJECT
public:
    explicit AnalyseTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    bool hasUnsavedEdits() const override { return m_dirty; }

    /// Saves the triangle and notes through the undo stack; false when nothing was saved.
    bool saveAnalysis();
    /// The triangle with the form's values.
    CaseAnalysis edited() const;
    const CaseAnalysis& loaded() const { return m_loaded; }

    TriangleDiagram* diagram() const { return m_diagram; }
    QPlainTextEdit* sideEdit(TriangleSide side) const { return m_sideEdits.value(side); }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    HypothesisTableModel* hypotheses() const { return m_hypotheses; }
    AffectedGroupTableModel* groups() const { return m_groups; }
    QTableView* hypothesisView() const { return m_hypothesisView; }
    QTableView* groupView() const { return m_groupView; }

private:
    QWidget* buildTriangleBox();
    QWidget* buildHypothesisBox();
    QWidget* buildGroupBox();
    void load(const CaseAnalysis& analysis);
    void markDirty();
    void reloadIfClean();

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    CaseAnalysis m_loaded;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel* m_caption = nullptr;
    TriangleDiagram* m_diagram = nullptr;
    QHash<TriangleSide, QPlainTextEdit*> m_sideEdits;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    HypothesisTableModel* m_hypotheses;
    AffectedGroupTableModel* m_groups;
    QTableView* m_hypothesisView = nullptr;
    QTableView* m_groupView = nullptr;
};

} // namespace proxima
