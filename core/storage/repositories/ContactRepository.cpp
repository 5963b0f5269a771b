#include "core/storage/repositories/ContactRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CommunityRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectContacts = QStringLiteral("SELECT id, group_id, name, role, reach, language, ally, key_figure, "
                                              "consent, review_on, revision FROM group_contacts ");

KeyContact readContact(const QSqlQuery& q)
{
    KeyContact c;
    c.id = q.value(0).toLongLong();
    c.groupId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.role = q.value(3).toString();
    c.reach = q.value(4).toString();
    c.language = q.value(5).toString();
    c.ally = q.value(6).toInt() != 0;
    c.keyFigure = q.value(7).toInt() != 0;
    c.consent = q.value(8).toInt() != 0;
    c.reviewOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.revision = q.value(10).toInt();
    return c;
}

// The change log outlives a removed person (it is never wiped), so what it says about key people names no one:
// only the group they belong to.
QString logSummary(const KeyContact& c)
{
    return QCoreApplication::translate("ContactRepository", "key person of group %1").arg(c.groupId);
}

QString describe(const KeyContact& c)
{
    return QCoreApplication::translate("ContactRepository", "key person %1 of group %2").arg(c.id).arg(c.groupId);
}

QVariantList fields(const KeyContact& c, const QString& now)
{
    return {c.groupId,          c.name.trimmed(),          c.role.trimmed(), c.reach.trimmed(),
            c.language.trimmed(), c.ally ? 1 : 0,          c.keyFigure ? 1 : 0, c.consent ? 1 : 0,
            sql::nullable(c.reviewOn), now};
}

Status checkGroup(Workspace& ws, const KeyContact& c)
{
    return community::requireRow(ws, QStringLiteral("community_groups"), c.groupId, QStringLiteral("group"),
                                 QCoreApplication::translate("ContactRepository", "group"));
}

Result<QList<KeyContact>> select(Workspace& ws, const QString& where, const QVariantList& bindings)
{
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectContacts + where, bindings); !s)
        return s.error();
    QList<KeyContact> contacts;
    while (q.next())
        contacts.append(readContact(q));
    return contacts;
}

} // namespace

Status ContactRepository::validate(const KeyContact& c)
{
    auto invalid = [](const char* message, const char* field) {
        return community::fieldError(QCoreApplication::translate("ContactRepository", message),
                                     QString::fromLatin1(field));
    };
    if (c.groupId <= 0)
        return invalid("a key person belongs to a group", "group");
    if (c.name.trimmed().isEmpty())
        return invalid("a key person needs a name or a pseudonym", "name");
    return {};
}

Result<QList<KeyContact>> ContactRepository::list() const
{
    return select(m_ws, QStringLiteral("ORDER BY group_id, name COLLATE NOCASE, id"), {});
}

Result<QList<KeyContact>> ContactRepository::listForGroup(qint64 groupId) const
{
    return select(m_ws, QStringLiteral("WHERE group_id = ? ORDER BY name COLLATE NOCASE, id"), {groupId});
}

Result<KeyContact> ContactRepository::find(qint64 id) const
{
    auto found = select(m_ws, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sql::notFound(QCoreApplication::translate("ContactRepository", "key person %1").arg(id));
    return found->first();
}

Result<int> ContactRepository::count() const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM group_contacts")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<KeyContact> ContactRepository::add(const KeyContact& contact)
{
    if (Status s = validate(contact); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        if (Status s = checkGroup(m_ws, contact); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings{sql::nullable(contact.id)};
        bindings << fields(contact, m_ws.clock().now().toString(Qt::ISODateWithMs)) << qMax(1, contact.revision);
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO group_contacts (id, group_id, name, role, reach, language, "
                                            "ally, key_figure, consent, review_on, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             bindings);
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("contact"), newId, QStringLiteral("create"), logSummary(contact));
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<KeyContact> ContactRepository::update(const KeyContact& contact, OnConflict policy)
{
    if (Status s = validate(contact); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<KeyContact> stored = find(contact.id);
        if (!stored)
            return stored.error();
        if (stored->revision != contact.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        if (Status s = checkGroup(m_ws, contact); !s)
            return s;
        QSqlQuery q(m_ws.database());
        QVariantList bindings = fields(contact, m_ws.clock().now().toString(Qt::ISODateWithMs));
        bindings << contact.id;
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE group_contacts SET group_id = ?, name = ?, role = ?, reach = ?, "
                                            "language = ?, ally = ?, key_figure = ?, consent = ?, review_on = ?, "
                                            "updated_at = ?, revision = revision + 1 WHERE id = ?"),
                             bindings);
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("contact"), contact.id, QStringLiteral("update"), logSummary(contact));
    });
    if (!written)
        return written.error();
    return find(contact.id);
}

Status ContactRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<KeyContact> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        // secure_delete overwrites the row's bytes; the links to the person go by the foreign keys' cascade.
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM group_contacts WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("contact"), id, QStringLiteral("delete"), logSummary(*stored));
    });
}

} // namespace proxima
