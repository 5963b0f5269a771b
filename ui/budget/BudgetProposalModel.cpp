#include "ui/budget/BudgetProposalModel.h"

#include "core/budgeting/BudgetText.h"
#include "core/budgeting/FlexibleAmounts.h"
#include "core/io/PabulibReader.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <algorithm>

namespace proxima {

BudgetProposalModel::BudgetProposalModel(QObject* parent) : QAbstractTableModel(parent) {}

void BudgetProposalModel::setRound(const BudgetRound& round, const std::vector<qint64>& support)
{
    beginResetModel();
    m_round = round;
    m_round.ballots.clear();
    m_support = support;
    endResetModel();
}

int BudgetProposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_round.proposals.size());
}

int BudgetProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : actionsColumn() + 1;
}

QVariant BudgetProposalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BudgetProposal& p = m_round.proposals.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (column == mustColumn())
            return p.mustFund ? Qt::Checked : Qt::Unchecked;
        if (column == excludedColumn())
            return p.excluded ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= 2 && column <= supportColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (column == 0)
        return p.code;
    if (column == 1)
        return role == Qt::ToolTipRole && !p.description.isEmpty() ? p.description : p.title;
    if (column >= 2 && column < supportColumn()) {
        const int part = (column - 2) % 3;
        const BudgetPool& pool = m_round.pools.at((column - 2) / 3);
        QString text = p.costIn(pool.id);
        if (part != 0) {
            text.clear();
            for (const ProposalCost& c : p.costs) {
                if (c.poolId == pool.id)
                    text = part == 1 ? c.minimum : c.maximum;
            }
        }
        if (role == Qt::EditRole || text.isEmpty())
            return text;
        const auto value = io::PabulibReader::parseDecimal(text);
        return value ? budgeting::formatAmount(*value, pool.unit) : text;
    }
    if (column == supportColumn())
        return static_cast<size_t>(index.row()) < m_support.size() ? QVariant(m_support[size_t(index.row())]) : QVariant();
    if (column == actionsColumn())
        return p.actionIds.isEmpty() ? QString() : tr("%n action(s)", nullptr, int(p.actionIds.size()));
    return {};
}

QVariant BudgetProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 2 && section < supportColumn()) {
        const QString& name = m_round.pools.at((section - 2) / 3).name;
        switch ((section - 2) % 3) {
        case 1: return tr("Lowest amount of %1 the proposal can run with (empty: none). %2")
                .arg(name, budgeting::flexibleAmountsNote());
        case 2: return tr("Highest amount of %1 the proposal can use (empty: none). %2")
                .arg(name, budgeting::flexibleAmountsNote());
        default: return tr("Cost in %1").arg(name);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Id");
    if (section == 1)
        return tr("Proposal");
    if (section >= 2 && section < supportColumn()) {
        const QString& name = m_round.pools.at((section - 2) / 3).name;
        switch ((section - 2) % 3) {
        case 1: return tr("%1 minimum").arg(name);
        case 2: return tr("%1 maximum").arg(name);
        default: return name;
        }
    }
    if (section == supportColumn())
        return tr("Support");
    if (section == mustColumn())
        return tr("Must fund");
    if (section == excludedColumn())
        return tr("Excluded");
    if (section == actionsColumn())
        return tr("Actions");
    return {};
}

Qt::ItemFlags BudgetProposalModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return base;
    const int column = index.column();
    if (column == mustColumn() || column == excludedColumn())
        return base | Qt::ItemIsUserCheckable;
    if (column == 1 || (column >= 2 && column < supportColumn()))
        return base | Qt::ItemIsEditable;
    if (column == supportColumn() && m_round.supportFromCounts)
        return base | Qt::ItemIsEditable;
    return base;
}

bool BudgetProposalModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    BudgetRound after = m_round;
    BudgetProposal& p = after.proposals[index.row()];
    const int column = index.column();
    const QString label = p.title.isEmpty() ? p.code : p.title;
    QString description;
    if (role == Qt::CheckStateRole && (column == mustColumn() || column == excludedColumn())) {
        const bool on = value.toInt() == Qt::Checked;
        bool& flag = column == mustColumn() ? p.mustFund : p.excluded;
        flag = on;
        if (on)   // required and excluded exclude each other
            (column == mustColumn() ? p.excluded : p.mustFund) = false;
        description = column == mustColumn() ? tr("Must fund %1").arg(label) : tr("Exclude %1").arg(label);
    } else if (role == Qt::EditRole && column == 1) {
        p.title = value.toString().trimmed();
        description = tr("Rename %1").arg(label);
    } else if (role == Qt::EditRole && column >= 2 && column < supportColumn()) {
        if (!setAmount(after, index.row(), column, value.toString().trimmed(), description))
            return false;
    } else if (role == Qt::EditRole && column == supportColumn() && m_round.supportFromCounts) {
        bool ok = false;
        const qint64 count = value.toLongLong(&ok);
        if (!ok || count < 0)
            return false;
        p.supportCount = count;
        description = tr("Support of %1").arg(label);
    } else {
        return false;
    }
    emit roundEdited(after, description);
    return true;
}

bool BudgetProposalModel::setAmount(BudgetRound& after, int row, int column, const QString& text, QString& description)
{
    BudgetProposal& p = after.proposals[row];
    const QString label = p.title.isEmpty() ? p.code : p.title;
    const int part = (column - 2) % 3;
    const BudgetPool& pool = after.pools.at((column - 2) / 3);
    auto entry = std::find_if(p.costs.begin(), p.costs.end(), [&](const ProposalCost& c) { return c.poolId == pool.id; });
    ProposalCost edited = entry != p.costs.end() ? *entry : ProposalCost{pool.id, QStringLiteral("0"), {}, {}};
    if (part == 0 && text.isEmpty()) {
        emit editRejected(Error{tr("the cost of %1 in %2 cannot be empty").arg(label, pool.name), {}, 0,
                                QStringLiteral("cost")});
        return false;
    }
    (part == 0 ? edited.cost : part == 1 ? edited.minimum : edited.maximum) = text;
    if (Status valid = BudgetRepository::validateCost(edited, label, pool.name); !valid) {
        emit editRejected(valid.error());
        return false;
    }
    if (entry != p.costs.end())
        *entry = edited;
    else
        p.costs.append(edited);
    description = part == 0 ? tr("Cost of %1").arg(label)
                : part == 1 ? tr("Minimum of %1").arg(label)
                            : tr("Maximum of %1").arg(label);
    return true;
}

} // namespace proxima
