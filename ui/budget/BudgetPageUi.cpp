// BudgetPage: layout, constraints, proposals from actions, rounds, files, acceptance and the allocation sheet.
#include "ui/budget/BudgetPage.h"
#include "core/storage/repositories/VotingRepository.h"
#include "ui/budget/SupportFromVoteCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/budget/AllocationSheet.h"
#include "ui/budget/BudgetCommands.h"
#include "ui/budget/BudgetProposalModel.h"
#include "ui/budget/BudgetResultsPanel.h"
#include "core/budget/RoundPabulib.h"
#include "ui/budget/SupportFromVoteCommand.h"
#include "documents/ReportRenderer.h"
#include "core/io/PabulibReader.h"
#include "core/storage/repositories/ActionRepository.h"
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
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace proxima {

using namespace budgeting;

void BudgetPage::buildUi()
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
        connect(edit, &QDateEdit::editingFinished, this, &BudgetPage::periodEdited);
    }
    m_periodFrom->setObjectName(QStringLiteral("periodFrom"));
    m_periodTo->setObjectName(QStringLiteral("periodTo"));
    m_periodFrom->setAccessibleName(tr("Period starts"));
    m_periodTo->setAccessibleName(tr("Period ends"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodFrom);
    auto* periodDash = new QLabel(QStringLiteral("–"), this);
    auto* roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_roundBox);
    auto* newButton = new QPushButton(tr("&New round"), this);
    auto* fromVote = new QPushButton(tr("Support from a &vote…"), this);
    fromVote->setToolTip(tr("Use the ballots of a closed voting session as the support of this round"));
    auto* importButton = new QPushButton(tr("&Import .pb…"), this);
    auto* exportButton = new QPushButton(tr("E&xport .pb…"), this);
    auto* fromActions = new QPushButton(tr("Proposals from &Respond actions"), this);
    fromActions->setObjectName(QStringLiteral("fromActions"));
    fromActions->setToolTip(tr("One proposal per action of the cases in Respond that is not yet in this round"));
    auto* top = new QHBoxLayout;
    top->addWidget(roundLabel);
    top->addWidget(m_roundBox);
    top->addWidget(m_name, 1);
    top->addWidget(periodLabel);
    top->addWidget(m_periodFrom);
    top->addWidget(periodDash);
    top->addWidget(m_periodTo);
    top->addStretch();
    top->addWidget(fromActions);
    top->addWidget(newButton);
    top->addWidget(fromVote);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    connect(m_roundBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updatingControls && index >= 0)
            selectRound(m_roundBox->itemData(index).toLongLong());
    });
    connect(m_name, &QLineEdit::editingFinished, this, &BudgetPage::renameRound);
    connect(newButton, &QPushButton::clicked, this, &BudgetPage::newRound);
    connect(importButton, &QPushButton::clicked, this, &BudgetPage::choosePabulibImport);
    connect(fromVote, &QPushButton::clicked, this, &BudgetPage::chooseVotingSession);
    connect(exportButton, &QPushButton::clicked, this, &BudgetPage::choosePabulibExport);
    connect(fromActions, &QPushButton::clicked, this, &BudgetPage::createProposalsFromActions);

    auto* pools = new QGroupBox(tr("Capacities (what-if)"), this);
    m_poolsBox = pools;
    m_poolsLayout = new QGridLayout(pools);

    m_proposals = new BudgetProposalModel(this);
    m_proposalTable = new QTableView(this);
    m_proposalTable->setObjectName(QStringLiteral("budgetProposals"));
    m_proposalTable->setAccessibleName(tr("Proposals"));
    m_proposalTable->setModel(m_proposals);
    m_proposalTable->verticalHeader()->hide();
    m_proposalTable->horizontalHeader()->setStretchLastSection(true);
    m_proposalTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    connect(m_proposals, &BudgetProposalModel::roundEdited, this, &BudgetPage::pushEdit);
    connect(m_proposals, &BudgetProposalModel::editRejected, this, [this](const Error& error) {
        m_status->setText(error.message);
        m_session.reportError(error);
    });

    auto* constraintsBox = new QGroupBox(tr("Constraints"), this);
    m_first = new QComboBox(constraintsBox);
    m_first->setAccessibleName(tr("First proposal"));
    m_constraintKind = new QComboBox(constraintsBox);
    m_constraintKind->addItems({tr("is incompatible with"), tr("depends on")});
    m_constraintKind->setAccessibleName(tr("Kind of constraint"));
    m_second = new QComboBox(constraintsBox);
    m_second->setAccessibleName(tr("Second proposal"));
    auto* add = new QPushButton(tr("Add"), constraintsBox);
    auto* remove = new QPushButton(tr("Remove"), constraintsBox);
    m_constraints = new QListWidget(constraintsBox);
    m_constraints->setAccessibleName(tr("Constraints between proposals"));
    m_constraints->setMaximumHeight(70);
    auto* constraintsLayout = new QGridLayout(constraintsBox);
    constraintsLayout->addWidget(m_first, 0, 0);
    constraintsLayout->addWidget(m_constraintKind, 0, 1);
    constraintsLayout->addWidget(m_second, 0, 2);
    constraintsLayout->addWidget(add, 0, 3);
    constraintsLayout->addWidget(m_constraints, 1, 0, 1, 3);
    constraintsLayout->addWidget(remove, 1, 3, Qt::AlignTop);
    constraintsLayout->setColumnStretch(0, 1);
    constraintsLayout->setColumnStretch(2, 1);
    connect(add, &QPushButton::clicked, this, [this] {
        addConstraint(m_first->currentIndex(), m_second->currentIndex(), m_constraintKind->currentIndex() == 1);
    });
    connect(remove, &QPushButton::clicked, this, &BudgetPage::removeSelectedConstraint);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(pools);
    leftLayout->addWidget(constraintsBox);
    leftLayout->addStretch();
    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(left);
    upper->addWidget(m_proposalTable);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);

    m_results = new BudgetResultsPanel(this);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(upper);
    main->addWidget(m_results);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({210, 490});

    m_ruleBox = new QComboBox(this);
    for (BudgetRule rule : BudgetOutcomes::allRules())
        m_ruleBox->addItem(budgetRuleName(rule), static_cast<int>(rule));
    m_ruleBox->setCurrentIndex(2);   // equal shares: the committee's default
    m_ruleBox->setAccessibleName(tr("Rule to accept or print"));
    auto* ruleLabel = new QLabel(tr("R&ule:"), this);
    ruleLabel->setBuddy(m_ruleBox);
    auto* preview = new QPushButton(tr("&Print allocation sheet…"), this);
    auto* pdf = new QPushButton(tr("Save sheet as P&DF…"), this);
    auto* accept = new QPushButton(tr("&Accept allocation"), this);
    accept->setObjectName(QStringLiteral("acceptAllocation"));
    accept->setToolTip(tr("Give the funded proposals' actions their resources and start them; undoable"));
    m_status = new QLabel(this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(ruleLabel);
    bottom->addWidget(m_ruleBox);
    bottom->addWidget(preview);
    bottom->addWidget(pdf);
    bottom->addWidget(accept);
    connect(preview, &QPushButton::clicked, this, &BudgetPage::printPreview);
    connect(pdf, &QPushButton::clicked, this, &BudgetPage::chooseSheetPath);
    connect(accept, &QPushButton::clicked, this, [this] {
        if (!acceptAllocation(selectedRule()))
            m_status->setText(tr("This rule has no allocation to accept."));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(main, 1);
    layout->addLayout(bottom);
}

BudgetRule BudgetPage::selectedRule() const { return static_cast<BudgetRule>(m_ruleBox->currentData().toInt()); }

void BudgetPage::rebuildConstraints()
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

bool BudgetPage::addConstraint(int firstRow, int secondRow, bool dependsOn)
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

void BudgetPage::removeSelectedConstraint()
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

int BudgetPage::createProposalsFromActions()
{
    if (m_round.id <= 0)
        return 0;
    Result<QList<ProblemCase>> cases = CaseRepository(m_session.workspace()).list();
    Result<QList<ResponseAction>> actions = ActionRepository(m_session.workspace()).listAll();
    if (!cases || !actions) {
        m_session.reportError(!cases ? cases.error() : actions.error());
        return 0;
    }
    QSet<qint64> respond, linked;
    for (const ProblemCase& c : *cases) {
        if (c.stage == SaraStage::Respond)
            respond.insert(c.id);
    }
    for (const BudgetProposal& p : m_round.proposals) {
        for (qint64 id : p.actionIds)
            linked.insert(id);
    }
    BudgetRound after = m_round;
    qint64 placeholder = 0;
    int added = 0;
    for (const ResponseAction& a : *actions) {
        // Only what is still to be done can be funded.
        if (!respond.contains(a.caseId) || linked.contains(a.id) || a.status == ActionStatus::Done ||
            a.status == ActionStatus::Dropped)
            continue;
        BudgetProposal p;
        p.id = --placeholder;
        p.title = a.title;
        p.description = a.rationale;
        p.actionIds = {a.id};
        for (PoolKind kind : {PoolKind::PoliceHours, PoolKind::VolunteerHours, PoolKind::Euros}) {
            const double value = kind == PoolKind::PoliceHours ? a.policeHours
                : kind == PoolKind::VolunteerHours             ? a.volunteerHours
                                                               : a.euros;
            for (const BudgetPool& pool : after.pools) {
                if (pool.kind == kind) {
                    QString text = QString::number(value, 'f', 2);
                    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
                        text.chop(1);
                    p.costs.append({pool.id, text, {}, {}});
                    break;
                }
            }
        }
        after.proposals.append(p);
        ++added;
    }
    if (added > 0)
        pushEdit(after, tr("Proposals from %n action(s)", nullptr, added));
    else
        m_status->setText(tr("Every action of the cases in Respond is already a proposal."));
    return added;
}

qint64 BudgetPage::addRound(const BudgetRound& round, const QString& description)
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

qint64 BudgetPage::newRound()
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

Status BudgetPage::importPabulib(const QString& path)
{
    Result<BudgetRound> round = RoundPabulib::readFile(path);
    if (!round)
        return round.error();
    if (addRound(*round, tr("Import %1").arg(round->name)) <= 0)
        return Error{tr("the round read from this file could not be stored"), path, 0, {}};
    return {};
}

Status BudgetPage::exportPabulib(const QString& path) { return RoundPabulib::exportFile(m_round, path); }

Status BudgetPage::exportPabulib(const QString& path, qint64 poolId)
{
    return RoundPabulib::exportFile(m_round, path, poolId);
}

bool BudgetPage::supportFromVotingSession(qint64 sessionId)
{
    if (m_round.id <= 0)
        return false;
    if (!m_session.push(new SupportFromVoteCommand(m_session, m_round.id, sessionId)))
        return false;
    selectRound(m_round.id);
    return true;
}

void BudgetPage::chooseVotingSession()
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

void BudgetPage::choosePabulibImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a pabulib file"), {}, tr("Pabulib (*.pb)"));
    if (path.isEmpty())
        return;
    if (Status s = importPabulib(path); !s)
        m_session.reportError(s.error());
}

void BudgetPage::choosePabulibExport()
{
    if (m_round.id <= 0)
        return;
    // Pabulib knows one budget: with several pools the user picks the one whose capacity and costs are written.
    qint64 poolId = m_round.pools.isEmpty() ? 0 : m_round.pools.at(std::max(0, RoundPabulib::budgetPool(m_round))).id;
    QString suffix;
    if (m_round.pools.size() > 1) {
        QStringList names;
        for (const BudgetPool& pool : m_round.pools)
            names << pool.name;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Export as pabulib"),
                                                     tr("Resource pool exported as the budget and the costs:"), names,
                                                     std::max(0, RoundPabulib::budgetPool(m_round)), false, &ok);
        if (!ok)
            return;
        const int index = int(names.indexOf(chosen));
        poolId = m_round.pools.at(index).id;
        suffix = QStringLiteral(" - ") + chosen;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as pabulib"),
                                                      m_round.name + suffix + QStringLiteral(".pb"), tr("Pabulib (*.pb)"));
    if (path.isEmpty())
        return;
    if (Status s = m_round.pools.isEmpty() ? exportPabulib(path) : exportPabulib(path, poolId); !s)
        m_session.reportError(s.error());
}

