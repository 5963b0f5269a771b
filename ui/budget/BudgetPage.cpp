#include "ui/budget/BudgetPage.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/budget/BudgetCommands.h"
#include "ui/budget/BudgetProposalModel.h"
#include "ui/budget/BudgetResultsPanel.h"
#include "core/budget/RoundInstance.h"
#include "core/io/PabulibReader.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace proxima {

using namespace budgeting;

BudgetPage::BudgetPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &BudgetPage::startCompute);
    buildUi();
    connect(&m_session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::BudgetRound || kind == ChangeKind::BudgetSupport || kind == ChangeKind::BudgetAllocation
            || kind == ChangeKind::Action)
            reload();
    });
    connect(&m_session, &WorkspaceSession::externalChange, this, &BudgetPage::reload);
    reload();
}

BudgetPage::~BudgetPage()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void BudgetPage::reload()
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

void BudgetPage::selectRound(qint64 roundId)
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

void BudgetPage::showRound(const BudgetRound& round)
{
    const bool sameRound = round.id == m_round.id && round.pools.size() == m_round.pools.size();
    const QList<QString> previousWhatIf = m_whatIf;
    const QList<BudgetPool> previousPools = m_round.pools;
    m_round = round;
    m_whatIf.clear();
    for (int i = 0; i < round.pools.size(); ++i) {
        // A what-if survives a reload unless the stored capacity itself changed.
        const bool keep = sameRound && previousPools.at(i).capacity == round.pools.at(i).capacity;
        m_whatIf << (keep ? previousWhatIf.at(i) : round.pools.at(i).capacity);
    }
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
    rebuildPools();
    rebuildConstraints();
    scheduleCompute();
}

void BudgetPage::rebuildPools()
{
    while (QLayoutItem* item = m_poolsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sliders.clear();
    m_spins.clear();
    for (int i = 0; i < m_round.pools.size(); ++i) {
        const BudgetPool& pool = m_round.pools.at(i);
        const double stored = io::PabulibReader::parseDecimal(pool.capacity).value_or(mpq_class(0)).get_d();
        const double current = io::PabulibReader::parseDecimal(m_whatIf.at(i)).value_or(mpq_class(0)).get_d();
        const double top = std::max({stored * 2, current, 10.0});
        auto* label = new QLabel(pool.unit.isEmpty() ? pool.name : tr("%1 (%2)").arg(pool.name, pool.unit), m_poolsBox);
        auto* slider = new QSlider(Qt::Horizontal, m_poolsBox);
        slider->setRange(0, static_cast<int>(std::ceil(top)));
        slider->setValue(static_cast<int>(std::lround(current)));
        slider->setPageStep(std::max(1, static_cast<int>(top / 20)));
        slider->setAccessibleName(tr("Capacity of %1").arg(pool.name));
        auto* spin = new QDoubleSpinBox(m_poolsBox);
        spin->setRange(0, 1e12);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        spin->setValue(current);
        spin->setAccessibleName(tr("Capacity of %1").arg(pool.name));
        spin->setObjectName(QStringLiteral("capacity%1").arg(i));
        label->setBuddy(spin);
        m_poolsLayout->addWidget(label, i, 0);
        m_poolsLayout->addWidget(slider, i, 1);
        m_poolsLayout->addWidget(spin, i, 2);
        auto* stored_ = new QLabel(tr("stored: %1").arg(pool.capacity), m_poolsBox);
        stored_->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_poolsLayout->addWidget(stored_, i, 3);
        connect(slider, &QSlider::valueChanged, this, [this, i](int value) {
            if (!m_updatingControls)
                setWhatIfCapacity(i, value);
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            if (!m_updatingControls)
                setWhatIfCapacity(i, value);
        });
        m_sliders << slider;
        m_spins << spin;
    }
    auto* buttons = new QWidget(m_poolsBox);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto* save = new QPushButton(tr("Save capacities"), buttons);
    save->setObjectName(QStringLiteral("saveCapacities"));
    auto* reset = new QPushButton(tr("Reset"), buttons);
    connect(save, &QPushButton::clicked, this, &BudgetPage::saveCapacities);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_whatIf.clear();
        for (const BudgetPool& pool : m_round.pools)
            m_whatIf << pool.capacity;
        rebuildPools();
        scheduleCompute();
    });
    row->addStretch();
    row->addWidget(reset);
    row->addWidget(save);
    m_poolsLayout->addWidget(buttons, int(m_round.pools.size()), 0, 1, 4);
    m_poolsLayout->setColumnStretch(1, 1);
}

