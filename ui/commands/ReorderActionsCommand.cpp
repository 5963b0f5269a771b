#include "ui/commands/ReorderActionsCommand.h"

#include "ui/app/WorkspaceSession.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/repositories/ActionRepository.h"

#include <QCoreApplication>

namespace proxima {

ReorderActionsCommand::ReorderActionsCommand(WorkspaceSession& session, const QList<ResponseAction>& shown,
                                             QList<qint64> newOrder, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_after(std::move(newOrder))
{
    for (const ResponseAction& a : shown) {
        m_before.append(a.id);
        m_revisions.insert(a.id, a.revision);
    }
    setText(QCoreApplication::translate("Commands", "Reorder actions"));
}

void ReorderActionsCommand::redo()
{
    apply(m_after);
}

void ReorderActionsCommand::undo()
{
    apply(m_before);
}

void ReorderActionsCommand::apply(const QList<qint64>& order)
{
    Workspace& ws = m_session.workspace();
    ActionRepository actions(ws);
    QHash<qint64, int> revisions = m_revisions;
    const Status written = ws.write([&]() -> Status {
        for (int position = 0; position < order.size(); ++position) {
            Result<ResponseAction> stored = actions.find(order.at(position));
            if (!stored)
                return stored.error();
            const QString entity = QStringLiteral("action");
            const int expected = qMax(revisions.value(stored->id), m_session.writtenRevision(entity, stored->id));
            if (stored->revision != expected)
                return sql::conflict(QCoreApplication::translate("Commands", "the action \"%1\"").arg(stored->title),
                                     stored->revision);
            if (stored->position == position)
                continue;
            ResponseAction moved = stored.value();
            moved.position = position;
            Result<ResponseAction> saved = actions.update(moved);
            if (!saved)
                return saved.error();
            revisions[moved.id] = saved->revision;
        }
        return {};
    });
    if (!written) {
        setObsolete(true);
        m_session.reportError(written.error());
        return;
    }
    // Only after the commit: a rolled-back reorder wrote nothing.
    for (qint64 id : order) {
        if (revisions.value(id) != m_revisions.value(id))
            m_session.setWrittenRevision(QStringLiteral("action"), id, revisions.value(id));
    }
    m_revisions = revisions;
    m_session.notifyChanged(ChangeKind::Action);
}

} // namespace proxima
