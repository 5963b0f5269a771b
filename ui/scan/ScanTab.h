#pragma once

#include "ui/cases/CaseTab.h"
#include "core/model/CaseIncidentRule.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableView;

namespace proxima {

class ConcernTableModel;
class ConcernsPage;
class WorkspaceSession;

/// The Scan stage of a case: the concerns grouped into it (add, edit, move out) and which incidents it looks at
/// (a rule by area, types and period, plus incidents picked by hand), with their count.
class ScanTab : public CaseTab
{
    Q_OBJECT
public:
    explicit ScanTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    qint64 caseId() const { return m_caseId; }
    ConcernTableModel* concernModel() const { return m_concerns; }

    /// The rule as set on screen.
    CaseIncidentRule ruleOnScreen() const;
    /// Shows a rule on screen (tests set it, then call saveRule()).
    void setRuleOnScreen(const CaseIncidentRule& rule);
    /// Saves the rule on screen through the undo stack.
    void saveRule();
    /// The number of incidents of the case as shown.
    qint64 shownIncidentCount() const { return m_incidentCount; }
    /// Moves the selected concerns to a case (0 = out of any case), undoable.
    void moveSelected(qint64 caseId);

private:
    void refresh();
    void refreshIncidents();
    QList<qint64> selectedIds() const;

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    ConcernTableModel* m_concerns;
    QTableView* m_view;
    QComboBox* m_moveTarget;
    QComboBox* m_area;
    QListWidget* m_categories;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    CaseIncidentRule m_loadedRule;
    qint64 m_incidentCount = 0;
};

} // namespace proxima
