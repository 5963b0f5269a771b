#include "ui/matrix/MatrixTreeModel.h"

#include "documents/DocumentStyle.h"
#include "core/reports/MatrixCells.h"
#include "documents/MatrixRenderer.h"
#include "core/reports/MatrixLabels.h"
#include "core/reports/MatrixTotals.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace proxima {

using reports::ActionRow;
using reports::MatrixColumn;
using reports::MatrixTotals;
using reports::ProblemGroup;

namespace {

// internalId of an index: 0 for top-level rows, group index + 1 for rows below a group.
constexpr quintptr TopLevel = 0;

QString totalText(MatrixColumn column, const MatrixTotals& totals, const QLocale& locale)
{
    switch (column) {
    case MatrixColumn::PoliceHours: return reports::MatrixCells::hours(totals.policeHours, locale);
    case MatrixColumn::VolunteerHours: return reports::MatrixCells::hours(totals.volunteerHours, locale);
    case MatrixColumn::Euros: return reports::MatrixCells::euros(totals.euros, locale);
    default: return {};
    }
}

} // namespace

MatrixTreeModel::MatrixTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void MatrixTreeModel::setMatrix(const reports::ActionMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
    applySort();
}

void MatrixTreeModel::setFormat(const QLocale& locale, const QString& dateFormat)
{
    beginResetModel();
    m_locale = locale;
    m_dateFormat = dateFormat;
    endResetModel();
}

void MatrixTreeModel::setProblemShown(bool shown)
{
    if (shown == m_problemShown)
        return;
    m_problemShown = shown;
    emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int g = 0; g < m_matrix.groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, 0, parent));
    }
}

MatrixTreeModel::RowKind MatrixTreeModel::rowKind(const QModelIndex& index) const
{
    if (index.internalId() == TopLevel)
        return index.row() < m_matrix.groups.size() ? RowKind::Group : RowKind::GrandTotal;
    const ProblemGroup& group = m_matrix.groups.at(int(index.internalId() - 1));
    return index.row() < group.actions.size() ? RowKind::Action : RowKind::GroupTotal;
}

QModelIndex MatrixTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MatrixTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int MatrixTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_matrix.groups.size()) + (m_matrix.groups.isEmpty() ? 0 : 1);
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= m_matrix.groups.size())
        return 0;
    const int actions = int(m_matrix.groups.at(parent.row()).actions.size());
    return actions == 0 ? 0 : actions + 1;
}

int MatrixTreeModel::columnCount(const QModelIndex&) const
{
    return int(MatrixColumn::Referral) + 1;
}

QVariant MatrixTreeModel::cellText(const QModelIndex& index) const
{
    const auto column = MatrixColumn(index.column());
    switch (rowKind(index)) {
    case RowKind::Group:
        return index.column() == 0 ? documents::MatrixRenderer::groupTitle(m_matrix.groups.at(index.row())) : QString();
    case RowKind::GrandTotal:
        if (column == MatrixColumn::Action)
            return tr("Grand total (%n action(s))", nullptr, MatrixTotals::ofMatrix(m_matrix).actions);
        return totalText(column, MatrixTotals::ofMatrix(m_matrix), m_locale);
    case RowKind::GroupTotal: {
        const ProblemGroup& group = m_matrix.groups.at(int(index.internalId() - 1));
        if (column == MatrixColumn::Action)
            return tr("Total");
        return totalText(column, MatrixTotals::ofGroup(group), m_locale);
    }
    case RowKind::Action: {
        const ProblemGroup& group = m_matrix.groups.at(int(index.internalId() - 1));
        if (column == MatrixColumn::Problem && !m_problemShown)
            return QString();
        return reports::MatrixCells::text(group.actions.at(index.row()), group, column, m_locale, m_dateFormat);
    }
    }
    return {};
}

QVariant MatrixTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const RowKind kind = rowKind(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(index);
    case Qt::TextAlignmentRole:
        if (kind != RowKind::Group && reports::MatrixCells::isNumeric(MatrixColumn(index.column())))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (kind != RowKind::Action) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (kind == RowKind::Group)
            return QBrush(documents::DocumentStyle::shade(1));
        if (kind == RowKind::GrandTotal)
            return QBrush(documents::DocumentStyle::shade(2));
        return {};
    case RowKindRole:
        return int(kind);
    case ActionIdRole:
        if (kind == RowKind::Action)
            return m_matrix.groups.at(int(index.internalId() - 1)).actions.at(index.row()).id;
        return {};
    case SortRole:
        if (kind == RowKind::Action)
            return sortValue(m_matrix.groups.at(int(index.internalId() - 1)).actions.at(index.row()),
                             MatrixColumn(index.column()));
        return {};
    default:
        return {};
    }
}

QVariant MatrixTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return reports::MatrixLabels::column(MatrixColumn(section));
    if (role == Qt::TextAlignmentRole && reports::MatrixCells::isNumeric(MatrixColumn(section)))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MatrixTreeModel::sortValue(const ActionRow& action, MatrixColumn column) const
{
    switch (column) {
    case MatrixColumn::Start: return action.start;
    case MatrixColumn::Due: return action.due;
    case MatrixColumn::Status: return int(action.status);
    case MatrixColumn::ChainPhase: return int(action.phase);
    case MatrixColumn::TriangleSide: return int(action.side);
    case MatrixColumn::PoliceHours: return action.policeHours;
    case MatrixColumn::VolunteerHours: return action.volunteerHours;
    case MatrixColumn::Euros: return action.euros;
    default: return reports::MatrixCells::text(action, {}, column, m_locale, m_dateFormat);
    }
}

void MatrixTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void MatrixTreeModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn == int(MatrixColumn::Problem))
        return;
    const auto column = MatrixColumn(m_sortColumn);
    emit layoutAboutToBeChanged();
    for (ProblemGroup& group : m_matrix.groups) {
        std::stable_sort(group.actions.begin(), group.actions.end(), [&](const ActionRow& a, const ActionRow& b) {
            const QVariant va = sortValue(a, column);
            const QVariant vb = sortValue(b, column);
            // Empty dates and texts go last whatever the direction, as in the printed sort.
            const bool emptyA = !va.isValid() || va.toString().isEmpty();
            const bool emptyB = !vb.isValid() || vb.toString().isEmpty();
            if (emptyA || emptyB)
                return !emptyA && emptyB;
            const QPartialOrdering order = QVariant::compare(va, vb);
            const bool less = va.typeId() == QMetaType::QString
                ? va.toString().localeAwareCompare(vb.toString()) < 0
                : order == QPartialOrdering::Less;
            const bool greater = va.typeId() == QMetaType::QString
                ? va.toString().localeAwareCompare(vb.toString()) > 0
                : order == QPartialOrdering::Greater;
            return m_sortOrder == Qt::AscendingOrder ? less : greater;
        });
    }
    // Problems and totals keep their rows; only the actions under each problem moved.
    emit layoutChanged();
}

} // namespace proxima
