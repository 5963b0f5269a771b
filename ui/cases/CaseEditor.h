#pragma once

#include "core/model/ProblemCase.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace proxima {

class WorkspaceSession;

/// Form for one problem case. Edits stay in the form until Save; saving is the page's job (through the undo stack).
class CaseEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CaseEditor(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Shows a case (or clears the form for id 0). Discards unsaved edits: ask before calling when dirty.
    void setCase(const ProblemCase& problem);
    /// The case as loaded.
    const ProblemCase& loaded() const { return m_loaded; }
    /// The loaded case with the form's values.
    ProblemCase edited() const;
    bool isDirty() const { return m_dirty; }
    /// Refills the area, category and lead choices (after another member changed them).
    void refreshChoices();

signals:
    void dirtyChanged(bool dirty);
    void saveRequested();

private:
    void markDirty();
    void setDirty(bool dirty);

    WorkspaceSession& m_session;
    ProblemCase m_loaded;
    bool m_dirty = false;
    bool m_filling = false;
    QLineEdit* m_title;
    QComboBox* m_stage;
    QSpinBox* m_priority;
    QComboBox* m_category;
    QComboBox* m_area;
    QLineEdit* m_location;
    QComboBox* m_lead;
    QDateEdit* m_opened;
    QPlainTextEdit* m_description;
    QLabel* m_updated;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace proxima
