#pragma once

#include "core/common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace proxima::sql {

/// Converts a database error into a user-facing Error; a locked file becomes ErrorCode::Busy.
Error toError(const QSqlError& error, const QString& context);

/// Prepares and runs a statement with positional bindings; returns the error with context.
Status exec(QSqlQuery& query, const QString& statement, const QVariantList& bindings = {});

/// Runs a statement on the database; for DDL and pragmas.
Status execOn(const QSqlDatabase& db, const QString& statement);

/// A null QVariant for empty ids/dates/strings so optional columns stay NULL.
QVariant nullable(qint64 id);
QVariant nullable(const QDate& date);

/// "<what> does not exist", ErrorCode::NotFound.
Error notFound(const QString& what);
/// "<what> was changed by another member", ErrorCode::Conflict.
Error conflict(const QString& what, int storedRevision);

/// True when the error means another connection held the lock.
bool isBusy(const QSqlError& error);

} // namespace proxima::sql
