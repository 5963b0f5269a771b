#include "ui/models/CaseTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QLocale>

namespace proxima {

CaseTableModel::CaseTableModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<ProblemCase>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Case || kind == ChangeKind::Member)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &CaseTableModel::reload);
    reload();
}

void CaseTableModel::reload()
{
    auto cases = CaseRepository(m_session.workspace()).list();
    if (!cases) {
        m_session.reportError(cases.error());
        return;
    }
    setRecords(cases.value());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProblemCase& c = recordAt(index.row());
    switch (role) {
    case IdRole: return c.id;
    case StageRole: return int(c.stage);
    case AreaIdRole: return c.areaId;
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Priority ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Title ? QVariant(c.description) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Priority: return c.priority > 0 ? c.priority : 1000000; // unranked last
        case Stage: return int(c.stage);
        case Opened: return c.openedOn;
        case Updated: return c.updatedAt;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id: return c.id;
        case Priority: return c.priority > 0 ? QVariant(c.priority) : QVariant(QStringLiteral("–"));
        case Title: return c.title;
        case Stage: return stageLabel(c.stage);
        case Category: return c.category;
        case Area: return c.areaName;
        case Lead: return c.leadName;
        case Opened: return QLocale().toString(c.openedOn, QLocale::ShortFormat);
        case Updated: return QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("#");
    case Priority: return tr("Priority");
    case Title: return tr("Problem");
    case Stage: return tr("Stage");
    case Category: return tr("Category");
    case Area: return tr("Area");
    case Lead: return tr("Lead officer");
    case Opened: return tr("Opened");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

} // namespace proxima
