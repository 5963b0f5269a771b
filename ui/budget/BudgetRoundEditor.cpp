#include "ui/budget/BudgetRoundEditor.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/budget/BudgetCapacityPanel.h"
#include "ui/budget/AcceptAllocationCommand.h"
#include "ui/budget/AddRoundCommand.h"
#include "ui/budget/BudgetProposalModel.h"
#include "ui/budget/SaveRoundCommand.h"
#include "ui/budget/SupportFromVoteCommand.h"
#include "core/budget/ActionProposals.h"
#include "core/budget/RoundInstance.h"
#include "core/budget/RoundPabulib.h"
#include "core/storage/repositories/ActionRepository.h"
#include "core/storage/repositories/BudgetRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {

using namespace budgeting;

BudgetRoundEditor::BudgetRoundEditor(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    buildUi();
    connect(&m_session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::BudgetRound || kind == ChangeKind::BudgetSupport || kind == ChangeKind::BudgetAllocation
            || kind == ChangeKind::Action)
            reload();
    });
    connect(&m_session, &WorkspaceSession::manyChanged, this, &BudgetRoundEditor::reload);
    reload();
}

void BudgetRoundEditor::buildUi()
{
    m_roundBox = new QComboBox(this);
    m_roundBox->setAccessibleName(tr("Budgeting round"));
    m_roundBox->setMinimumContentsLength(16);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Round name"));
    m_periodFrom = new QDateEdit(this);
    m_periodTo = new QDateEdit(this);
    for (QDateEdit* edit : {m_periodFrom, m_periodTo}) {
        // The earliest date stands for "no date" (a round read from a .pb file may have no period).
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("none"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::editingFinished, this, &BudgetRoundEditor::periodEdited);
    }
    m_periodFrom->setObjectName(QStringLiteral("periodFrom"));
    m_periodTo->setObjectName(QStringLiteral("periodTo"));
    m_periodFrom->setAccessibleName(tr("Period starts"));
    m_periodTo->setAccessibleName(tr("Period ends"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodFrom);
    auto* roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_roundBox);
    auto* newButton = new QPushButton(tr("&New round"), this);
    auto* fromVote = new QPushButton(tr("Support from a &vote…"), this);
    fromVote->setToolTip(tr("Use the ballots of a closed voting session as the support of this round"));
    auto* importButton = new QPushButton(tr("&Import .pb…"), this);
    auto* fromActions = new QPushButton(tr("Proposals from &Respond actions"), this);
    fromActions->setObjectName(QStringLiteral("fromActions"));
    fromActions->setToolTip(tr("One proposal per action of the cases in Respond that is not yet in this round"));
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addWidget(roundLabel);
    m_buttonRow->addWidget(m_roundBox);
    m_buttonRow->addWidget(m_name, 1);
    m_buttonRow->addWidget(periodLabel);
    m_buttonRow->addWidget(m_periodFrom);
    m_buttonRow->addWidget(new QLabel(QStringLiteral("–"), this));
    m_buttonRow->addWidget(m_periodTo);
    m_buttonRow->addStretch();
    m_buttonRow->addWidget(fromActions);
    m_buttonRow->addWidget(newButton);
    m_buttonRow->addWidget(fromVote);
    m_buttonRow->addWidget(importButton);
    connect(m_roundBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updatingControls && index >= 0)
            selectRound(m_roundBox->itemData(index).toLongLong());
    });
    connect(m_name, &QLineEdit::editingFinished, this, &BudgetRoundEditor::renameRound);
    connect(newButton, &QPushButton::clicked, this, &BudgetRoundEditor::newRound);
    connect(importButton, &QPushButton::clicked, this, &BudgetRoundEditor::choosePabulibImport);
    connect(fromVote, &QPushButton::clicked, this, &BudgetRoundEditor::chooseVotingSession);
    connect(fromActions, &QPushButton::clicked, this, &BudgetRoundEditor::createProposalsFromActions);

    m_capacities = new BudgetCapacityPanel(this);
    connect(m_capacities, &BudgetCapacityPanel::whatIfChanged, this, &BudgetRoundEditor::whatIfChanged);
    connect(m_capacities, &BudgetCapacityPanel::saveRequested, this, &BudgetRoundEditor::saveCapacities);

    m_proposals = new BudgetProposalModel(this);
    m_proposalTable = new QTableView(this);
    m_proposalTable->setObjectName(QStringLiteral("budgetProposals"));
    m_proposalTable->setAccessibleName(tr("Proposals"));
    m_proposalTable->setModel(m_proposals);
    m_proposalTable->verticalHeader()->hide();
    m_proposalTable->horizontalHeader()->setStretchLastSection(true);
    m_proposalTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    connect(m_proposals, &BudgetProposalModel::roundEdited, this, &BudgetRoundEditor::pushEdit);
    connect(m_proposals, &BudgetProposalModel::editRejected, this, [this](const Error& error) {
        emit statusMessage(error.message);
        m_session.reportError(error);
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_capacities);
    leftLayout->addWidget(buildConstraints());
    leftLayout->addStretch();
    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(left);
    upper->addWidget(m_proposalTable);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttonRow);
    layout->addWidget(upper, 1);
}

