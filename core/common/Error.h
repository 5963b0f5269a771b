#pragma once

#include <QString>

namespace proxima {

/// An error a user can cause (bad file, bad value, busy file): a message naming where it happened.
struct Error
{
    QString message;   ///< What went wrong, in words a user understands.
    QString file;      ///< The file involved, when there is one.
    int line = 0;      ///< 1-based line in that file, 0 when not applicable.
    QString field;     ///< The column, field or option involved, when there is one.

    /// "file:line: field: message", leaving out the parts that are not set.
    QString toString() const;
};

} // namespace proxima
