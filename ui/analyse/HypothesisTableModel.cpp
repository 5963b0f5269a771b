#include "ui/analyse/HypothesisTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/AnalysisTraits.h"
#include "ui/commands/RecordCommands.h"

#include <QColor>

namespace proxima {

HypothesisTableModel::HypothesisTableModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<Hypothesis>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == HypothesisTraits::kind)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &HypothesisTableModel::reload);
}

void HypothesisTableModel::setCaseId(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void HypothesisTableModel::reload()
{
    if (m_caseId <= 0) {
        setRecords({});
        return;
    }
    auto list = AnalysisRepository(m_session.workspace()).hypotheses(m_caseId);
    if (!list) {
        m_session.reportError(list.error());
        return;
    }
    setRecords(list.value());
}

int HypothesisTableModel::addHypothesis(const QString& text)
{
    if (m_caseId <= 0)
        return -1;
    auto* command = new AddRecordCommand<HypothesisTraits>(m_session, {0, m_caseId, text, {}, {}, 0, 0});
    // The command announced the change, so the rows are already reloaded when push returns.
    return m_session.push(command) ? rowForId(command->recordId()) : -1;
}

void HypothesisTableModel::removeRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    m_session.push(new RemoveRecordCommand<HypothesisTraits>(m_session, recordAt(row)));
}

int HypothesisTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HypothesisTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Hypothesis& h = recordAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Text: return h.text;
        case Status: return role == Qt::EditRole ? hypothesisStatusKey(h.status) : hypothesisStatusLabel(h.status);
        case Evidence: return h.evidence;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (h.status == HypothesisStatus::Supported)
            return QColor(0x1b, 0x6e, 0x2a);
        if (h.status == HypothesisStatus::Rejected)
            return QColor(0xa3, 0x1d, 0x1d);
    }
    return {};
}

QVariant HypothesisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text: return tr("Hypothesis");
    case Status: return tr("Status");
    case Evidence: return tr("Evidence");
    default: return {};
    }
}

Qt::ItemFlags HypothesisTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool HypothesisTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const Hypothesis before = recordAt(index.row());
    Hypothesis after = before;
    switch (index.column()) {
    case Text:
        if (value.toString().trimmed().isEmpty())
            return false;
        after.text = value.toString().trimmed();
        break;
    case Status: {
        auto status = hypothesisStatusFromKey(value.toString());
        if (!status)
            return false;
        after.status = *status;
        break;
    }
    case Evidence: after.evidence = value.toString(); break;
    default: return false;
    }
    if (after.text == before.text && after.status == before.status && after.evidence == before.evidence)
        return false;
    m_session.push(new EditRecordCommand<HypothesisTraits>(m_session, before, after));
    return true;
}

} // namespace proxima
