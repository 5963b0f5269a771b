#include "core/storage/repositories/LinkRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CommunityRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectLinks = QStringLiteral("SELECT id, member_id, group_id, contact_id, since, strength, last_contact, "
                                           "notes, revision FROM relationship_links ");

RelationshipLink readLink(const QSqlQuery& q)
{
    RelationshipLink l;
    l.id = q.value(0).toLongLong();
    l.memberId = q.value(1).toLongLong();
    l.groupId = q.value(2).toLongLong();
    l.contactId = q.value(3).toLongLong();
    l.since = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    l.strength = linkStrengthFromKey(q.value(5).toString()).value_or(LinkStrength::FirstContact);
    l.lastContact = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    l.notes = q.value(7).toString();
    l.revision = q.value(8).toInt();
    return l;
}

// A link may be to a key person: the change log says which member and which record, never a name.
QString logSummary(const RelationshipLink& l)
{
    if (l.contactId > 0)
        return QCoreApplication::translate("LinkRepository", "member %1 knows key person %2")
            .arg(l.memberId)
            .arg(l.contactId);
    return QCoreApplication::translate("LinkRepository", "member %1 knows group %2").arg(l.memberId).arg(l.groupId);
}

QString describe(const RelationshipLink& l)
{
    return QCoreApplication::translate("LinkRepository", "link %1 (%2)").arg(l.id).arg(logSummary(l));
}

QVariantList fields(const RelationshipLink& l, const QString& now)
{
    return {l.memberId,
            sql::nullable(l.groupId),
            sql::nullable(l.contactId),
            sql::nullable(l.since),
            linkStrengthKey(l.strength),
            sql::nullable(l.lastContact),
            l.notes,
            now};
}

Status checkReferences(Workspace& ws, const RelationshipLink& l)
{
    if (Status s = community::requireRow(ws, QStringLiteral("members"), l.memberId, QStringLiteral("member"),
                                         QCoreApplication::translate("LinkRepository", "member"));
        !s)
        return s;
    if (Status s = community::requireRow(ws, QStringLiteral("community_groups"), l.groupId, QStringLiteral("group"),
                                         QCoreApplication::translate("LinkRepository", "group"));
        !s)
        return s;
    return community::requireRow(ws, QStringLiteral("group_contacts"), l.contactId, QStringLiteral("contact"),
                                 QCoreApplication::translate("LinkRepository", "key person"));
}

Result<QList<RelationshipLink>> select(Workspace& ws, const QString& where, const QVariantList& bindings)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectLinks + where, bindings); !s)
        return s.error();
    QList<RelationshipLink> links;
    while (q.next())
        links.append(readLink(q));
    return links;
}

} // namespace

Status LinkRepository::validate(const RelationshipLink& l)
{
    auto invalid = [](const char* message, const char* field) {
        return community::fieldError(QCoreApplication::translate("LinkRepository", message),
                                     QString::fromLatin1(field));
    };
    if (l.memberId <= 0)
        return invalid("a link needs the member who knows the group or person", "member");
    if ((l.groupId > 0) == (l.contactId > 0))
        return invalid("a link is either to a group or to a key person, not both", "group");
    if (l.since.isValid() && l.lastContact.isValid() && l.lastContact < l.since)
        return invalid("the last contact is before the link began", "since");
    return {};
}

Result<QList<RelationshipLink>> LinkRepository::list() const
{
    // Oldest last contact first (never = NULL sorts first): the top of each member's list is who is overdue.
    return select(m_ws, QStringLiteral("ORDER BY member_id, last_contact, id"), {});
}

Result<RelationshipLink> LinkRepository::find(qint64 id) const
{
    auto found = select(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("LinkRepository", "link %1").arg(id));
    return found->first();
}

Result<RelationshipLink> LinkRepository::add(const RelationshipLink& link)
{
    if (Status s = validate(link); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        if (Status s = checkReferences(m_ws, link); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(link.id)};
        bindings << fields(link, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, link.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO relationship_links (id, member_id, group_id, contact_id, "
                                            "since, strength, last_contact, notes, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("link"), newId, QStringLiteral("create"), logSummary(link));
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<RelationshipLink> LinkRepository::update(const RelationshipLink& link, OnConflict policy)
{
    if (Status s = validate(link); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<RelationshipLink> stored = find(link.id);
        if (!stored)
            return stored.error();
        if (stored->revision != link.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (Status s = checkReferences(m_ws, link); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(link, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << link.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE relationship_links SET member_id = ?, group_id = ?, "
                                            "contact_id = ?, since = ?, strength = ?, last_contact = ?, notes = ?, "
                                            "updated_at = ?, revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("link"), link.id, QStringLiteral("update"), logSummary(link));
    });
    if (!written)
        return written.error();
    return find(link.id);
}

Status LinkRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<RelationshipLink> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM relationship_links WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("link"), id, QStringLiteral("delete"), logSummary(*stored));
    });
}

} // namespace proxima
