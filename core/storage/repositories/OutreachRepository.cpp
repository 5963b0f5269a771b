#include "core/storage/repositories/OutreachRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CommunityRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectActivities = QStringLiteral("SELECT id, held_on, kind, title, people, languages, area_id, notes, "
                                                "revision FROM outreach_activities ");

OutreachActivity readActivity(const QSqlQuery& q)
{
    OutreachActivity a;
    a.id = q.value(0).toLongLong();
    a.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    a.kind = outreachKindFromKey(q.value(2).toString()).value_or(OutreachKind::Other);
    a.title = q.value(3).toString();
    a.people = q.value(4).toInt();
    a.languages = splitLanguages(q.value(5).toString());
    a.areaId = q.value(6).toLongLong();
    a.notes = q.value(7).toString();
    a.revision = q.value(8).toInt();
    return a;
}

QString summary(const OutreachActivity& a)
{
    const QString what = a.title.trimmed().isEmpty() ? outreachKindKey(a.kind) : a.title.trimmed();
    return QStringLiteral("%1 %2").arg(a.heldOn.toString(Qt::ISODate), what.left(80));
}

QString describe(const OutreachActivity& a)
{
    return QCoreApplication::translate("OutreachRepository", "activity %1 of %2")
        .arg(a.id)
        .arg(a.heldOn.toString(Qt::ISODate));
}

QVariantList fields(const OutreachActivity& a, const QString& now)
{
    return {sql::nullable(a.heldOn), outreachKindKey(a.kind), a.title.trimmed(), a.people,
            joinLanguages(a.languages), sql::nullable(a.areaId), a.notes, now};
}

Status checkReferences(Workspace& ws, const OutreachActivity& a)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("OutreachRepository", text); };
    if (Status s = community::requireRow(ws, QStringLiteral("areas"), a.areaId, QStringLiteral("area"), tr("area"));
        !s)
        return s;
    if (Status s = community::requireRows(ws, QStringLiteral("community_groups"), a.groupIds, QStringLiteral("groups"),
                                          tr("group"));
        !s)
        return s;
    if (Status s = community::requireRows(ws, QStringLiteral("members"), a.memberIds, QStringLiteral("members"),
                                          tr("member"));
        !s)
        return s;
    for (const OutreachFollowUp& f : a.followUps) {
        if (Status s = community::requireRow(ws, QStringLiteral("concerns"), f.concernId, QStringLiteral("follow_ups"),
                                             tr("concern"));
            !s)
            return s;
        if (Status s = community::requireRow(ws, QStringLiteral("cases"), f.caseId, QStringLiteral("follow_ups"),
                                             tr("case"));
            !s)
            return s;
    }
    return {};
}

// The groups, members and follow-ups are saved with their activity; a follow-up keeps its id when it has one.
Status writeChildren(Workspace& ws, const OutreachActivity& a)
{
    if (Status s = community::rewriteLinks(ws, QStringLiteral("outreach_groups"), QStringLiteral("activity_id"),
                                           QStringLiteral("group_id"), a.id, a.groupIds);
        !s)
        return s;
    if (Status s = community::rewriteLinks(ws, QStringLiteral("outreach_members"), QStringLiteral("activity_id"),
                                           QStringLiteral("member_id"), a.id, a.memberIds);
        !s)
        return s;
    QSqlQuery clear(ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM outreach_followups WHERE activity_id = ?"), {a.id}); !s)
        return s;
    int position = 0;
    for (const OutreachFollowUp& f : a.followUps) {
        QSqlQuery q(ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO outreach_followups (id, activity_id, position, text, "
                                                "due_on, done, concern_id, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {community::childId(ws, QStringLiteral("outreach_followups"), f.id), a.id,
                                  position++, f.text.trimmed(), sql::nullable(f.dueOn), f.done ? 1 : 0,
                                  sql::nullable(f.concernId), sql::nullable(f.caseId)});
            !s)
            return s;
    }
    return {};
}