bool BudgetPage::acceptAllocation(BudgetRule rule)
{
    for (const RuleOutcome& outcome : m_outcomes.rules) {
        if (outcome.rule != rule || !outcome.result || m_round.id <= 0)
            continue;
        QList<qint64> funded;
        for (int p : outcome.result->funded)
            funded.append(m_round.proposals.at(p).id);
        BudgetRound asRun = m_round;
        for (int i = 0; i < asRun.pools.size(); ++i)
            asRun.pools[i].capacity = m_whatIf.at(i);
        m_session.push(new AcceptAllocationCommand(
            m_session, asRun, budgetRuleName(rule), funded,
            AllocationAcceptance::amountsOf(asRun, m_outcomes.instance, *outcome.result)));
        m_status->setText(tr("Accepted the %1 allocation: %n proposal(s) funded.", nullptr, int(funded.size()))
                              .arg(budgetRuleName(rule)));
        return true;
    }
    return false;
}

Status BudgetPage::exportSheet(const QString& path, BudgetRule rule)
{
    for (const RuleOutcome& outcome : m_outcomes.rules) {
        if (outcome.rule != rule || !outcome.result)
            continue;
        const reports::ReportDocument document =
            AllocationSheet::build(m_round, m_outcomes.instance, *outcome.result, m_session.workspace().name(),
                                   m_session.workspace().clock().now().date());
        Result<int> pages = documents::ReportRenderer::writePdf(path, document, documents::PageSetup{});
        return pages ? Status{} : Status{pages.error()};
    }
    return Error{tr("the rule %1 has no allocation").arg(budgetRuleName(rule)), path, 0, {}};
}

void BudgetPage::chooseSheetPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the allocation sheet"),
                                                      tr("Allocation %1.pdf").arg(m_round.name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportSheet(path, selectedRule()); !s)
        m_session.reportError(s.error());
}

void BudgetPage::printPreview()
{
    const BudgetRule rule = selectedRule();
    for (const RuleOutcome& outcome : m_outcomes.rules) {
        if (outcome.rule != rule || !outcome.result)
            continue;
        const reports::ReportDocument document =
            AllocationSheet::build(m_round, m_outcomes.instance, *outcome.result, m_session.workspace().name(),
                                   m_session.workspace().clock().now().date());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(documents::PageSetup{}.pageLayout());
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
            Result<int> pages = documents::ReportRenderer::render(target, document, documents::PageSetup{});
            if (!pages)
                m_session.reportError(pages.error());
        });
        dialog.exec();
        return;
    }
}

} // namespace proxima
