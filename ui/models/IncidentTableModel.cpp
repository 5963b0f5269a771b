#include "ui/models/IncidentTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/IncidentQueries.h"

#include <QLocale>

#include <limits>

namespace proxima {

IncidentTableModel::IncidentTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Incident)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &IncidentTableModel::reload);
    reload();
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_windows.clear();
    m_recent.clear();
    auto counted = IncidentQueries(m_session.workspace()).count(m_filter);
    if (!counted)
        m_session.reportError(counted.error());
    // A view cannot show more rows than an int holds; a workspace never comes near.
    m_count = counted ? int(qMin<qint64>(counted.value(), std::numeric_limits<int>::max())) : 0;
    endResetModel();
}

void IncidentTableModel::setFilter(const IncidentFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    const IncidentOrder wanted =
        column == Category ? (ascending ? IncidentOrder::CategoryAscending : IncidentOrder::CategoryDescending)
                           : (ascending ? IncidentOrder::DateAscending : IncidentOrder::DateDescending);
    if (wanted == m_order)
        return;
    beginResetModel();
    m_order = wanted;
    m_windows.clear();
    m_recent.clear();
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<StoredIncident>* IncidentTableModel::window(int number) const
{
    if (auto it = m_windows.constFind(number); it != m_windows.constEnd()) {
        if (m_recent.last() != number) {
            m_recent.removeOne(number);
            m_recent.append(number);
        }
        return &it.value();
    }
    IncidentQueries queries(m_session.workspace());
    Result<QList<StoredIncident>> rows = Error{};
    const auto previous = m_windows.constFind(number - 1);
    if (previous != m_windows.constEnd() && previous->size() == WindowRows)
        rows = queries.pageAfter(previous->last(), WindowRows, m_filter, m_order);
    else
        rows = queries.page(qint64(number) * WindowRows, WindowRows, m_filter, m_order);
    ++m_fetches;
    if (!rows) {
        m_session.reportError(rows.error());
        return nullptr;
    }
    if (m_windows.size() >= MaxWindows) {
        m_windows.remove(m_recent.takeFirst());
    }
    m_recent.append(number);
    return &*m_windows.insert(number, std::move(rows.value()));
}

const StoredIncident* IncidentTableModel::incidentAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<StoredIncident>* rows = window(row / WindowRows);
    const int offset = row % WindowRows;
    if (!rows || offset >= rows->size())
        return nullptr; // the table shrank under us (another member deleted rows): shown empty until reload
    return &rows->at(offset);
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole)
        return {};
    const StoredIncident* stored = incidentAt(index.row());
    if (!stored)
        return {};
    if (role == IdRole)
        return stored->id;
    const io::Incident& i = stored->incident;
    if (role == Qt::ToolTipRole)
        return index.column() == Description ? QVariant(i.description) : QVariant();
    switch (Column(index.column())) {
    case Date:
        return i.date.toString(Qt::ISODate);
    case Time:
        return i.time ? i.time->toString(QStringLiteral("HH:mm")) : QString();
    case Category:
        return i.category;
    case Address:
        return i.address;
    case Area:
        return stored->areaName;
    case Reference:
        return i.reference;
    case Description:
        return i.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Category:
        return tr("Type");
    case Address:
        return tr("Address");
    case Area:
        return tr("Area");
    case Reference:
        return tr("Reference");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace proxima
