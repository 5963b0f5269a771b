#pragma once

#include "core/model/Meeting.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

class WorkspaceSession;

/// The CoPmittee meetings, newest first; reloads when meetings change here or in another instance.
class MeetingListModel : public RecordListModel<Meeting>
{
    Q_OBJECT
public:
    enum Column { Date, Title, Place, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MeetingListModel(WorkspaceSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the meetings again.
    void reload();

private:
    WorkspaceSession& m_session;
};

} // namespace proxima
