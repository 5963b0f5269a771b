#pragma once

#include "ui/analyse/StageGateDialog.h"
#include "core/model/ProblemCase.h"
#include "ui/widgets/ConflictDialog.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableView;
class QAction;
class QTabWidget;

namespace proxima {

class CaseEditor;
class CaseTab;
class CaseFilterProxy;
class CaseTableModel;
class WorkspaceSession;

/// The case list (sortable, filterable) beside the editor of the selected case.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(WorkspaceSession& session, QWidget* parent = nullptr);

    CaseTableModel* model() const { return m_model; }
    CaseFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    CaseEditor* editor() const { return m_editor; }
    QAction* newCaseAction() const { return m_newCase; }
    QAction* deleteCaseAction() const { return m_deleteCase; }

    /// Adds a page about the selected case beside the overview (e.g. "Analyse"), at index (-1 = last).
    void addCaseTab(CaseTab* tab, const QString& title, int index = -1);
    /// The tabs about the selected case (the overview first).
    QTabWidget* caseTabs() const { return m_caseTabs; }
    /// The id of the case shown (0 = none).
    qint64 shownCaseId() const { return m_shownId; }

    /// Selects a case in the list (and shows it in the editor).
    void selectCase(qint64 id);
    /// Adds a case with this title through the undo stack and selects it; returns its id (0 on failure).
    qint64 addCase(const QString& title);
    /// Saves the editor's changes through the undo stack; false when refused or cancelled.
    bool saveEdits();
    /// True when the editor holds unsaved changes.
    bool hasUnsavedEdits() const;
    /// Asks what to do with unsaved edits before they would be lost; false = the user cancelled.
    bool settleUnsavedEdits();

    /// Replaces the conflict question (tests answer it without a dialog).
    void setConflictResolver(std::function<ConflictChoice(const ProblemCase& theirs)> resolver);
    /// Replaces the stage gate question asked when a save moves the case forward (tests answer without a dialog).
    void setStageGateResolver(StageGateResolver resolver);

signals:
    void dirtyChanged(bool dirty);

private:
    void buildFilterBar(QWidget* bar);
    void refreshFilterChoices();
    void onCurrentChanged();
    void refreshAfterChange();
    void deleteSelected();
    qint64 selectedId() const;

    WorkspaceSession& m_session;
    CaseTableModel* m_model;
    CaseFilterProxy* m_proxy;
    QTableView* m_view;
    CaseEditor* m_editor;
    QTabWidget* m_caseTabs;
    QList<CaseTab*> m_extraTabs;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stageFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_areaFilter = nullptr;
    QAction* m_newCase;
    QAction* m_deleteCase;
    qint64 m_shownId = 0;
    bool m_reselecting = false;
    std::function<ConflictChoice(const ProblemCase&)> m_conflictResolver;
    StageGateResolver m_stageGateResolver;
};

} // namespace proxima
