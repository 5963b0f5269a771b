#pragma once

#include "core/model/VotingSession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace proxima {

class WorkspaceSession;

/// Settings of a voting session: meeting, question, candidates (cases or free items), method and its options with
/// the plain-language explanation, tie-break rule and seed, eligible voters, secret or named, hidden results.
class SessionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SessionEditor(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Loads a session (id 0 = a new one: open cases ticked, attendees of the newest meeting eligible).
    void load(const VotingSession& voting);
    /// The session as edited.
    VotingSession edited() const;
    /// Saves through the repository; returns the id (0 on failure, reported through the session).
    qint64 save();
    /// Creates a meeting today with every active member present and selects it.
    qint64 createMeeting();

    QLineEdit* questionEdit() const { return m_question; }
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* tieBreakCombo() const { return m_tieBreak; }
    QLabel* explanation() const { return m_explanation; }
    QListWidget* candidateList() const { return m_candidates; }
    QListWidget* voterList() const { return m_voters; }
    QSpinBox* dotsBox() const { return m_dots; }
    QSpinBox* perItemBox() const { return m_perItem; }

signals:
    void saved(qint64 id);

private:
    void reloadChoices();
    void updateExplanation();
    void useAttendees();
    void addFreeItem();

    WorkspaceSession& m_session;
    VotingSession m_loaded;
    QComboBox* m_meeting;
    QLineEdit* m_question;
    QListWidget* m_candidates;
    QLineEdit* m_freeItem;
    QComboBox* m_method;
    QSpinBox* m_dots;
    QSpinBox* m_perItem;
    QSpinBox* m_maxApprovals;
    QSpinBox* m_maxScore;
    QComboBox* m_strength;
    QComboBox* m_unranked;
    QComboBox* m_tieBreak;
    QComboBox* m_secondary;
    QLineEdit* m_seed;
    QLabel* m_explanation;
    QListWidget* m_voters;
    QCheckBox* m_secret;
    QCheckBox* m_hide;
    QPushButton* m_save;
};

} // namespace proxima
