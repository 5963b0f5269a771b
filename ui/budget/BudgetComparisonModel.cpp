#include "ui/budget/BudgetComparisonModel.h"

#include "core/budgeting/BudgetText.h"
#include "core/budgeting/FlexibleAmounts.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace proxima {

using namespace budgeting;

BudgetComparisonModel::BudgetComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void BudgetComparisonModel::setOutcomes(const BudgetOutcomes& outcomes)
{
    beginResetModel();
    m_outcomes = outcomes;
    m_position.assign(static_cast<size_t>(outcomes.rules.size()),
                      std::vector<int>(outcomes.instance.projects.size(), 0));
    for (int r = 0; r < outcomes.rules.size(); ++r) {
        const auto& result = outcomes.rules.at(r).result;
        if (!result)
            continue;
        int position = 0;
        for (int p : result->funded)
            m_position[size_t(r)][size_t(p)] = ++position;
    }
    endResetModel();
}

bool BudgetComparisonModel::isFunded(int row, int column) const
{
    if (column < 1 || column > int(m_position.size()) || row < 0 || row >= rowCount())
        return false;
    return m_position[size_t(column - 1)][size_t(row)] > 0;
}

int BudgetComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.instance.projects.size());
}

int BudgetComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_outcomes.rules.size());
}

QVariant BudgetComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& project = m_outcomes.instance.projects[size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1  %2").arg(project.id, project.name);
        if (role == Qt::ToolTipRole)
            return project.name;
        return {};
    }
    const RuleOutcome& outcome = m_outcomes.rules.at(index.column() - 1);
    const int position = m_position[size_t(index.column() - 1)][size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (!outcome.result)
            return tr("n/a");
        if (position <= 0)
            return QStringLiteral("—");
        // A flexible amount (minimum or topped up) is shown next to the tick; the nominal cost goes without saying.
        if (const FundedAmount* amount = findFundedAmount(*outcome.result, index.row());
            amount && std::any_of(amount->kind.begin(), amount->kind.end(),
                                  [](AmountKind kind) { return kind != AmountKind::Nominal; }))
            return QStringLiteral("✓ %1 (%2)").arg(position).arg(formatCost(m_outcomes.instance, amount->amount));
        return QStringLiteral("✓ %1").arg(position);
    case Qt::ToolTipRole:
        if (!outcome.result)
            return outcome.error;
        return outcome.result->explanations.at(size_t(index.row())).text;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return position > 0 ? QBrush(QColor(0xd6, 0xf0, 0xdc)) : QVariant();
    case Qt::AccessibleTextRole:
        return position > 0 ? tr("funded, selected %1").arg(position) : tr("not funded");
    default:
        return {};
    }
}

QVariant BudgetComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Proposal");
    if (section - 1 < m_outcomes.rules.size())
        return budgetRuleName(m_outcomes.rules.at(section - 1).rule);
    return {};
}

} // namespace proxima
