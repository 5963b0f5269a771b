#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace proxima {

/// Base of the table models over a list of records with an `id` field: row lookup by id and a reload that keeps
/// views stable when only values changed (dataChanged instead of a reset).
template <typename Record> class RecordListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    const Record& recordAt(int row) const { return m_records.at(row); }
    const QList<Record>& records() const { return m_records; }

    /// The row of the record with this id, or -1.
    int rowForId(qint64 id) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id)
                return row;
        }
        return -1;
    }

protected:
    /// Replaces the records: same ids in the same order only refresh values; anything else resets the model.
    void setRecords(QList<Record> records)
    {
        bool sameRows = records.size() == m_records.size();
        for (int i = 0; sameRows && i < records.size(); ++i)
            sameRows = records.at(i).id == m_records.at(i).id;
        if (sameRows) {
            m_records = std::move(records);
            if (!m_records.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }

private:
    QList<Record> m_records;
};

} // namespace proxima
