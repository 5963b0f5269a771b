#pragma once

#include "core/model/VotingSession.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;

namespace proxima {

/// One voter's ballot for the session's method: ranking (drag or up/down, ties allowed, problems may be left out),
/// approval checkboxes up to N, score sliders 0..max, or dots (at most K per item, N in all).
class BallotWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BallotWidget(const VotingSession& session, QWidget* parent = nullptr);

    /// The ballot as filled in.
    CastBallot ballot() const;
    /// Empties the ballot for the next voter.
    void clear();

    QListWidget* rankingList() const { return m_list; }
    /// The problems the voter left out of the ranking (they get no place on the ballot).
    QListWidget* leftOutList() const { return m_leftOut; }
    QList<QSpinBox*> dotBoxes() const { return m_dots; }
    QList<QCheckBox*> approvalBoxes() const { return m_approvals; }
    QList<QSlider*> scoreSliders() const { return m_scores; }

signals:
    void changed();

private:
    void buildRanking();
    void buildApproval();
    void buildScore();
    void buildDots();
    void updateLimits();
    void move(int delta);
    void leaveOutCurrent();
    void rankCurrentAgain();

    VotingSession m_session;
    QListWidget* m_list = nullptr;
    QListWidget* m_leftOut = nullptr;
    QList<QSpinBox*> m_dots;
    QList<QCheckBox*> m_approvals;
    QList<QSlider*> m_scores;
    QLabel* m_status = nullptr;
};

} // namespace proxima
