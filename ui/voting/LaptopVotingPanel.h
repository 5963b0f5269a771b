#pragma once

#include "core/model/VotingSession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace proxima {

class BallotWidget;
class PrivacyScreen;
class WorkspaceSession;

/// Members vote in turn at the laptop: pick your name, fill in your ballot, cast it; a privacy screen covers the
/// window before the next voter.
class LaptopVotingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LaptopVotingPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Shows the voting for a session (or nothing when it is not open).
    void setVotingSession(const VotingSession& voting);
    /// Refreshes the list of members who may still vote.
    void refreshVoters();

    QComboBox* voterCombo() const { return m_voter; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* castButton() const { return m_cast; }
    BallotWidget* ballotWidget() const { return m_ballot; }
    PrivacyScreen* privacyScreen() const { return m_privacy; }

signals:
    /// A ballot was cast.
    void ballotCast();

private:
    void startBallot();
    void castBallot();
    void commitBallot();
    void cancel();

    WorkspaceSession& m_session;
    VotingSession m_voting;
    QStackedWidget* m_stack;
    QLabel* m_info;
    QComboBox* m_voter;
    QPushButton* m_start;
    QLabel* m_voterName;
    QWidget* m_ballotHolder;
    BallotWidget* m_ballot = nullptr;
    QPushButton* m_cast;
    PrivacyScreen* m_privacy = nullptr;
};

} // namespace proxima
