#pragma once

#include "ui/models/RecordListModel.h"
#include "core/model/ProblemCase.h"

namespace proxima {

class WorkspaceSession;

/// The problem cases of a workspace as a table; reloads when cases change here or in another instance.
class CaseTableModel : public RecordListModel<ProblemCase>
{
    Q_OBJECT
public:
    enum Column { Id, Priority, Title, Stage, Category, Area, Lead, Opened, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StageRole, AreaIdRole, SortRole };

    explicit CaseTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the cases from the workspace again.
    void reload();

private:
    WorkspaceSession& m_session;
};

} // namespace proxima
