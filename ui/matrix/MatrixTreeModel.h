#pragma once

#include "core/reports/ActionMatrix.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSet>

namespace proxima {

/// The action matrix as a tree: one top-level row per problem (its actions and a totals row below it), then a
/// grand-total row. Columns are the 14 matrix columns in MatrixColumn order. Sorting orders the actions inside
/// each problem and never moves problems or totals.
class MatrixTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class RowKind { Group, Action, GroupTotal, GrandTotal };
    enum Role { RowKindRole = Qt::UserRole + 1, SortRole, ActionIdRole };

    explicit MatrixTreeModel(QObject* parent = nullptr);

    /// Shows a new matrix (re-applying the current sort).
    void setMatrix(const reports::ActionMatrix& matrix);
    /// The matrix as shown, in the shown order.
    const reports::ActionMatrix& matrix() const { return m_matrix; }
    /// Locale and date format of numbers and dates.
    void setFormat(const QLocale& locale, const QString& dateFormat);
    /// Whether action rows repeat the problem in the Problem column.
    void setProblemShown(bool shown);

    /// The kind of row an index is on.
    RowKind rowKind(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant cellText(const QModelIndex& index) const;
    QVariant sortValue(const reports::ActionRow& action, reports::MatrixColumn column) const;
    void applySort();

    reports::ActionMatrix m_matrix;
    QLocale m_locale;
    QString m_dateFormat = QStringLiteral("yyyy-MM-dd");
    bool m_problemShown = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace proxima
