#pragma once

#include "core/model/StoredIncident.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace proxima {

class WorkspaceSession;

/// The incidents of a workspace as a lazy table: only the row count is known up front; rows are read in windows
/// of WindowRows when a view asks for them, and at most MaxWindows windows stay in memory. A window that follows
/// one already read is fetched by keyset (cost independent of the position), others by offset.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Time, Category, Address, Area, Reference, Description, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int WindowRows = 256;
    static constexpr int MaxWindows = 48;

    explicit IncidentTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorting is done by the database: by date (Date, Time) or by category; other columns sort by date.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Restricts the rows (resets the model).
    void setFilter(const IncidentFilter& filter);
    const IncidentFilter& filter() const { return m_filter; }
    IncidentOrder order() const { return m_order; }
    /// The incident shown in a row (read from the database when its window is not cached); null when invalid.
    const StoredIncident* incidentAt(int row) const;
    /// Windows read from the database so far (for tests and the benchmark).
    int windowsFetched() const { return m_fetches; }
    /// Windows currently cached.
    int windowsCached() const { return int(m_windows.size()); }

    /// Counts again and forgets every cached window.
    void reload();

private:
    const QList<StoredIncident>* window(int number) const;

    WorkspaceSession& m_session;
    IncidentFilter m_filter;
    IncidentOrder m_order = IncidentOrder::DateAscending;
    int m_count = 0;
    mutable QHash<int, QList<StoredIncident>> m_windows;
    mutable QList<int> m_recent;   // window numbers, most recently used last
    mutable int m_fetches = 0;
};

} // namespace proxima