Result<QList<OutreachActivity>> select(Workspace& ws, const QString& where, const QVariantList& bindings)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectActivities + where, bindings); !s)
        return s.error();
    QList<OutreachActivity> activities;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        activities.append(readActivity(q));
        rowOfId.insert(activities.last().id, int(activities.size()) - 1);
    }
    if (activities.isEmpty())
        return activities;
    // One activity (find) reads only its own children; a list reads each child table once.
    const bool one = activities.size() == 1;
    const QString filter = one ? QStringLiteral("WHERE activity_id = ? ") : QString();
    const QVariantList filterValue = one ? QVariantList{activities.first().id} : QVariantList{};
    for (const auto& [table, column] : {std::pair{"outreach_groups", "group_id"},
                                        std::pair{"outreach_members", "member_id"}}) {
        QSqlQuery c(ws.database());
        c.setForwardOnly(true);
        if (Status s = sql::exec(c, QStringLiteral("SELECT activity_id, %1 FROM %2 %3ORDER BY activity_id, %1")
                                        .arg(QLatin1String(column), QLatin1String(table), filter),
                                 filterValue);
            !s)
            return s.error();
        const bool groups = QLatin1String(table) == QLatin1String("outreach_groups");
        while (c.next()) {
            if (auto it = rowOfId.constFind(c.value(0).toLongLong()); it != rowOfId.constEnd()) {
                OutreachActivity& a = activities[*it];
                (groups ? a.groupIds : a.memberIds).append(c.value(1).toLongLong());
            }
        }
    }
    QSqlQuery f(ws.database());
    f.setForwardOnly(true);
    if (Status s = sql::exec(f,
                             QStringLiteral("SELECT activity_id, id, text, due_on, done, concern_id, case_id "
                                            "FROM outreach_followups %1ORDER BY activity_id, position, id")
                                 .arg(filter),
                             filterValue);
        !s)
        return s.error();
    while (f.next()) {
        if (auto it = rowOfId.constFind(f.value(0).toLongLong()); it != rowOfId.constEnd()) {
            OutreachFollowUp followUp;
            followUp.id = f.value(1).toLongLong();
            followUp.text = f.value(2).toString();
            followUp.dueOn = QDate::fromString(f.value(3).toString(), Qt::ISODate);
            followUp.done = f.value(4).toInt() != 0;
            followUp.concernId = f.value(5).toLongLong();
            followUp.caseId = f.value(6).toLongLong();
            activities[*it].followUps.append(followUp);
        }
    }
    return activities;
}

} // namespace

Status OutreachRepository::validate(const OutreachActivity& a)
{
    auto invalid = [](const char* message, const char* field) {
        return community::fieldError(QCoreApplication::translate("OutreachRepository", message),
                                     QString::fromLatin1(field));
    };
    if (!a.heldOn.isValid())
        return invalid("an activity needs a valid date", "date");
    if (a.people < 0)
        return invalid("the number of people reached cannot be negative", "people");
    for (const OutreachFollowUp& f : a.followUps) {
        if (f.text.trimmed().isEmpty())
            return invalid("every follow-up needs a text", "follow_ups");
    }
    return {};
}

Result<QList<OutreachActivity>> OutreachRepository::list() const
{
    return select(m_ws, QStringLiteral("ORDER BY held_on DESC, id DESC"), {});
}

Result<OutreachActivity> OutreachRepository::find(qint64 id) const
{
    auto found = select(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("OutreachRepository", "activity %1").arg(id));
    return found->first();
}

Result<int> OutreachRepository::count() const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM outreach_activities")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<OutreachActivity> OutreachRepository::add(const OutreachActivity& activity)
{
    if (Status s = validate(activity); !s)
        return s.error();
    OutreachActivity stored = activity;
    const Status written = m_ws.write([&]() -> Status {
        if (Status s = checkReferences(m_ws, activity); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(activity.id)};
        bindings << fields(activity, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, activity.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO outreach_activities (id, held_on, kind, title, people, "
                                            "languages, area_id, notes, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status c = writeChildren(m_ws, stored); !c)
            return c;
        return m_ws.logChange(QStringLiteral("outreach"), stored.id, QStringLiteral("create"), summary(activity));
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<OutreachActivity> OutreachRepository::update(const OutreachActivity& activity, OnConflict policy)
{
    if (Status s = validate(activity); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<OutreachActivity> stored = find(activity.id);
        if (!stored)
            return stored.error();
        if (stored->revision != activity.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (Status s = checkReferences(m_ws, activity); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(activity, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << activity.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE outreach_activities SET held_on = ?, kind = ?, title = ?, "
                                            "people = ?, languages = ?, area_id = ?, notes = ?, updated_at = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        if (Status c = writeChildren(m_ws, activity); !c)
            return c;
        return m_ws.logChange(QStringLiteral("outreach"), activity.id, QStringLiteral("update"), summary(activity));
    });
    if (!written)
        return written.error();
    return find(activity.id);
}

Status OutreachRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<OutreachActivity> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM outreach_activities WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("outreach"), id, QStringLiteral("delete"), summary(*stored));
    });
}

} // namespace proxima
