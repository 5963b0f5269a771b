#include "ui/budget/BudgetPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/budget/BudgetCapacityPanel.h"
#include "ui/budget/BudgetDocumentActions.h"
#include "ui/budget/BudgetResultsPanel.h"
#include "ui/budget/BudgetRoundEditor.h"
#include "ui/budget/BudgetWhatIfRunner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace proxima {

using namespace budgeting;

BudgetPage::BudgetPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_runner = new BudgetWhatIfRunner(this);
    m_documents = new BudgetDocumentActions(m_session, this);
    m_results = new BudgetResultsPanel(this);
    m_status = new QLabel(this);
    m_editor = new BudgetRoundEditor(m_session, this);
    auto* exportButton = new QPushButton(tr("E&xport .pb…"), this);
    m_editor->addToButtonRow(exportButton);
    connect(exportButton, &QPushButton::clicked, this, [this] { m_documents->choosePabulibExport(round()); });

    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_editor);
    main->addWidget(m_results);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({240, 490});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(main, 1);
    layout->addWidget(buildActionBar());

    connect(m_editor, &BudgetRoundEditor::statusMessage, m_status, &QLabel::setText);
    connect(m_editor, &BudgetRoundEditor::whatIfChanged, this,
            [this] { m_runner->schedule(m_editor->whatIfInstance()); });
    connect(m_runner, &BudgetWhatIfRunner::started, this, [this] { m_status->setText(tr("Computing…")); });
    connect(m_runner, &BudgetWhatIfRunner::outcomesReady, this, [this] {
        m_results->setOutcomes(m_runner->outcomes());
        m_status->clear();
        emit outcomesReady();
    });
    // The editor loaded the workspace's rounds while it was built, before anyone listened.
    m_runner->schedule(m_editor->whatIfInstance());
}

BudgetPage::~BudgetPage() = default;

QWidget* BudgetPage::buildActionBar()
{
    auto* bar = new QWidget(this);
    m_ruleBox = new QComboBox(bar);
    for (BudgetRule rule : BudgetOutcomes::allRules())
        m_ruleBox->addItem(budgetRuleName(rule), static_cast<int>(rule));
    m_ruleBox->setCurrentIndex(2);   // equal shares: the committee's default
    m_ruleBox->setAccessibleName(tr("Rule to accept or print"));
    auto* ruleLabel = new QLabel(tr("R&ule:"), bar);
    ruleLabel->setBuddy(m_ruleBox);
    auto* preview = new QPushButton(tr("&Print allocation sheet…"), bar);
    auto* pdf = new QPushButton(tr("Save sheet as P&DF…"), bar);
    auto* accept = new QPushButton(tr("&Accept allocation"), bar);
    accept->setObjectName(QStringLiteral("acceptAllocation"));
    accept->setToolTip(tr("Give the funded proposals' actions their resources and start them; undoable"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(ruleLabel);
    row->addWidget(m_ruleBox);
    row->addWidget(preview);
    row->addWidget(pdf);
    row->addWidget(accept);
    connect(preview, &QPushButton::clicked, this,
            [this] { m_documents->printPreview(round(), outcomes(), selectedRule()); });
    connect(pdf, &QPushButton::clicked, this,
            [this] { m_documents->chooseSheetPath(round(), outcomes(), selectedRule()); });
    connect(accept, &QPushButton::clicked, this, [this] { acceptAllocation(selectedRule()); });
    return bar;
}

BudgetRule BudgetPage::selectedRule() const { return static_cast<BudgetRule>(m_ruleBox->currentData().toInt()); }

void BudgetPage::reload() { m_editor->reload(); }

qint64 BudgetPage::currentRoundId() const { return m_editor->round().id; }

const BudgetRound& BudgetPage::round() const { return m_editor->round(); }

void BudgetPage::selectRound(qint64 roundId) { m_editor->selectRound(roundId); }

void BudgetPage::setWhatIfCapacity(int pool, double value) { m_editor->capacities()->setWhatIfCapacity(pool, value); }

QString BudgetPage::whatIfCapacity(int pool) const { return m_editor->capacities()->whatIf().value(pool); }

void BudgetPage::saveCapacities() { m_editor->saveCapacities(); }

bool BudgetPage::isComputing() const { return m_runner->isComputing(); }

const BudgetOutcomes& BudgetPage::outcomes() const { return m_runner->outcomes(); }

BudgetProposalModel* BudgetPage::proposalModel() const { return m_editor->proposalModel(); }

bool BudgetPage::acceptAllocation(BudgetRule rule) { return m_editor->acceptAllocation(outcomes(), rule); }

Status BudgetPage::exportSheet(const QString& path, BudgetRule rule)
{
    return m_documents->exportSheet(round(), outcomes(), rule, path);
}

Status BudgetPage::importPabulib(const QString& path) { return m_editor->importPabulib(path); }

bool BudgetPage::supportFromVotingSession(qint64 sessionId) { return m_editor->supportFromVotingSession(sessionId); }

Status BudgetPage::exportPabulib(const QString& path, std::optional<qint64> poolId)
{
    return m_documents->exportPabulib(round(), path, poolId);
}

int BudgetPage::createProposalsFromActions() { return m_editor->createProposalsFromActions(); }

bool BudgetPage::addConstraint(int firstRow, int secondRow, bool dependsOn)
{
    return m_editor->addConstraint(firstRow, secondRow, dependsOn);
}

qint64 BudgetPage::newRound() { return m_editor->newRound(); }

bool BudgetPage::setPeriod(const QDate& from, const QDate& to) { return m_editor->setPeriod(from, to); }

} // namespace proxima
