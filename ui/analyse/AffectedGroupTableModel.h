#pragma once

#include "core/model/AffectedGroup.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

class WorkspaceSession;

/// The people and groups affected by one case's problem, as an editable table; every edit is undoable.
class AffectedGroupTableModel : public RecordListModel<AffectedGroup>
{
    Q_OBJECT
public:
    enum Column { Name, How, ColumnCount };
    explicit AffectedGroupTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Shows the groups of a case (0 = none).
    void setCaseId(qint64 caseId);
    /// Reads them from the workspace again.
    void reload();
    /// Adds a group through the undo stack; returns its row (-1 on failure).
    int addGroup(const QString& name);
    /// Removes the group of a row through the undo stack.
    void removeRow(int row);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
};

} // namespace proxima
