#include "ui/voting/VotingPage.h"

#include "ui/app/WorkspaceSession.h"
#include "core/services/VotingCountService.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/VotingRepository.h"
#include "ui/voting/LaptopVotingPanel.h"
#include "ui/voting/PaperEntryPanel.h"
#include "ui/voting/ProjectorWindow.h"
#include "ui/voting/ResultsView.h"
#include "ui/voting/SessionEditor.h"
#include "ui/voting/VotingSessionModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {

using namespace voting;

VotingPage::VotingPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("votingPage"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New session"), this);
    m_open = new QPushButton(tr("&Open for voting"), this);
    m_close = new QPushButton(tr("C&lose and set priorities"), this);
    m_delete = new QPushButton(tr("&Delete session"), this);
    m_open->setObjectName(QStringLiteral("openSession"));
    m_close->setObjectName(QStringLiteral("closeSession"));
    for (QPushButton* b : {add, m_open, m_close, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* split = new QSplitter(this);
    m_model = new VotingSessionModel(session, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("votingSessions"));
    m_view->setAccessibleName(tr("Voting sessions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_tabs = new QTabWidget(split);
    m_editor = new SessionEditor(session, m_tabs);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Settings"));
    m_laptop = new LaptopVotingPanel(session, m_tabs);
    m_tabs->addTab(m_laptop, tr("Vote at the laptop"));
    m_paper = new PaperEntryPanel(session, m_tabs);
    m_tabs->addTab(m_paper, tr("Paper, stickers, import"));
    m_results = new ResultsView(session, m_tabs);
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(buildProjectorControls(), tr("Projector"));
    split->addWidget(m_view);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    split->setSizes({360, 1040});
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &VotingPage::newSession);
    connect(m_open, &QPushButton::clicked, this, &VotingPage::openCurrent);
    connect(m_close, &QPushButton::clicked, this, &VotingPage::closeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &VotingPage::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.data(VotingSessionModel::IdRole).toLongLong() != m_current.id)
            selectSession(index.data(VotingSessionModel::IdRole).toLongLong());
    });
    connect(m_editor, &SessionEditor::saved, this, &VotingPage::selectSession);
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Voting || kind == ChangeKind::Meeting || kind == ChangeKind::Case ||
            kind == ChangeKind::Member)
            refresh();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &VotingPage::refresh);

    if (m_model->rowCount() > 0)
        selectSession(m_model->recordAt(0).id);
    else
        newSession();
}

VotingPage::~VotingPage()
{
    delete m_projector;
}

QWidget* VotingPage::buildProjectorControls()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_screen = new QComboBox(page);
    m_screen->setAccessibleName(tr("Projector screen"));
    for (QScreen* screen : QGuiApplication::screens())
        m_screen->addItem(QStringLiteral("%1 (%2×%3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height()));
    if (m_screen->count() > 1)
        m_screen->setCurrentIndex(1);
    auto* show = new QPushButton(tr("&Show the projector view"), page);
    auto* showRow = new QHBoxLayout;
    showRow->addWidget(m_screen, 1);
    showRow->addWidget(show);
    form->addRow(tr("Sc&reen:"), showRow);
    m_mode = new QComboBox(page);
    m_mode->setObjectName(QStringLiteral("projectorMode"));
    m_mode->setAccessibleName(tr("What the projector shows"));
    m_mode->addItem(tr("Live ranking"), int(ProjectorWindow::Mode::Results));
    m_mode->addItem(tr("Hide the results"), int(ProjectorWindow::Mode::Hidden));
    m_mode->addItem(tr("Show the winner"), int(ProjectorWindow::Mode::Winner));
    m_mode->addItem(tr("Agenda: next item"), int(ProjectorWindow::Mode::Agenda));
    form->addRow(tr("&Shows:"), m_mode);
    m_topN = new QSpinBox(page);
    m_topN->setRange(0, 99);
    m_topN->setSpecialValueText(tr("all"));
    m_topN->setAccessibleName(tr("Reveal the top places"));
    form->addRow(tr("Reveal &top:"), m_topN);
    m_freeze = new QCheckBox(tr("&Freeze the picture"), page);
    form->addRow(m_freeze);
    m_agenda = new QLineEdit(page);
    m_agenda->setAccessibleName(tr("Agenda item shown"));
    auto* next = new QPushButton(tr("Ne&xt agenda item"), page);
    auto* agendaRow = new QHBoxLayout;
    agendaRow->addWidget(m_agenda, 1);
    agendaRow->addWidget(next);
    form->addRow(tr("A&genda:"), agendaRow);

    connect(show, &QPushButton::clicked, this, [this] {
        const QList<QScreen*> screens = QGuiApplication::screens();
        projector()->showOnScreen(screens.value(m_screen->currentIndex()));
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &VotingPage::updateProjector);
    connect(m_topN, &QSpinBox::valueChanged, this, &VotingPage::updateProjector);
    connect(m_freeze, &QCheckBox::toggled, this, [this](bool on) { projector()->setFrozen(on); });
    connect(m_agenda, &QLineEdit::textChanged, this, &VotingPage::updateProjector);
    connect(next, &QPushButton::clicked, this, &VotingPage::nextAgendaItem);
    return page;
}

ProjectorWindow* VotingPage::projector()
{
    if (!m_projector) {
        m_projector = new ProjectorWindow();
        m_projector->setAttribute(Qt::WA_QuitOnClose, false);
        updateProjector();
    }
    return m_projector;
}

void VotingPage::nextAgendaItem()
{
    if (m_current.meetingId == 0)
        return;
    auto meeting = MeetingRepository(m_session.workspace()).find(m_current.meetingId);
    if (!meeting || meeting->items.isEmpty())
        return;
    m_agendaIndex = (m_agendaIndex + 1) % int(meeting->items.size());
    m_agenda->setText(meeting->items.at(m_agendaIndex).title);
    m_mode->setCurrentIndex(m_mode->findData(int(ProjectorWindow::Mode::Agenda)));
}

void VotingPage::newSession()
{
    m_current = VotingSession();
    m_count.reset();
    m_editor->load(m_current);
    m_laptop->setVotingSession(m_current);
    m_paper->setVotingSession(m_current);
    m_results->setCount(m_current, std::nullopt, false);
    m_tabs->setCurrentIndex(0);
    updateButtons();
}

void VotingPage::selectSession(qint64 id)
{
    auto found = VotingRepository(m_session.workspace()).find(id);
    if (!found) {
        newSession();
        return;
    }
    const bool other = found->id != m_current.id;
    m_current = *found;
    if (other || m_current.state != VotingState::Draft)
        m_editor->load(m_current);
    const int row = m_model->rowForId(id);
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row, 0));
    refresh();
}

