#pragma once

#include "core/model/Concern.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace proxima {

class WorkspaceSession;

/// Edits every field of a concern (map pins stay as they are: the map page sets them).
class ConcernDialog : public QDialog
{
    Q_OBJECT
public:
    ConcernDialog(WorkspaceSession& session, const Concern& concern, QWidget* parent = nullptr);

    /// The concern with the edited fields (id, revision and pin of the one given).
    Concern concern() const;
    /// Sets the fields from a concern (also used by tests).
    void setConcern(const Concern& concern);

    void accept() override;

private:
    WorkspaceSession& m_session;
    Concern m_original;
    QPlainTextEdit* m_text;
    QComboBox* m_source;
    QDateEdit* m_raisedOn;
    QLineEdit* m_place;
    QComboBox* m_category;
    QComboBox* m_severity;
    QComboBox* m_frequency;
    QComboBox* m_raisedBy;
    QComboBox* m_case;
    QComboBox* m_area;
    QLineEdit* m_lat;
    QLineEdit* m_lon;
};

} // namespace proxima
