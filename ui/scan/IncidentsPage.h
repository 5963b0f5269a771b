#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace proxima {

class IncidentTableModel;
class WorkspaceSession;

/// The incident data of the workspace: a lazy table (works with millions of rows), filters by type, area, period
/// and text, import, and hand-picking incidents for a case.
class IncidentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentsPage(WorkspaceSession& session, QWidget* parent = nullptr);

    IncidentTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Applies the filter widgets to the model.
    void applyFilter();
    /// Hand-picks the selected incidents for a case (undoable); returns how many were picked.
    int pickSelectedForCase(qint64 caseId);

signals:
    /// The user asked to import a CSV file (the main window opens the import dialog).
    void importRequested();

private:
    void refreshChoices();
    void updateCount();

    WorkspaceSession& m_session;
    IncidentTableModel* m_model;
    QTableView* m_view;
    QComboBox* m_category;
    QComboBox* m_area;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QComboBox* m_case;
    QLabel* m_count;
};

} // namespace proxima
