#include "ui/voting/LaptopVotingPanel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "ui/voting/BallotWidget.h"
#include "ui/voting/PrivacyScreen.h"
#include "core/voting/VotingMethod.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace proxima {

LaptopVotingPanel::LaptopVotingPanel(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto* pick = new QWidget(m_stack);
    auto* pickLayout = new QVBoxLayout(pick);
    m_info = new QLabel(pick);
    m_info->setWordWrap(true);
    pickLayout->addWidget(m_info);
    m_voter = new QComboBox(pick);
    m_voter->setObjectName(QStringLiteral("voterCombo"));
    m_voter->setAccessibleName(tr("Your name"));
    pickLayout->addWidget(new QLabel(tr("Your &name:"), pick));
    qobject_cast<QLabel*>(pickLayout->itemAt(pickLayout->count() - 1)->widget())->setBuddy(m_voter);
    pickLayout->addWidget(m_voter);
    m_start = new QPushButton(tr("&Start my ballot"), pick);
    m_start->setObjectName(QStringLiteral("startBallot"));
    pickLayout->addWidget(m_start, 0, Qt::AlignLeft);
    pickLayout->addStretch();
    m_stack->addWidget(pick);

    auto* vote = new QWidget(m_stack);
    auto* voteLayout = new QVBoxLayout(vote);
    m_voterName = new QLabel(vote);
    QFont f = m_voterName->font();
    f.setBold(true);
    m_voterName->setFont(f);
    voteLayout->addWidget(m_voterName);
    m_ballotHolder = new QWidget(vote);
    new QVBoxLayout(m_ballotHolder);
    voteLayout->addWidget(m_ballotHolder, 1);
    auto* buttons = new QHBoxLayout;
    m_cast = new QPushButton(tr("&Cast my ballot"), vote);
    m_cast->setObjectName(QStringLiteral("castBallot"));
    auto* cancel = new QPushButton(tr("Cancel"), vote);
    buttons->addWidget(m_cast);
    buttons->addWidget(cancel);
    buttons->addStretch();
    voteLayout->addLayout(buttons);
    m_stack->addWidget(vote);

    connect(m_start, &QPushButton::clicked, this, &LaptopVotingPanel::startBallot);
    connect(m_cast, &QPushButton::clicked, this, &LaptopVotingPanel::castBallot);
    connect(cancel, &QPushButton::clicked, this, &LaptopVotingPanel::cancel);
}

void LaptopVotingPanel::setVotingSession(const VotingSession& voting)
{
    const bool same = voting.id == m_voting.id && voting.revision == m_voting.revision;
    m_voting = voting;
    if (!same) {
        delete m_ballot;
        m_ballot = new BallotWidget(voting, m_ballotHolder);
        m_ballotHolder->layout()->addWidget(m_ballot);
        m_stack->setCurrentIndex(0);
    }
    refreshVoters();
}

void LaptopVotingPanel::refreshVoters()
{
    const QVariant current = m_voter->currentData();
    m_voter->clear();
    if (m_voting.state != VotingState::Open) {
        m_info->setText(m_voting.state == VotingState::Draft ? tr("Open the session to start voting.")
                                                             : tr("This session is closed."));
        m_start->setEnabled(false);
        m_stack->setCurrentIndex(0);
        return;
    }
    // A failed read (the file locked by a long write elsewhere, a damaged row) leaves nobody to pick and says why,
    // instead of throwing into the event loop.
    const Result<QList<qint64>> voted = VotingRepository(m_session.workspace()).voters(m_voting.id);
    const Result<QList<Member>> members =
        voted ? MemberRepository(m_session.workspace()).list() : Result<QList<Member>>(voted.error());
    if (!members) {
        m_info->setText(tr("The list of voters could not be read: %1").arg(members.error().toString()));
        m_start->setEnabled(false);
        m_stack->setCurrentIndex(0);
        return;
    }
    for (const Member& m : *members) {
        const bool eligible = m_voting.eligibleIds.isEmpty() || m_voting.eligibleIds.contains(m.id);
        if (eligible && !voted->contains(m.id))
            m_voter->addItem(m.name, m.id);
    }
    if (const int i = m_voter->findData(current); i >= 0)
        m_voter->setCurrentIndex(i);
    m_info->setText(m_voting.secret
                        ? tr("Secret ballot: your choice is stored without your name. Pick your name and start.")
                        : tr("Named ballot: the committee can see who voted what. Pick your name and start."));
    m_start->setEnabled(m_voter->count() > 0);
}

void LaptopVotingPanel::startBallot()
{
    if (m_voter->currentIndex() < 0 || !m_ballot)
        return;
    m_ballot->clear();
    m_voterName->setText(tr("Ballot of %1").arg(m_voter->currentText()));
    m_stack->setCurrentIndex(1);
}

void LaptopVotingPanel::castBallot()
{
    // A ranking with every problem left out is a blank ballot: allowed, but asked about, as it may be a slip.
    if (voting::isRankedMethod(m_voting.options.method) && m_ballot->ballot().ranking.empty()) {
        auto* box = new QMessageBox(QMessageBox::Question, tr("Blank ballot"),
                                    tr("You left every problem out of your ranking. Cast a blank ballot? It counts "
                                       "you as having voted and gives no problem a place."),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("blankBallotQuestion"));
        QPushButton* blank = box->addButton(tr("Cast a &blank ballot"), QMessageBox::AcceptRole);
        blank->setObjectName(QStringLiteral("castBlank"));
        box->addButton(tr("&Go back to my ballot"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(blank, &QPushButton::clicked, this, &LaptopVotingPanel::commitBallot);
        box->open();
        return;
    }
    commitBallot();
}

void LaptopVotingPanel::commitBallot()
{
    const qint64 member = m_voter->currentData().toLongLong();
    const qint64 sessionId = m_voting.id;
    const CastBallot ballot = m_ballot->ballot();
    // Not undoable (a ballot is withdrawn, not undone), so a plain write of the session; it reports a refusal.
    const Status cast = m_session.write({ChangeKind::Voting}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
        if (Status s = VotingRepository(ws).cast(sessionId, member, ballot); !s) {
            Error e = s.error();
            e.message = tr("Ballot not accepted: %1").arg(e.message);
            return e;
        }
        return QList<WrittenRevision>{};
    });
    if (!cast)
        return;
    if (m_ballot)
        m_ballot->clear();
    m_stack->setCurrentIndex(0);
    if (!m_privacy)
        m_privacy = new PrivacyScreen(window());
    m_privacy->cover();
    emit ballotCast();
}

void LaptopVotingPanel::cancel()
{
    m_ballot->clear();
    m_stack->setCurrentIndex(0);
}

} // namespace proxima
