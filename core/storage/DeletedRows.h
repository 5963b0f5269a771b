#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace proxima {

class Workspace;

/// Everything deleting one row takes with it: the row itself, the rows that refer to it with ON DELETE CASCADE
/// (and theirs, recursively) and the references ON DELETE SET NULL clears. Read just before the delete, it lets
/// undo put the workspace back exactly as it was: same ids, same revisions, every analysis, action and measure of a
/// deleted case, every reference to a deleted member. The foreign keys are read from the schema, so tables added
/// by later migrations are covered without listing them here.
class DeletedRows
{
public:
    /// Reads the row `id` of `table` and all that depends on it. Call inside the write that deletes it.
    static Result<DeletedRows> capture(Workspace& ws, const QString& table, qint64 id);
    /// Puts the rows back and the cleared references with them. Call inside a write.
    Status restore(Workspace& ws) const;
    /// Rows captured, the deleted row included (references to clear not counted).
    int rowCount() const;
    /// True when the delete reaches beyond its own row (dependent rows or cleared references).
    bool reachesOthers() const { return rowCount() > 1 || !m_cleared.isEmpty(); }
    /// A value of the deleted row itself (e.g. "revision"), null when absent.
    QVariant value(const QString& column) const;

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    struct Cleared
    {
        QString table;
        QString column;
        QStringList keyColumns;   // the row's primary key (rowid when the table declares none)
        QVariantList key;
        QVariant value;
    };
    /// Every row of table whose column is one of ids, with its column names.
    static Result<Rows> select(Workspace& ws, const QString& table, const QString& column, const QVariantList& ids);

    QList<Rows> m_rows;        // the deleted row first, then the dependent rows, parents before children
    QList<Cleared> m_cleared;
};

} // namespace proxima
