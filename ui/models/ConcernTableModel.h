#pragma once

#include "core/model/Concern.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

class WorkspaceSession;

/// Concerns as a table: every concern, or those of one case; reloads on changes here or in another instance.
class ConcernTableModel : public RecordListModel<Concern>
{
    Q_OBJECT
public:
    enum Column { Id, RaisedOn, Text, Source, Category, Severity, Frequency, Place, RaisedBy, Case, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CaseIdRole, SourceRole, SeverityRole, SortRole };

    explicit ConcernTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Shows only the concerns of this case (-1 = every concern, the default; 0 = those in no case; below -1: none).
    void setCaseScope(qint64 caseId);
    qint64 caseScope() const { return m_scope; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the concerns again.
    void reload();

private:
    WorkspaceSession& m_session;
    qint64 m_scope = -1;
};

} // namespace proxima
