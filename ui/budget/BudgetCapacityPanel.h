#pragma once

#include "core/model/BudgetRound.h"

#include <QGroupBox>
#include <QList>
#include <QString>

class QDoubleSpinBox;
class QGridLayout;
class QSlider;

namespace proxima {

/// The what-if capacities of a round's pools: a slider and a spin box per pool beside the stored capacity. A
/// what-if is not stored; "Save capacities" asks for it to be (the round editor pushes the undoable edit).
class BudgetCapacityPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BudgetCapacityPanel(QWidget* parent = nullptr);

    /// Shows these pools. keepWhatIf: a pool's what-if survives unless its stored capacity changed.
    void setPools(const QList<BudgetPool>& pools, bool keepWhatIf);
    /// Sets a pool's what-if capacity (the slider and spin box follow).
    void setWhatIfCapacity(int pool, double value);
    /// The what-if capacity texts, one per pool.
    const QList<QString>& whatIf() const { return m_whatIf; }
    /// The pools with the what-if capacities.
    QList<BudgetPool> whatIfPools() const;

signals:
    /// A what-if capacity changed.
    void whatIfChanged();
    /// The user asked to store the what-if capacities.
    void saveRequested();

private:
    void rebuild();
    void reset();

    QList<BudgetPool> m_pools;
    QList<QString> m_whatIf;
    QGridLayout* m_layout;
    QList<QSlider*> m_sliders;
    QList<QDoubleSpinBox*> m_spins;
    bool m_updating = false;
};

} // namespace proxima
