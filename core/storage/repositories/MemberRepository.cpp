#include "core/storage/repositories/MemberRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {
namespace {

const QString SelectMembers = QStringLiteral(
    "SELECT id, name, organisation, sector, role, contact, active_from, active_to, revision FROM members ");

Member readMember(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.organisation = q.value(2).toString();
    m.sector = sectorFromKey(q.value(3).toString()).value_or(Sector::Other);
    m.role = roleFromKey(q.value(4).toString()).value_or(MemberRole::Member);
    m.contact = q.value(5).toString();
    m.activeFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    m.activeTo = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.revision = q.value(8).toInt();
    return m;
}

QString describe(const Member& m)
{
    return QCoreApplication::translate("MemberRepository", "member %1 \"%2\"").arg(m.id).arg(m.name);
}

} // namespace

Status MemberRepository::validate(const Member& member)
{
    if (member.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("MemberRepository", "a member needs a name"), {}, 0,
                     QStringLiteral("name")};
    if (member.activeFrom.isValid() && member.activeTo.isValid() && member.activeTo < member.activeFrom)
        return Error{QCoreApplication::translate("MemberRepository", "the active period ends before it starts"), {},
                     0, QStringLiteral("active_to")};
    return {};
}

Result<QList<Member>> MemberRepository::list() const
{
    QSqlQuery q(m_ws.database());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, SelectMembers + QStringLiteral("ORDER BY name COLLATE NOCASE, id")); !s)
        return s.error();
    QList<Member> members;
    while (q.next())
        members.append(readMember(q));
    return members;
}

Result<Member> MemberRepository::find(qint64 id) const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, SelectMembers + QStringLiteral("WHERE id = ?"), {id}); !s)
        return s.error();
    if (!q.next())
        return sql::notFound(QCoreApplication::translate("MemberRepository", "member %1").arg(id));
    return readMember(q);
}

Result<Member> MemberRepository::add(const Member& member)
{
    if (Status s = validate(member); !s)
        return s.error();
    qint64 newId = 0;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO members (id, name, organisation, sector, role, contact, "
                                            "active_from, active_to, updated_at, revision) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {sql::nullable(member.id), member.name.trimmed(), member.organisation,
                              sectorKey(member.sector), roleKey(member.role), member.contact,
                              sql::nullable(member.activeFrom), sql::nullable(member.activeTo),
                              m_ws.clock().now().toString(Qt::ISODateWithMs), qMax(1, member.revision)});
        if (!s)
            return s;
        newId = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("member"), newId, QStringLiteral("create"), member.name);
    });
    if (!written)
        return written.error();
    return find(newId);
}

Result<Member> MemberRepository::update(const Member& member, OnConflict policy)
{
    if (Status s = validate(member); !s)
        return s.error();
    const Status written = m_ws.write([&]() -> Status {
        Result<Member> stored = find(member.id);
        if (!stored)
            return stored.error();
        if (stored->revision != member.revision && policy == OnConflict::Report)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        Status s = sql::exec(q,
                             QStringLiteral("UPDATE members SET name = ?, organisation = ?, sector = ?, role = ?, "
                                            "contact = ?, active_from = ?, active_to = ?, updated_at = ?, "
                                            "revision = revision + 1 WHERE id = ?"),
                             {member.name.trimmed(), member.organisation, sectorKey(member.sector),
                              roleKey(member.role), member.contact, sql::nullable(member.activeFrom),
                              sql::nullable(member.activeTo), m_ws.clock().now().toString(Qt::ISODateWithMs),
                              member.id});
        if (!s)
            return s;
        return m_ws.logChange(QStringLiteral("member"), member.id, QStringLiteral("update"), member.name);
    });
    if (!written)
        return written.error();
    return find(member.id);
}

Status MemberRepository::remove(qint64 id, int expectedRevision)
{
    return m_ws.write([&]() -> Status {
        Result<Member> stored = find(id);
        if (!stored)
            return stored.error();
        if (stored->revision != expectedRevision)
            return sql::conflict(describe(*stored), stored->revision);
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("DELETE FROM members WHERE id = ?"), {id}); !s)
            return s;
        return m_ws.logChange(QStringLiteral("member"), id, QStringLiteral("delete"), stored->name);
    });
}

} // namespace proxima
