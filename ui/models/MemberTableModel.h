#pragma once

#include "ui/models/RecordListModel.h"
#include "core/model/Member.h"

namespace proxima {

class WorkspaceSession;

/// The CoPmittee roster as a table.
class MemberTableModel : public RecordListModel<Member>
{
    Q_OBJECT
public:
    enum Column { Name, Organisation, Sector, Role, Contact, ActiveFrom, ActiveTo, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MemberTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    WorkspaceSession& m_session;
};

} // namespace proxima
