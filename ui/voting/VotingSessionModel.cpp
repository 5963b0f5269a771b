#include "ui/voting/VotingSessionModel.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/repositories/VotingRepository.h"

namespace proxima {

VotingSessionModel::VotingSessionModel(WorkspaceSession& session, QObject* parent)
    : RecordListModel<VotingSession>(parent), m_session(session)
{
    reload();
}

int VotingSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VotingSessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VotingSession& s = recordAt(index.row());
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Question:
        return s.question;
    case Method:
        return voting::methodName(s.options.method);
    case State:
        return votingStateLabel(s.state);
    case Turnout: {
        const VotingProgress p = m_progress.value(s.id);
        return tr("%1 of %2").arg(p.voted).arg(p.eligible);
    }
    default:
        return {};
    }
}

QVariant VotingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Question:
        return tr("Question");
    case Method:
        return tr("Method");
    case State:
        return tr("State");
    case Turnout:
        return tr("Voted");
    default:
        return {};
    }
}

void VotingSessionModel::reload()
{
    VotingRepository repo(m_session.workspace());
    auto list = repo.list();
    if (!list) {
        m_session.reportError(list.error());
        return;
    }
    m_progress.clear();
    for (const VotingSession& s : *list) {
        if (auto p = repo.progress(s.id))
            m_progress.insert(s.id, *p);
    }
    setRecords(*list);
}

} // namespace proxima
