#pragma once

#include "core/model/Hypothesis.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

class WorkspaceSession;

/// The hypotheses of one case as an editable table; every edit is an undoable command.
class HypothesisTableModel : public RecordListModel<Hypothesis>
{
    Q_OBJECT
public:
    enum Column { Text, Status, Evidence, ColumnCount };
    /// Status column, EditRole: the stable key ("open", "supported", "rejected").
    explicit HypothesisTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    /// Shows the hypotheses of a case (0 = none).
    void setCaseId(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    /// Reads them from the workspace again.
    void reload();
    /// Adds a hypothesis through the undo stack; returns its row (-1 on failure).
    int addHypothesis(const QString& text);
    /// Removes the hypothesis of a row through the undo stack.
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
