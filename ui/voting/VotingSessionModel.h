#pragma once

#include "core/model/VotingSession.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

class WorkspaceSession;

/// The voting sessions of a workspace with their turnout, newest first.
class VotingSessionModel : public RecordListModel<VotingSession>
{
    Q_OBJECT
public:
    enum Column { Question, Method, State, Turnout, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit VotingSessionModel(WorkspaceSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the sessions and their turnout again.
    void reload();

private:
    WorkspaceSession& m_session;
    QHash<qint64, VotingProgress> m_progress;
};

} // namespace proxima