QWidget* BudgetRoundEditor::buildConstraints()
{
    auto* box = new QGroupBox(tr("Constraints"), this);
    m_first = new QComboBox(box);
    m_first->setAccessibleName(tr("First proposal"));
    m_constraintKind = new QComboBox(box);
    m_constraintKind->addItems({tr("is incompatible with"), tr("depends on")});
    m_constraintKind->setAccessibleName(tr("Kind of constraint"));
    m_second = new QComboBox(box);
    m_second->setAccessibleName(tr("Second proposal"));
    auto* add = new QPushButton(tr("Add"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    m_constraints = new QListWidget(box);
    m_constraints->setAccessibleName(tr("Constraints between proposals"));
    m_constraints->setMaximumHeight(70);
    auto* layout = new QGridLayout(box);
    layout->addWidget(m_first, 0, 0);
    layout->addWidget(m_constraintKind, 0, 1);
    layout->addWidget(m_second, 0, 2);
    layout->addWidget(add, 0, 3);
    layout->addWidget(m_constraints, 1, 0, 1, 3);
    layout->addWidget(remove, 1, 3, Qt::AlignTop);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        addConstraint(m_first->currentIndex(), m_second->currentIndex(), m_constraintKind->currentIndex() == 1);
    });
    connect(remove, &QPushButton::clicked, this, &BudgetRoundEditor::removeSelectedConstraint);
    return box;
}

void BudgetRoundEditor::addToButtonRow(QWidget* widget) { m_buttonRow->addWidget(widget); }

void BudgetRoundEditor::reload()
{
    Result<QList<BudgetRound>> rounds = BudgetRepository(m_session.workspace()).listRounds();
    if (!rounds) {
        m_session.reportError(rounds.error());
        return;
    }
    const qint64 keep = m_round.id;
    m_updatingControls = true;
    m_roundBox->clear();
    for (const BudgetRound& r : *rounds)
        m_roundBox->addItem(r.name, r.id);
    int index = m_roundBox->findData(keep);
    m_roundBox->setCurrentIndex(index >= 0 ? index : (m_roundBox->count() > 0 ? 0 : -1));
    m_updatingControls = false;
    selectRound(m_roundBox->currentIndex() >= 0 ? m_roundBox->currentData().toLongLong() : 0);
}

void BudgetRoundEditor::selectRound(qint64 roundId)
{
    if (roundId <= 0) {
        showRound(BudgetRound{});
        return;
    }
    Result<BudgetRound> round = BudgetRepository(m_session.workspace()).load(roundId);
    if (!round) {
        m_session.reportError(round.error());
        return;
    }
    m_updatingControls = true;
    m_roundBox->setCurrentIndex(m_roundBox->findData(roundId));
    m_updatingControls = false;
    showRound(*round);
}

void BudgetRoundEditor::showRound(const BudgetRound& round)
{
    // A what-if survives a reload of the same round unless the stored capacity itself changed.
    m_capacities->setPools(round.pools, round.id == m_round.id);
    m_round = round;
    m_name->setText(round.name);
    m_name->setEnabled(round.id > 0);
    m_updatingControls = true;
    for (auto [edit, date] : {std::pair{m_periodFrom, round.from}, std::pair{m_periodTo, round.to}}) {
        edit->setDate(date.isValid() ? date : edit->minimumDate());
        edit->setEnabled(round.id > 0);
    }
    m_updatingControls = false;
    Result<BudgetInstance> instance = RoundInstance::toInstance(round);
    m_proposals->setRound(round, instance ? instance->support() : std::vector<qint64>());
    m_proposalTable->resizeColumnsToContents();
    rebuildConstraints();
    emit whatIfChanged();
}

