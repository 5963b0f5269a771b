#include "budget/BudgetProposalModel.h"

#include "budgeting/BudgetText.h"
#include "io/PabulibReader.h"

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
        const BudgetPool& pool = m_round.pools.at(column - 2);
        const QString text = p.costIn(pool.id);
        if (role == Qt::EditRole)
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Id");
    if (section == 1)
        return tr("Proposal");
    if (section >= 2 && section < supportColumn())
        return m_round.pools.at(section - 2).name;
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
        const QString text = value.toString().trimmed();
        const auto amount = io::PabulibReader::parseDecimal(text);
        if (!amount || *amount < 0)
            return false;
        const qint64 poolId = after.pools.at(column - 2).id;
        bool found = false;
        for (ProposalCost& c : p.costs) {
            if (c.poolId == poolId) {
                c.cost = text;
                found = true;
            }
        }
        if (!found)
            p.costs.append({poolId, text, {}, {}});
        description = tr("Cost of %1").arg(label);
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

} // namespace proxima
