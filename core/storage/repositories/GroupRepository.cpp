#include "core/storage/repositories/GroupRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CommunityRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace proxima {
namespace {

using community::fieldError;
using community::nullableReal;
using community::optionalReal;

const QString SelectGroups = QStringLiteral(
    "SELECT id, name, kind, basis, size_estimate, languages, hard_to_reach, engagement, reviewed_on, area_id, "
    "representative_member_id, map_x, map_y, map_radius, notes, revision FROM community_groups ");

CommunityGroup readGroup(const QSqlQuery& q)
{
    CommunityGroup g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.kind = groupKindFromKey(q.value(2).toString()).value_or(GroupKind::Other);
    g.basis = basisFromKey(q.value(3).toString()).value_or(CommunityBasis::Geographic);
    g.sizeEstimate = q.value(4).toInt();
    g.languages = splitLanguages(q.value(5).toString());
    g.hardToReach = q.value(6).toInt() != 0;
    g.engagement = engagementFromKey(q.value(7).toString()).value_or(Engagement::NotEngaged);
    g.reviewedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    g.areaId = q.value(9).toLongLong();
    g.representativeId = q.value(10).toLongLong();
    g.mapX = optionalReal(q.value(11));
    g.mapY = optionalReal(q.value(12));
    g.mapRadius = optionalReal(q.value(13));
    g.notes = q.value(14).toString();
    g.revision = q.value(15).toInt();
    return g;
}

QString describe(const CommunityGroup& g)
{
    return QCoreApplication::translate("GroupRepository", "group %1 \"%2\"").arg(g.id).arg(g.name);
}

// Editable columns in the order of the INSERT/UPDATE statements below.
QVariantList fields(const CommunityGroup& g, const QString& now)
{
    return {g.name.trimmed(),
            groupKindKey(g.kind),
            basisKey(g.basis),
            g.sizeEstimate,
            joinLanguages(g.languages),
            g.hardToReach ? 1 : 0,
            engagementKey(g.engagement),
            sql::nullable(g.reviewedOn),
            sql::nullable(g.areaId),
            sql::nullable(g.representativeId),
            nullableReal(g.mapX),
            nullableReal(g.mapY),
            nullableReal(g.mapRadius),
            g.notes,
            now};
}

// The records a group refers to must exist: the error names the field rather than failing on the foreign key.
Status checkReferences(Workspace& ws, const CommunityGroup& g)
{
    if (Status s = community::requireRow(ws, QStringLiteral("areas"), g.areaId, QStringLiteral("area"),
                                         QCoreApplication::translate("GroupRepository", "area"));
        !s)
        return s;
    if (Status s = community::requireRow(ws, QStringLiteral("members"), g.representativeId,
                                         QStringLiteral("representative"),
                                         QCoreApplication::translate("GroupRepository", "member"));
        !s)
        return s;
    for (const GroupNeed& need : g.needs) {
        if (Status s = community::requireRow(ws, QStringLiteral("cases"), need.caseId, QStringLiteral("needs"),
                                             QCoreApplication::translate("GroupRepository", "case"));
            !s)
            return s;
    }
    return {};
}

// The needs are saved with their group: rewritten in order, each keeping its id when it has one.
Status writeNeeds(Workspace& ws, const CommunityGroup& g)
{
    QSqlQuery clear(ws.database());
    if (Status s = sql::exec(clear, QStringLiteral("DELETE FROM group_needs WHERE group_id = ?"), {g.id}); !s)
        return s;
    int position = 0;
    for (const GroupNeed& need : g.needs) {
        QSqlQuery q(ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("INSERT INTO group_needs (id, group_id, position, text, case_id) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {community::childId(ws, QStringLiteral("group_needs"), need.id), g.id, position++,
                                  need.text.trimmed(), sql::nullable(need.caseId)});
            !s)
            return s;
    }
    return {};
}

