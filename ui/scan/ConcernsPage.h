#pragma once

#include "core/model/Concern.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace proxima {

class ConcernFilterProxy;
class ConcernTableModel;
class WorkspaceSession;

/// Every concern raised, with filters (case, source, category, severity, text), an editor, moving between cases
/// and splitting concerns off into a new case. Every change goes through the undo stack.
class ConcernsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConcernsPage(WorkspaceSession& session, QWidget* parent = nullptr);

    ConcernTableModel* model() const { return m_model; }
    ConcernFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /// Adds a concern through the undo stack; returns its id (0 on failure).
    qint64 addConcern(const Concern& concern);
    /// Saves an edited concern (loaded at concern.revision) through the undo stack.
    bool saveConcern(const Concern& concern);
    /// Moves concerns into a case (0 = out of any case), undoable.
    void moveConcerns(const QList<qint64>& ids, qint64 caseId);
    /// Creates a case titled title from these concerns (undoable); returns its id (0 on failure).
    qint64 splitIntoNewCase(const QList<qint64>& ids, const QString& title);
    /// Ids of the selected concerns.
    QList<qint64> selectedIds() const;
    /// Selects the row of a concern.
    void selectConcern(qint64 id);

private:
    void buildFilters(QWidget* bar);
    void refreshChoices();
    void applyFilters();
    void openEditor(const Concern& concern);
    void editSelected();
    void deleteSelected();
    void splitSelected();

    WorkspaceSession& m_session;
    ConcernTableModel* m_model;
    ConcernFilterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_caseFilter = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_severityFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_moveTarget = nullptr;
};

} // namespace proxima