void BudgetPage::setWhatIfCapacity(int pool, double value)
{
    if (pool < 0 || pool >= m_whatIf.size())
        return;
    // Two decimals at most: the text is exact, so the rules see exactly what the spin box shows.
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    m_whatIf[pool] = text;
    m_updatingControls = true;
    if (pool < m_sliders.size()) {
        if (value > m_sliders[pool]->maximum())
            m_sliders[pool]->setMaximum(static_cast<int>(std::ceil(value)));
        m_sliders[pool]->setValue(static_cast<int>(std::lround(value)));
        m_spins[pool]->setValue(value);
    }
    m_updatingControls = false;
    scheduleCompute();
}

QString BudgetPage::whatIfCapacity(int pool) const { return m_whatIf.value(pool); }

void BudgetPage::saveCapacities()
{
    BudgetRound after = m_round;
    for (int i = 0; i < after.pools.size(); ++i)
        after.pools[i].capacity = m_whatIf.at(i);
    if (after.pools == m_round.pools)
        return;
    pushEdit(after, tr("Capacities of %1").arg(m_round.name));
}

BudgetInstance BudgetPage::whatIfInstance() const
{
    BudgetRound round = m_round;
    for (int i = 0; i < round.pools.size(); ++i)
        round.pools[i].capacity = m_whatIf.at(i);
    Result<BudgetInstance> instance = RoundInstance::toInstance(round);
    return instance ? *instance : BudgetInstance{};
}

bool BudgetPage::isComputing() const { return m_debounce.isActive() || m_thread != nullptr; }

void BudgetPage::scheduleCompute() { m_debounce.start(); }

void BudgetPage::startCompute()
{
    if (m_thread) {
        m_recomputeAgain = true;   // the running computation's result is stale; run again when it ends
        return;
    }
    m_status->setText(tr("Computing…"));
    auto output = std::make_shared<BudgetOutcomes>();
    m_pending = output;
    BudgetInstance instance = whatIfInstance();
    m_thread = QThread::create([output, instance]() mutable { *output = BudgetOutcomes::compute(std::move(instance)); });
    connect(m_thread, &QThread::finished, this, &BudgetPage::computeFinished);
    m_thread->start();
}

void BudgetPage::computeFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_recomputeAgain) {
        m_recomputeAgain = false;
        startCompute();
        return;
    }
    m_outcomes = *m_pending;
    m_pending.reset();
    m_results->setOutcomes(m_outcomes);
    m_status->clear();
    emit outcomesReady();
}

void BudgetPage::pushEdit(const BudgetRound& after, const QString& description)
{
    BudgetRound before = m_round;
    m_session.push(new SaveRoundCommand(m_session, before, after, description));
}

void BudgetPage::renameRound()
{
    const QString name = m_name->text().trimmed();
    if (m_round.id <= 0 || name.isEmpty() || name == m_round.name)
        return;
    BudgetRound after = m_round;
    after.name = name;
    pushEdit(after, tr("Rename round %1").arg(m_round.name));
}

void BudgetPage::periodEdited()
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

bool BudgetPage::setPeriod(const QDate& from, const QDate& to)
{
    if (m_round.id <= 0 || (from == m_round.from && to == m_round.to))
        return false;
    BudgetRound after = m_round;
    after.from = from;
    after.to = to;
    if (Status valid = BudgetRepository::validate(after); !valid) {
        m_status->setText(valid.error().message);
        m_session.reportError(valid.error());
        return false;
    }
    pushEdit(after, tr("Period of %1").arg(m_round.name));
    return true;
}

} // namespace proxima
