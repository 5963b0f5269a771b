#include "ui/budget/BudgetCapacityPanel.h"

#include "core/budget/ActionProposals.h"
#include "core/io/PabulibReader.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

#include <cmath>

namespace proxima {

BudgetCapacityPanel::BudgetCapacityPanel(QWidget* parent)
    : QGroupBox(tr("Capacities (what-if)"), parent), m_layout(new QGridLayout(this))
{
}

void BudgetCapacityPanel::setPools(const QList<BudgetPool>& pools, bool keepWhatIf)
{
    const bool samePools = keepWhatIf && pools.size() == m_pools.size();
    QList<QString> whatIf;
    for (int i = 0; i < pools.size(); ++i) {
        const bool keep = samePools && m_pools.at(i).capacity == pools.at(i).capacity;
        whatIf << (keep ? m_whatIf.at(i) : pools.at(i).capacity);
    }
    m_pools = pools;
    m_whatIf = whatIf;
    rebuild();
}

QList<BudgetPool> BudgetCapacityPanel::whatIfPools() const
{
    QList<BudgetPool> pools = m_pools;
    for (int i = 0; i < pools.size(); ++i)
        pools[i].capacity = m_whatIf.at(i);
    return pools;
}

void BudgetCapacityPanel::setWhatIfCapacity(int pool, double value)
{
    if (pool < 0 || pool >= m_whatIf.size())
        return;
    // Two decimals at most: the text is exact, so the rules see exactly what the spin box shows.
    m_whatIf[pool] = ActionProposals::amountText(value);
    m_updating = true;
    if (pool < m_sliders.size()) {
        if (value > m_sliders[pool]->maximum())
            m_sliders[pool]->setMaximum(static_cast<int>(std::ceil(value)));
        m_sliders[pool]->setValue(static_cast<int>(std::lround(value)));
        m_spins[pool]->setValue(value);
    }
    m_updating = false;
    emit whatIfChanged();
}

void BudgetCapacityPanel::reset()
{
    m_whatIf.clear();
    for (const BudgetPool& pool : m_pools)
        m_whatIf << pool.capacity;
    rebuild();
    emit whatIfChanged();
}

void BudgetCapacityPanel::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sliders.clear();
    m_spins.clear();
    m_updating = true;
    for (int i = 0; i < m_pools.size(); ++i) {
        const BudgetPool& pool = m_pools.at(i);
        const double stored = io::PabulibReader::parseDecimal(pool.capacity).value_or(mpq_class(0)).get_d();
        const double current = io::PabulibReader::parseDecimal(m_whatIf.at(i)).value_or(mpq_class(0)).get_d();
        const double top = std::max({stored * 2, current, 10.0});
        auto* label = new QLabel(pool.unit.isEmpty() ? pool.name : tr("%1 (%2)").arg(pool.name, pool.unit), this);
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setRange(0, static_cast<int>(std::ceil(top)));
        slider->setValue(static_cast<int>(std::lround(current)));
        slider->setPageStep(std::max(1, static_cast<int>(top / 20)));
        slider->setAccessibleName(tr("Capacity of %1").arg(pool.name));
        auto* spin = new QDoubleSpinBox(this);
        spin->setRange(0, 1e12);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        spin->setValue(current);
        spin->setAccessibleName(tr("Capacity of %1").arg(pool.name));
        spin->setObjectName(QStringLiteral("capacity%1").arg(i));
        label->setBuddy(spin);
        m_layout->addWidget(label, i, 0);
        m_layout->addWidget(slider, i, 1);
        m_layout->addWidget(spin, i, 2);
        auto* storedLabel = new QLabel(tr("stored: %1").arg(pool.capacity), this);
        storedLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_layout->addWidget(storedLabel, i, 3);
        connect(slider, &QSlider::valueChanged, this, [this, i](int value) {
            if (!m_updating)
                setWhatIfCapacity(i, value);
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            if (!m_updating)
                setWhatIfCapacity(i, value);
        });
        m_sliders << slider;
        m_spins << spin;
    }
    m_updating = false;
    auto* buttons = new QWidget(this);
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto* save = new QPushButton(tr("Save capacities"), buttons);
    save->setObjectName(QStringLiteral("saveCapacities"));
    auto* reset = new QPushButton(tr("Reset"), buttons);
    connect(save, &QPushButton::clicked, this, &BudgetCapacityPanel::saveRequested);
    connect(reset, &QPushButton::clicked, this, &BudgetCapacityPanel::reset);
    row->addStretch();
    row->addWidget(reset);
    row->addWidget(save);
    m_layout->addWidget(buttons, int(m_pools.size()), 0, 1, 4);
    m_layout->setColumnStretch(1, 1);
}

} // namespace proxima
