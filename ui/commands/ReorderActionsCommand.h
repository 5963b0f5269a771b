#pragma once

#include "core/model/ResponseAction.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Puts the actions of a case's plan in a new order; undo restores the previous one. The actions are the ones
/// shown (with their revisions): when another member changed one meanwhile, the reorder is reported as a conflict
/// and nothing moves.
class ReorderActionsCommand : public QUndoCommand
{
public:
    /// shown: the plan in its current order; newOrder: the same action ids in the wanted order.
    ReorderActionsCommand(WorkspaceSession& session, const QList<ResponseAction>& shown, QList<qint64> newOrder,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<qint64>& order);

    WorkspaceSession& m_session;
    QList<qint64> m_before;
    QList<qint64> m_after;
    QHash<qint64, int> m_revisions;
};

} // namespace proxima
