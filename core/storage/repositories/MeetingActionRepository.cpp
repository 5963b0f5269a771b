#include "core/storage/repositories/MeetingActionRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {

Result<QList<AgreedAction>> MeetingActionRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    // The action ids grow with time, so ordering by them keeps the order in which the meeting agreed them.
    if (Status s = sql::exec(q, QStringLiteral("SELECT meeting_id, action_id, item_id FROM meeting_actions ") + where
                                    + QStringLiteral(" ORDER BY meeting_id, action_id"),
                             bindings);
        !s)
        return s.error();
    QList<AgreedAction> links;
    while (q.next())
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return links;
}

Result<QList<AgreedAction>> MeetingActionRepository::listForMeeting(qint64 meetingId) const
{
    return select(QStringLiteral("WHERE meeting_id = ?"), {meetingId});
}

Result<QList<AgreedAction>> MeetingActionRepository::listAll() const
{
    return select({}, {});
}

Status MeetingActionRepository::link(const AgreedAction& agreed)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT OR REPLACE INTO meeting_actions (meeting_id, action_id, item_id) "
                                                "VALUES (?, ?, ?)"),
                                 {agreed.meetingId, agreed.actionId, sql::nullable(agreed.itemId)});
            !s)
            return s;
        return m_ws.logChange(QStringLiteral("meeting"), agreed.meetingId, QStringLiteral("agree_action"),
                              QCoreApplication::translate("MeetingActionRepository", "action %1 agreed")
                                  .arg(agreed.actionId));
    });
}

Status MeetingActionRepository::unlink(qint64 meetingId, qint64 actionId)
{
    return m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM meeting_actions WHERE meeting_id = ? AND action_id = ?"),
                                 {meetingId, actionId});
            !s)
            return s;
        return m_ws.logChange(QStringLiteral("meeting"), meetingId, QStringLiteral("unagree_action"),
                              QCoreApplication::translate("MeetingActionRepository", "action %1 no longer agreed")
                                  .arg(actionId));
    });
}

} // namespace proxima
