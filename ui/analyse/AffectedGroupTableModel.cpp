#include "ui/analyse/AffectedGroupTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/AnalysisTraits.h"
#include "ui/commands/RecordCommands.h"

namespace proxima {

AffectedGroupTableModel::AffectedGroupTableModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<AffectedGroup>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == AffectedGroupTraits::kind)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &AffectedGroupTableModel::reload);
}

void AffectedGroupTableModel::setCaseId(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void AffectedGroupTableModel::reload()
{
    if (m_caseId <= 0) {
        setRecords({});
        return;
    }
    auto list = AnalysisRepository(m_session.workspace()).affectedGroups(m_caseId);
    if (!list) {
        m_session.reportError(list.error());
        return;
    }
    setRecords(list.value());
}

int AffectedGroupTableModel::addGroup(const QString& name)
{
    if (m_caseId <= 0)
        return -1;
    auto* command = new AddRecordCommand<AffectedGroupTraits>(m_session, {0, m_caseId, name, {}, 0});
    // A failed add must not answer with an older group of the same name; the rows are reloaded when push returns.
    return m_session.push(command) ? rowForId(command->recordId()) : -1;
}

void AffectedGroupTableModel::removeRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    m_session.push(new RemoveRecordCommand<AffectedGroupTraits>(m_session, recordAt(row)));
}

int AffectedGroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AffectedGroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const AffectedGroup& g = recordAt(index.row());
    return index.column() == Name ? g.name : index.column() == How ? g.how : QVariant();
}

QVariant AffectedGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("People or group") : section == How ? tr("How they are affected") : QVariant();
}

Qt::ItemFlags AffectedGroupTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool AffectedGroupTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const AffectedGroup before = recordAt(index.row());
    AffectedGroup after = before;
    if (index.column() == Name) {
        if (value.toString().trimmed().isEmpty())
            return false;
        after.name = value.toString().trimmed();
    } else if (index.column() == How) {
        after.how = value.toString();
    } else {
        return false;
    }
    if (after.name == before.name && after.how == before.how)
        return false;
    m_session.push(new EditRecordCommand<AffectedGroupTraits>(m_session, before, after));
    return true;
}

} // namespace proxima
