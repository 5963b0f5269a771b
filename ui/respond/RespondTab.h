#pragma once

#include "ui/cases/CaseTab.h"
#include "core/model/ResponseAction.h"
#include "ui/widgets/ConflictDialog.h"

#include <functional>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace proxima {

class ActionTableModel;
class ActionTimeline;
class WorkspaceSession;

/// Respond: the case's action plan (what, why, who, with whom, when, with which resources) as a table with
/// totals, and as a timeline. Every edit is undoable; a save over another member's change asks first.
class RespondTab : public CaseTab
{
    Q_OBJECT
public:
    explicit RespondTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    qint64 caseId() const { return m_caseId; }

    ActionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ActionTimeline* timeline() const { return m_timeline; }
    QLabel* totalsLabel() const { return m_totals; }

    /// Adds an action to the shown case (at the end of the plan) through the undo stack; returns its id or 0.
    qint64 addAction(ResponseAction action);
    /// Saves an edited action through the undo stack; asks the conflict resolver when another member saved it
    /// meanwhile. False when refused or cancelled.
    bool saveAction(const ResponseAction& before, const ResponseAction& after);
    /// Deletes an action through the undo stack.
    bool removeAction(qint64 actionId);
    /// Moves an action up (-1) or down (+1) in the plan through the undo stack.
    bool moveAction(qint64 actionId, int delta);
    /// The id of the action selected in the table (0 = none).
    qint64 selectedActionId() const;

    /// Replaces the conflict question (tests answer it without a dialog).
    void setConflictResolver(std::function<ConflictChoice(const ResponseAction& theirs)> resolver);

private:
    void reload();
    void editSelected();
    void deleteSelected();
    void updateActions();
    QString summarise(const ResponseAction& a) const;

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    ActionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    ActionTimeline* m_timeline;
    QLabel* m_heading;
    QLabel* m_totals;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_up;
    QAction* m_down;
    std::function<ConflictChoice(const ResponseAction&)> m_conflictResolver;
    ResponseAction m_pendingSave;   // the version being saved, for the conflict question
};

} // namespace proxima
