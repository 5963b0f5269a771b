#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>

namespace proxima::sql {

bool isBusy(const QSqlError& error)
{
    // SQLITE_BUSY = 5, SQLITE_LOCKED = 6; extended codes keep the primary code in the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

Error toError(const QSqlError& error, const QString& context)
{
    Error result;
    if (isBusy(error)) {
        result.message = QCoreApplication::translate(
            "Workspace", "another member is saving to the workspace right now; please try again in a moment");
        result.code = ErrorCode::Busy;
        return result;
    }
    result.message = QCoreApplication::translate("Workspace", "%1 failed: %2").arg(context, error.text());
    result.code = ErrorCode::Internal;
    return result;
}

Status exec(QSqlQuery& query, const QString& statement, const QVariantList& bindings)
{
    if (!query.prepare(statement))
        return toError(query.lastError(), statement.section(QLatin1Char(' '), 0, 2));
    for (const QVariant& value : bindings) {
        // A null QString means "empty text" in our value types; only sql::nullable() asks for NULL.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError(), statement.section(QLatin1Char(' '), 0, 2));
    return {};
}

Status execOn(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return toError(query.lastError(), statement.section(QLatin1Char(' '), 0, 2));
    return {};
}

Error notFound(const QString& what)
{
    Error e{QCoreApplication::translate("Workspace", "%1 does not exist").arg(what), {}, 0, {}};
    e.code = ErrorCode::NotFound;
    return e;
}

Error conflict(const QString& what, int storedRevision)
{
    Error e{QCoreApplication::translate("Workspace", "%1 was changed by another member meanwhile (now at revision %2)")
                .arg(what)
                .arg(storedRevision),
            {}, 0, {}};
    e.code = ErrorCode::Conflict;
    return e;
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace proxima::sql
