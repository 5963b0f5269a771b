#pragma once

#include "core/common/Result.h"
#include "core/model/VotingSession.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace proxima {

class BallotWidget;
class VotingRepository;
class WorkspaceSession;

/// The facilitator's entry of paper ballots or counted sticker dots (with their channel), and ballot imports.
class PaperEntryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PaperEntryPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    void setVotingSession(const VotingSession& voting);
    /// Imports ballots from a PrefLib (.soc/.soi/.toc/.toi) or ballot CSV file into the open session.
    Status importFile(const QString& path);

    QList<QSpinBox*> countBoxes() const { return m_counts; }
    QSpinBox* votersBox() const { return m_voters; }
    QComboBox* channelCombo() const { return m_channel; }
    QPushButton* addButton() const { return m_add; }

signals:
    void ballotsAdded();

private:
    void rebuild();
    void add();
    void chooseImport();
    /// Runs a ballot write through the session and shows what came of it.
    Status store(const std::function<Status(VotingRepository&)>& work, const QString& done);
    /// The ballots of a CSV or PrefLib file as this session takes them.
    Result<QList<CastBallot>> readBallotFile(const QString& path) const;

    WorkspaceSession& m_session;
    VotingSession m_voting;
    QWidget* m_form = nullptr;
    BallotWidget* m_paperBallot = nullptr;
    QList<QSpinBox*> m_counts;
    QSpinBox* m_voters = nullptr;
    QSpinBox* m_weight = nullptr;
    QComboBox* m_channel = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_import;
    QLabel* m_message;
};

} // namespace proxima
