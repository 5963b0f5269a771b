#include "ui/models/ConcernTableModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QLocale>

namespace proxima {

ConcernTableModel::ConcernTableModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<Concern>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Concern || kind == ChangeKind::Case)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &ConcernTableModel::reload);
    reload();
}

void ConcernTableModel::setCaseScope(qint64 caseId)
{
    if (caseId == m_scope)
        return;
    m_scope = caseId;
    reload();
}

void ConcernTableModel::reload()
{
    if (m_scope < -1) {
        setRecords({});
        return;
    }
    ConcernRepository repository(m_session.workspace());
    auto concerns = m_scope < 0 ? repository.listAll() : repository.listForCase(m_scope);
    if (!concerns) {
        m_session.reportError(concerns.error());
        return;
    }
    setRecords(concerns.value());
}

int ConcernTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcernTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Concern& k = recordAt(index.row());
    switch (role) {
    case IdRole:
        return k.id;
    case CaseIdRole:
        return k.caseId;
    case SourceRole:
        return int(k.source);
    case SeverityRole:
        return k.severity;
    case Qt::ToolTipRole:
        return index.column() == Text ? QVariant(k.text) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Id || index.column() == Severity ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case SortRole:
        switch (index.column()) {
        case RaisedOn:
            return k.raisedOn;
        case Severity:
            return k.severity;
        case Frequency:
            return int(k.frequency);
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Id:
            return k.id;
        case RaisedOn:
            return QLocale().toString(k.raisedOn, QLocale::ShortFormat);
        case Text:
            return k.text;
        case Source:
            return concernSourceLabel(k.source);
        case Category:
            return k.category;
        case Severity:
            return k.severity > 0 ? QVariant(k.severity) : QVariant(QStringLiteral("–"));
        case Frequency:
            return k.frequency == ConcernFrequency::Unknown ? QString() : concernFrequencyLabel(k.frequency);
        case Place:
            return k.place;
        case RaisedBy:
            return k.raisedBy;
        case Case:
            return k.caseTitle;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ConcernTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("#");
    case RaisedOn:
        return tr("Raised");
    case Text:
        return tr("Concern");
    case Source:
        return tr("Source");
    case Category:
        return tr("Category");
    case Severity:
        return tr("Severity");
    case Frequency:
        return tr("How often");
    case Place:
        return tr("Place");
    case RaisedBy:
        return tr("Raised by");
    case Case:
        return tr("Case");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace proxima
