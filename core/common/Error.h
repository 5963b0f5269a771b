#pragma once

#include <QString>

namespace proxima {

/// What kind of failure an Error reports, so callers can react (retry, ask the user to choose, ...).
enum class ErrorCode {
    Invalid,        ///< bad input: a value, a file's content, a command line
    NotFound,       ///< the record or file does not exist
    Conflict,       ///< another member changed the record since it was loaded
    Busy,           ///< the workspace stayed locked by another writer despite retries
    Refused,        ///< the file is not one we may open (foreign, newer, damaged)
    NeedsUpgrade,   ///< the file has an older schema: it opens read-only until it is upgraded on purpose
    Io,             ///< reading or writing a file failed
    Cancelled,      ///< the user cancelled
    Internal,       ///< an unexpected database failure
};

/// An error a user can cause (bad file, bad value, busy file): a message naming where it happened.
struct Error
{
    QString message;   ///< What went wrong, in words a user understands.
    QString file;      ///< The file involved, when there is one.
    int line = 0;      ///< 1-based line in that file, 0 when not applicable.
    QString field;     ///< The column, field or option involved, when there is one.
    ErrorCode code = ErrorCode::Invalid;

    /// "file:line: field: message", leaving out the parts that are not set.
    QString toString() const;
};

} // namespace proxima
