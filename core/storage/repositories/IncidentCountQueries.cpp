#include "core/storage/repositories/IncidentCountQueries.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace proxima {

Result<int> IncidentCountQueries::count(qint64 areaId, const QStringList& categories, const QDate& from,
                                        const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return Error{QCoreApplication::translate("IncidentCountQueries", "a count needs a period with a start and an "
                                                                         "end"),
                     {}, 0, QStringLiteral("period")};
    QString statement = QStringLiteral("SELECT COUNT(*) FROM incidents WHERE occurred_on BETWEEN ? AND ?");
    QVariantList bindings{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (areaId > 0) {
        statement += QStringLiteral(" AND area_id = ?");
        bindings << areaId;
    }
    QStringList wanted;
    for (const QString& c : categories) {
        if (!c.trimmed().isEmpty())
            wanted << c.trimmed().toLower();
    }
    if (!wanted.isEmpty()) {
        QStringList marks;
        for (const QString& c : wanted) {
            marks << QStringLiteral("?");
            bindings << c;
        }
        statement += QStringLiteral(" AND lower(category) IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    QSqlQuery q(m_ws.database());
    if (Status s = sql::exec(q, statement, bindings); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace proxima
