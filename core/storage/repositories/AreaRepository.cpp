#include "core/storage/repositories/AreaRepository.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {

Result<QList<Area>> AreaRepository::list() const
{
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, name, description, revision FROM areas "
                                               "ORDER BY name COLLATE NOCASE"));
        !s)
        return s.error();
    QList<Area> areas;
    while (q.next())
        areas.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return areas;
}

Result<qint64> AreaRepository::idForName(const QString& name, bool create)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return qint64(0);
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM areas WHERE name = ? COLLATE NOCASE"), {trimmed}); !s)
        return s.error();
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return sql::notFound(QCoreApplication::translate("AreaRepository", "area \"%1\"").arg(trimmed));
    return add(Area{0, trimmed, {}, 1});
}

Result<qint64> AreaRepository::add(const Area& area)
{
    if (area.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("AreaRepository", "an area needs a name"), {}, 0,
                     QStringLiteral("name")};
    qint64 id = 0;
    const Status written = m_ws.write([&]() -> Status {
        QSqlQuery q(m_ws.database());
        if (Status s = sql::exec(q, QStringLiteral("INSERT INTO areas (name, description) VALUES (?, ?)"),
                                 {area.name.trimmed(), area.description});
            !s)
            return s;
        id = q.lastInsertId().toLongLong();
        return m_ws.logChange(QStringLiteral("area"), id, QStringLiteral("create"), area.name);
    });
    if (!written)
        return written.error();
    return id;
}

} // namespace proxima