Result<QList<CommunityGroup>> select(Workspace& ws, const QString& where, const QVariantList& bindings)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectGroups + where, bindings); !s)
        return s.error();
    QList<CommunityGroup> groups;
    QHash<qint64, int> rowOfId;
    while (q.next()) {
        groups.append(readGroup(q));
        rowOfId.insert(groups.last().id, int(groups.size()) - 1);
    }
    if (groups.isEmpty())
        return groups;
    QSqlQuery n(ws.database());
    n.setForwardOnly(true);
    const Status needs = groups.size() == 1
                             ? sql::exec(n, QStringLiteral("SELECT group_id, id, text, case_id FROM group_needs "
                                                           "WHERE group_id = ? ORDER BY position, id"),
                                         {groups.first().id})
                             : sql::exec(n, QStringLiteral("SELECT group_id, id, text, case_id FROM group_needs "
                                                           "ORDER BY group_id, position, id"));
    if (!needs)
        return needs.error();
    while (n.next()) {
        if (auto it = rowOfId.constFind(n.value(0).toLongLong()); it != rowOfId.constEnd())
            groups[*it].needs.append({n.value(1).toLongLong(), n.value(2).toString(), n.value(3).toLongLong()});
    }
    return groups;
}

} // namespace

Status GroupRepository::validate(const CommunityGroup& g)
{
    auto invalid = [](const char* message, const char* field) {
        return fieldError(QCoreApplication::translate("GroupRepository", message), QString::fromLatin1(field));
    };
    if (g.name.trimmed().isEmpty())
        return invalid("a group needs a name", "name");
    if (g.sizeEstimate < 0)
        return invalid("the size of a group cannot be negative", "size");
    if (g.mapX.has_value() != g.mapY.has_value())
        return invalid("a place on the map needs both x and y", "map");
    if (g.mapRadius && *g.mapRadius <= 0)
        return invalid("the radius of a group's area must be greater than zero", "radius");
    if (g.mapRadius && !g.isPlaced())
        return invalid("a radius needs a centre on the map", "radius");
    for (const GroupNeed& need : g.needs) {
        if (need.text.trimmed().isEmpty())
            return invalid("every need needs a text", "needs");
    }
    return {};
}

Result<QList<CommunityGroup>> GroupRepository::list() const
{
    return select(m_ws, QStringLiteral("ORDER BY name COLLATE NOCASE, id"), {});
}

Result<CommunityGroup> GroupRepository::find(qint64 id) const
{
    auto found = select(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("GroupRepository", "group %1").arg(id));
    return found->first();
}

Result<int> GroupRepository::count() const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM community_groups")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<CommunityGroup> GroupRepository::add(const CommunityGroup& group)
{
    if (Status s = validate(group); !s)
        return s.error();
    CommunityGroup stored = group;
    const Status written = m_ws.write([&]() -> Status {
        if (Status s = checkReferences(m_ws, group); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(group.id)};
        bindings << fields(group, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, group.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO community_groups (id, name, kind, basis, size_estimate, "
                                            "languages, hard_to_reach, engagement, reviewed_on, area_id, "
                                            "representative_member_id, map_x, map_y, map_radius, notes, updated_at, "
                                            "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        stored.id = q.lastInsertId().toLongLong();
        if (Status n = writeNeeds(m_ws, stored); !n)
            return n;
        return m_ws.logChange(QStringLiteral("group"), stored.id, QStringLiteral("create"), group.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(stored.id);
}

Result<CommunityGroup> GroupRepository::update(const CommunityGroup& group, OnConflict policy)
{
    if (Status s = validate(group); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<CommunityGroup> stored = find(group.id);
        if (!stored)
            return stored.error();
        if (stored->revision != group.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (Status s = checkReferences(m_ws, group); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(group, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << group.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE community_groups SET name = ?, kind = ?, basis = ?, "
                                            "size_estimate = ?, languages = ?, hard_to_reach = ?, engagement = ?, "
                                            "reviewed_on = ?, area_id = ?, representative_member_id = ?, map_x = ?, "
                                            "map_y = ?, map_radius = ?, notes = ?, updated_at = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        if (Status n = writeNeeds(m_ws, group); !n)
            return n;
        return m_ws.logChange(QStringLiteral("group"), group.id, QStringLiteral("update"), group.name.trimmed());
    });
    if (!written)
        return written.error();
    return find(group.id);
}

Status GroupRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<CommunityGroup> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        // Its needs, key people and the links to either go by the foreign keys' cascade (secure_delete wipes them).
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM community_groups WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("group"), id, QStringLiteral("delete"), stored->name);
    });
}

} // namespace proxima
