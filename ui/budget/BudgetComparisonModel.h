#pragma once

#include "ui/budget/BudgetOutcome.h"

#include <QAbstractTableModel>

namespace proxima {

/// Funded or not, per proposal (rows) and rule (columns): "✓ 3" = funded, selected third. The tooltip is the
/// rule's explanation for that proposal.
class BudgetComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit BudgetComparisonModel(QObject* parent = nullptr);

    void setOutcomes(const BudgetOutcomes& outcomes);
    const BudgetOutcomes& outcomes() const { return m_outcomes; }
    /// True when the rule of column (1..) funds the proposal of row.
    bool isFunded(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BudgetOutcomes m_outcomes;
    std::vector<std::vector<int>> m_position;   // per rule, per project: selection order (1..) or 0
};

} // namespace proxima
