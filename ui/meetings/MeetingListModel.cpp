#include "ui/meetings/MeetingListModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <QLocale>

namespace proxima {

MeetingListModel::MeetingListModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<Meeting>(parent), m_session(session)
{
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        if (kind == ChangeKind::Meeting)
            reload();
    });
    connect(&session, &WorkspaceSession::manyChanged, this, &MeetingListModel::reload);
    reload();
}

void MeetingListModel::reload()
{
    auto meetings = MeetingRepository(m_session.workspace()).list();
    if (!meetings) {
        m_session.reportError(meetings.error());
        return;
    }
    setRecords(meetings.value());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Meeting& m = recordAt(index.row());
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date: return QLocale().toString(m.heldOn, QLocale::ShortFormat);
    case Title: return m.title.isEmpty() ? tr("CoPmittee meeting") : m.title;
    case Place: return m.place;
    case ColumnCount: break;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Title: return tr("Meeting");
    case Place: return tr("Place");
    case ColumnCount: break;
    }
    return {};
}

} // namespace proxima