void VotingPage::refresh()
{
    m_model->reload();
    if (m_current.id != 0) {
        auto found = VotingRepository(m_session.workspace()).find(m_current.id);
        if (!found) {
            newSession();
            return;
        }
        if (found->revision != m_current.revision)
            m_editor->load(*found);
        m_current = *found;
    }
    m_laptop->setVotingSession(m_current);
    m_paper->setVotingSession(m_current);
    // The page, its projector and the results sheet show one count: the service's, as the CLI prints it.
    m_count.reset();
    QString problem;
    if (m_current.id != 0) {
        if (Result<VotingCount> counted = VotingCountService(m_session.workspace()).count(m_current.id))
            m_count = std::move(counted).value();
        else
            problem = counted.error().toString();
    }
    const bool hidden = m_current.hideResults && m_current.state != VotingState::Closed;
    m_results->setCount(m_current, m_count, hidden, problem);
    updateButtons();
    updateProjector();
}

void VotingPage::updateButtons()
{
    m_open->setEnabled(m_current.id != 0 && m_current.state == VotingState::Draft);
    m_close->setEnabled(m_current.id != 0 && m_current.state == VotingState::Open);
    m_delete->setEnabled(m_current.id != 0);
}

void VotingPage::deleteCurrent()
{
    if (m_current.id == 0)
        return;
    const VotingSession doomed = m_current;
    const Status removed = m_session.write({ChangeKind::Voting}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
        if (Status s = VotingRepository(ws).remove(doomed.id, doomed.revision); !s)
            return s.error();
        return QList<WrittenRevision>{};
    });
    if (removed)
        newSession();
}

bool VotingPage::openCurrent()
{
    const qint64 id = m_current.id;
    const Status opened = m_session.write({ChangeKind::Voting}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
        VotingRepository votes(ws);
        if (Status s = votes.open(id); !s)
            return s.error();
        Result<VotingSession> stored = votes.find(id);
        if (!stored)
            return stored.error();
        return QList<WrittenRevision>{{QStringLiteral("voting_session"), id, stored->revision}};
    });
    if (!opened)
        return false;
    m_tabs->setCurrentWidget(m_laptop);
    return true;
}

bool VotingPage::closeCurrent()
{
    const qint64 id = m_current.id;
    // Closing writes the cases' priorities: the session records those revisions as its own, so that undoing an
    // earlier edit of such a case is not mistaken for another member's change.
    const Status closed =
        m_session.write({ChangeKind::Voting, ChangeKind::Case}, [&](Workspace& ws) -> Result<QList<WrittenRevision>> {
            Result<ClosedVote> vote = VotingCountService(ws).close(id);
            if (!vote)
                return vote.error();
            QList<WrittenRevision> written{{QStringLiteral("voting_session"), id, vote->sessionRevision}};
            for (const auto& [caseId, revision] : vote->caseRevisions)
                written.append({QStringLiteral("case"), caseId, revision});
            return written;
        });
    if (!closed)
        return false;
    m_tabs->setCurrentWidget(m_results);
    return true;
}

void VotingPage::updateProjector()
{
    if (!m_projector)
        return;
    ProjectorContent content;
    content.question = m_current.question;
    if (m_count) {
        const TallyResult& result = m_count->result;
        content.voted = m_count->turnout.membersVoted;
        content.eligible = m_count->turnout.eligible;
        content.turnout = m_count->turnout.describe();
        int place = 1;
        for (const auto& tier : result.ranking) {
            for (int c : tier) {
                const mpq_class& score = result.scores[size_t(c)];
                content.bars << ProjectorBar{m_current.candidates.at(c).label, toDouble(score),
                                             QStringLiteral("%1 %2").arg(formatRational(score), result.scoreLabel),
                                             place};
            }
            place += int(tier.size());
        }
    }
    auto mode = ProjectorWindow::Mode(m_mode->currentData().toInt());
    const bool hidden = m_current.hideResults && m_current.state != VotingState::Closed;
    if (hidden && (mode == ProjectorWindow::Mode::Results || mode == ProjectorWindow::Mode::Winner))
        mode = ProjectorWindow::Mode::Hidden;
    m_projector->setMode(mode);
    m_projector->setRevealTopN(m_topN->value());
    m_projector->setAgendaText(m_agenda->text());
    m_projector->setContent(content);
}

} // namespace proxima