BudgetInstance BudgetRoundEditor::whatIfInstance() const
{
    BudgetRound round = m_round;
    round.pools = m_capacities->whatIfPools();
    Result<BudgetInstance> instance = RoundInstance::toInstance(round);
    return instance ? *instance : BudgetInstance{};
}

void BudgetRoundEditor::rebuildConstraints()
{
    m_first->clear();
    m_second->clear();
    for (const BudgetProposal& p : m_round.proposals) {
        m_first->addItem(QStringLiteral("%1 %2").arg(p.code, p.title), p.id);
        m_second->addItem(QStringLiteral("%1 %2").arg(p.code, p.title), p.id);
    }
    // A proposal cannot be paired with itself: offer the next one as the other side.
    if (m_second->count() > 1)
        m_second->setCurrentIndex(1);
    m_constraints->clear();
    auto label = [this](qint64 id) {
        const int i = m_round.proposalIndex(id);
        return i < 0 ? QString::number(id) : m_round.proposals.at(i).title;
    };
    for (const ProposalPair& pair : m_round.incompatible)
        m_constraints->addItem(tr("%1 is incompatible with %2").arg(label(pair.first), label(pair.second)));
    for (const ProposalPair& pair : m_round.dependsOn)
        m_constraints->addItem(tr("%1 depends on %2").arg(label(pair.first), label(pair.second)));
}

bool BudgetRoundEditor::addConstraint(int firstRow, int secondRow, bool dependsOn)
{
    if (firstRow < 0 || secondRow < 0 || firstRow == secondRow || firstRow >= m_round.proposals.size()
        || secondRow >= m_round.proposals.size())
        return false;
    BudgetRound after = m_round;
    const ProposalPair pair{after.proposals.at(firstRow).id, after.proposals.at(secondRow).id};
    QList<ProposalPair>& list = dependsOn ? after.dependsOn : after.incompatible;
    if (list.contains(pair))
        return false;
    list.append(pair);
    pushEdit(after, tr("Add a constraint"));
    return true;
}

void BudgetRoundEditor::removeSelectedConstraint()
{
    const int row = m_constraints->currentRow();
    if (row < 0)
        return;
    BudgetRound after = m_round;
    if (row < after.incompatible.size())
        after.incompatible.removeAt(row);
    else
        after.dependsOn.removeAt(row - after.incompatible.size());
    pushEdit(after, tr("Remove a constraint"));
}

int BudgetRoundEditor::createProposalsFromActions()
{
    if (m_round.id <= 0)
        return 0;
    Result<QList<ProblemCase>> cases = CaseRepository(m_session.workspace()).list();
    Result<QList<ResponseAction>> actions = ActionRepository(m_session.workspace()).listAll();
    if (!cases || !actions) {
        m_session.reportError(!cases ? cases.error() : actions.error());
        return 0;
    }
    int added = 0;
    const BudgetRound after = ActionProposals::addOpenActions(m_round, *cases, *actions, &added);
    if (added > 0)
        pushEdit(after, tr("Proposals from %n action(s)", nullptr, added));
    else
        emit statusMessage(tr("Every action of the cases in Respond is already a proposal."));
    return added;
}

qint64 BudgetRoundEditor::addRound(const BudgetRound& round, const QString& description)
{
    auto* command = new AddRoundCommand(m_session, round, description);
    // A round the workspace refused makes the command obsolete and the stack deletes it inside push(): only a
    // command still on the stack may be asked for the id it stored.
    if (!m_session.push(command))
        return 0;
    const qint64 id = command->roundId();
    selectRound(id);
    return id;
}

qint64 BudgetRoundEditor::newRound()
{
    BudgetRound round;
    round.name = tr("New round");
    const QDate today = m_session.workspace().clock().now().date();
    round.from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    round.to = round.from.addMonths(3).addDays(-1);
    round.pools = {{-1, PoolKind::PoliceHours, tr("Police officer hours"), tr("h"), QStringLiteral("0")},
                   {-2, PoolKind::VolunteerHours, tr("Volunteer hours"), tr("h"), QStringLiteral("0")},
                   {-3, PoolKind::Euros, tr("Euros"), QStringLiteral("€"), QStringLiteral("0")}};
    return addRound(round, tr("New budgeting round"));
}

Status BudgetRoundEditor::importPabulib(const QString& path)
{
    Result<BudgetRound> round = RoundPabulib::readFile(path);
    if (!round)
        return round.error();
    if (addRound(*round, tr("Import %1").arg(round->name)) <= 0)
        return Error{tr("the round read from this file could not be stored"), path, 0, {}};
    return {};
}

