#pragma once

#include "core/common/Error.h"
#include "core/model/BudgetRound.h"

#include <QAbstractTableModel>

#include <vector>

namespace proxima {

/// The proposals of a round: id, title, cost with optional minimum and maximum per pool, support, constraints,
/// actions. Edits do not write: they emit roundEdited with the whole edited round, which the page saves through an
/// undo command; a refused edit (not an amount, or not 0 <= minimum <= cost <= maximum) emits editRejected.
class BudgetProposalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit BudgetProposalModel(QObject* parent = nullptr);

    /// Shows a round; support holds one total per proposal.
    void setRound(const BudgetRound& round, const std::vector<qint64>& support);
    const BudgetRound& round() const { return m_round; }

    /// Column of a pool's cost, minimum and maximum, of support, of the flags.
    int costColumn(int pool) const { return 2 + 3 * pool; }
    int minimumColumn(int pool) const { return 3 + 3 * pool; }
    int maximumColumn(int pool) const { return 4 + 3 * pool; }
    int supportColumn() const { return 2 + 3 * int(m_round.pools.size()); }
    int mustColumn() const { return supportColumn() + 1; }
    int excludedColumn() const { return supportColumn() + 2; }
    int actionsColumn() const { return supportColumn() + 3; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// The user edited a cell: the round with that change.
    void roundEdited(const proxima::BudgetRound& after, const QString& description);
    /// An edit was refused; the error names the field ("cost", "minimum", "maximum").
    void editRejected(const proxima::Error& error);

private:
    bool setAmount(BudgetRound& after, int row, int column, const QString& text, QString& description);

    BudgetRound m_round;
    std::vector<qint64> m_support;
};

} // namespace proxima
