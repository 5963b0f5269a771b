#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace proxima {

class Workspace;

// What the five repositories of the community side share: optional real columns, and checking that a referenced
// record exists before writing, so that a missing area, member, group, case or concern is an error naming the field
// instead of a raw foreign-key failure.
namespace community {

/// A REAL column that may be NULL.
std::optional<double> optionalReal(const QVariant& value);
/// NULL for an empty optional.
QVariant nullableReal(const std::optional<double>& value);

/// An Invalid error on one field.
Error fieldError(const QString& message, const QString& field);

/// Ok when id is 0 (no reference) or a row of table has that id; otherwise "<what> <id> does not exist" on field.
/// table is one of ours, never user input.
Status requireRow(Workspace& ws, const QString& table, qint64 id, const QString& field, const QString& what);
/// requireRow for each id of a list.
Status requireRows(Workspace& ws, const QString& table, const QList<qint64>& ids, const QString& field,
                   const QString& what);

/// Rewrites a link table (parent, child) of a record: the rows of parent become exactly childIds (duplicates dropped).
Status rewriteLinks(Workspace& ws, const QString& table, const QString& parentColumn, const QString& childColumn,
                    qint64 parentId, const QList<qint64>& childIds);

/// The id a child row (a need, a follow-up) is written with: its own id when it is set and free, so that links to it
/// survive an update or an undo; NULL (a new id) otherwise.
QVariant childId(Workspace& ws, const QString& table, qint64 id);

} // namespace community
} // namespace proxima
