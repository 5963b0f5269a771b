#include "core/storage/repositories/MeetingRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace proxima {
namespace {

QString describe(const Meeting& m)
{
    return QCoreApplication::translate("MeetingRepository", "meeting %1 of %2")
        .arg(m.id)
        .arg(m.heldOn.toString(Qt::ISODate));
}

QVariant timeValue(const QTime& t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Status MeetingRepository::validate(const Meeting& meeting)
{
    if (!meeting.heldOn.isValid())
        return Error{QCoreApplication::translate("MeetingRepository", "a meeting needs a date"), {}, 0,
                     QStringLiteral("date")};
    for (const MeetingItem& item : meeting.items) {
        if (item.title.trimmed().isEmpty())
            return Error{QCoreApplication::translate("MeetingRepository", "every agenda item needs a title"), {}, 0,
                         QStringLiteral("items")};
    }
    return {};
}

Result<QList<Meeting>> MeetingRepository::select(const QString& where, const QVariantList& bindings) const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, title, held_on, starts_at, place, minutes, updated_at, revision "
                                            "FROM meetings ") + where,
                             bindings);
        !s)
        return s.error();
    QList<Meeting> meetings;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toLongLong();
        m.title = q.value(1).toString();
        m.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        m.startsAt = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
        m.place = q.value(4).toString();
        m.minutes = q.value(5).toString();
        m.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        m.revision = q.value(7).toInt();
        rowOfId.insert(m.id, int(meetings.size()));
        meetings.append(m);
    }
    if (meetings.isEmpty())
        return meetings;
    QSqlQuery a(m_ws.database());
    if (Status s = sql::exec(a, QStringLiteral("SELECT meeting_id, member_id FROM meeting_attendees WHERE present = 1 "
                                               "ORDER BY meeting_id, member_id"));
        !s)
        return s.error();
    while (a.next()) {
        if (auto it = rowOfId.constFind(a.value(0).toLongLong()); it != rowOfId.constEnd())
            meetings[*it].attendeeIds.append(a.value(1).toLongLong());
    }
    QSqlQuery i(m_ws.database());
    if (Status s = sql::exec(i, QStringLiteral("SELECT meeting_id, id, title, case_id, notes, decision "
                                               "FROM meeting_items ORDER BY meeting_id, position, id"));
        !s)
        return s.error();
    while (i.next()) {
        if (auto it = rowOfId.constFind(i.value(0).toLongLong()); it != rowOfId.constEnd())
            meetings[*it].items.append({i.value(1).toLongLong(), i.value(2).toString(), i.value(3).toLongLong(),
                                        i.value(4).toString(), i.value(5).toString()});
    }
    return meetings;
}

Result<QList<Meeting>> MeetingRepository::list() const
{
    return select(QStringLiteral("ORDER BY held_on DESC, id DESC"), {});
}

Result<Meeting> MeetingRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("MeetingRepository", "meeting %1").arg(id));
    return found->first();
}

Status MeetingRepository::writeChildren(const Meeting& meeting)
{
    QSqlQuery clearA(m_ws.database());
    if (Status s = sql::exec(clearA, QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ?"), {meeting.id}); !s)
        return s;
    for (qint64 member : meeting.attendeeIds) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO meeting_attendees (meeting_id, member_id) "
                                                   "VALUES (?, ?)"),
                                 {meeting.id, member});
            !s)
            return s;
    }
    QSqlQuery clearI(m_ws.database());
    if (Status s = sql::exec(clearI, QStringLiteral("DELETE FROM meeting_items WHERE meeting_id = ?"), {meeting.id}); !s)
        return s;
    int position = 0;
    for (const MeetingItem& item : meeting.items) {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO meeting_items (id, meeting_id, position, title, case_id, "
                                                "notes, decision) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {sql::nullable(item.id), meeting.id, position++, item.title.trimmed(),
                                  sql::nullable(item.caseId), item.notes, item.decision});
            !s)
            return s;
    }
    return {};
}

Result<Meeting> MeetingRepository::add(const Meeting& meeting)
{
    if (Status s = validate(meeting); !s)
        return s.error();
    Meeting stored = meeting;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO meetings (id, title, held_on, starts_at, place, minutes, "
                                            "updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {sql::nullable(meeting.id), meeting.title, sql::nullable(meeting.heldOn),
                              timeValue(meeting.startsAt), meeting.place, meeting.minutes,
                              m_ws.clock().now().toString(Qt::ISODateWithMs), qMax(1, meeting.revision)});
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status c = writeChildren(stored); !c)
            return c;
        return m_ws.logChange(QStringLiteral("meeting"), stored.id, QStringLiteral("create"), meeting.title);
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<Meeting> MeetingRepository::update(const Meeting& meeting, OnConflict policy)
{
    if (Status s = validate(meeting); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<Meeting> stored = find(meeting.id);
        if (!stored)
            return stored.error();
        if (stored->revision != meeting.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE meetings SET title = ?, held_on = ?, starts_at = ?, place = ?, "
                                            "minutes = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"),
                             {meeting.title, sql::nullable(meeting.heldOn), timeValue(meeting.startsAt), meeting.place,
                              meeting.minutes, m_ws.clock().now().toString(Qt::ISODateWithMs), meeting.id});
        if (!s)
            return s;
        if (Status c = writeChildren(meeting); !c)
            return c;
        return m_ws.logChange(QStringLiteral("meeting"), meeting.id, QStringLiteral("update"), meeting.title);
    });
    if (!written)
        return written.error();
    return find(meeting.id);
}

Status MeetingRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<Meeting> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM meetings WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("meeting"), id, QStringLiteral("delete"), stored->title);
    });
}

} // namespace proxima