bool BudgetRoundEditor::supportFromVotingSession(qint64 sessionId)
{
    if (m_round.id <= 0)
        return false;
    if (!m_session.push(new SupportFromVoteCommand(m_session, m_round.id, sessionId)))
        return false;
    selectRound(m_round.id);
    return true;
}

void BudgetRoundEditor::chooseVotingSession()
{
    Result<QList<VotingSession>> sessions = VotingRepository(m_session.workspace()).list();
    if (!sessions) {
        m_session.reportError(sessions.error());
        return;
    }
    QStringList labels;
    QList<qint64> ids;
    for (const VotingSession& s : *sessions) {
        if (s.state != VotingState::Closed)
            continue;
        labels << tr("%1: %2").arg(s.id).arg(s.question);
        ids << s.id;
    }
    if (ids.isEmpty()) {
        m_session.reportError(Error{tr("there is no closed voting session to take support from"), {}, 0, {}});
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Support from a vote"),
                                                 tr("Closed voting session whose ballots support the proposals:"),
                                                 labels, 0, false, &ok);
    if (ok)
        supportFromVotingSession(ids.at(int(labels.indexOf(chosen))));
}

void BudgetRoundEditor::choosePabulibImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a pabulib file"), {}, tr("Pabulib (*.pb)"));
    if (path.isEmpty())
        return;
    if (Status s = importPabulib(path); !s)
        m_session.reportError(s.error());
}

bool BudgetRoundEditor::acceptAllocation(const BudgetOutcomes& outcomes, BudgetRule rule)
{
    for (const RuleOutcome& outcome : outcomes.rules) {
        if (outcome.rule != rule || !outcome.result || m_round.id <= 0)
            continue;
        QList<qint64> funded;
        for (int p : outcome.result->funded)
            funded.append(m_round.proposals.at(p).id);
        BudgetRound asRun = m_round;
        asRun.pools = m_capacities->whatIfPools();
        if (!m_session.push(new AcceptAllocationCommand(
                m_session, asRun, budgetRuleName(rule), funded,
                AllocationAcceptance::amountsOf(asRun, outcomes.instance, *outcome.result))))
            return false;
        emit statusMessage(tr("Accepted the %1 allocation: %n proposal(s) funded.", nullptr, int(funded.size()))
                               .arg(budgetRuleName(rule)));
        return true;
    }
    emit statusMessage(tr("This rule has no allocation to accept."));
    return false;
}

void BudgetRoundEditor::saveCapacities()
{
    BudgetRound after = m_round;
    after.pools = m_capacities->whatIfPools();
    if (after.pools == m_round.pools)
        return;
    pushEdit(after, tr("Capacities of %1").arg(m_round.name));
}

void BudgetRoundEditor::pushEdit(const BudgetRound& after, const QString& description)
{
    m_session.push(new SaveRoundCommand(m_session, m_round, after, description));
}

void BudgetRoundEditor::renameRound()
{
    const QString name = m_name->text().trimmed();
    if (m_round.id <= 0 || name.isEmpty() || name == m_round.name)
        return;
    BudgetRound after = m_round;
    after.name = name;
    pushEdit(after, tr("Rename round %1").arg(m_round.name));
}

void BudgetRoundEditor::periodEdited()
{
    if (m_updatingControls || m_round.id <= 0)
        return;
    auto dateOf = [](const QDateEdit* edit) { return edit->date() == edit->minimumDate() ? QDate() : edit->date(); };
    if (!setPeriod(dateOf(m_periodFrom), dateOf(m_periodTo))) {
        m_updatingControls = true;   // back to the stored period
        m_periodFrom->setDate(m_round.from.isValid() ? m_round.from : m_periodFrom->minimumDate());
        m_periodTo->setDate(m_round.to.isValid() ? m_round.to : m_periodTo->minimumDate());
        m_updatingControls = false;
    }
}

bool BudgetRoundEditor::setPeriod(const QDate& from, const QDate& to)
{
    if (m_round.id <= 0 || (from == m_round.from && to == m_round.to))
        return false;
    BudgetRound after = m_round;
    after.from = from;
    after.to = to;
    if (Status valid = BudgetRepository::validate(after); !valid) {
        emit statusMessage(valid.error().message);
        m_session.reportError(valid.error());
        return false;
    }
    pushEdit(after, tr("Period of %1").arg(m_round.name));
    return true;
}

} // namespace proxima
