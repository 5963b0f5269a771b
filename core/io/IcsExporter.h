#pragma once

#include "core/common/Result.h"
#include "core/reports/ActionMatrix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace proxima::io {

/// Settings of the calendar export.
struct IcsOptions
{
    QDateTime stamp;                                   ///< DTSTAMP of every event (passed in, converted to UTC).
    QString uidDomain = QStringLiteral("proxima.local"); ///< Right-hand side of the UIDs.
};

/// Due dates of the actions as an iCalendar file (RFC 5545): one all-day VEVENT per action with a due date.
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(proxima::io::IcsExporter)

public:
    static QByteArray toIcs(const reports::ActionMatrix& matrix, const IcsOptions& options);
    /// Writes the file atomically; the error names the path.
    static Status write(const QString& path, const reports::ActionMatrix& matrix, const IcsOptions& options);

    /// TEXT value escaping: backslash, semicolon, comma and newline.
    static QString escapeText(const QString& text);
    /// Splits a content line into lines of at most 75 octets (continuations start with a space), never inside
    /// a UTF-8 sequence, each ended by CRLF.
    static QByteArray fold(const QByteArray& line);
    /// "action-<id>@<domain>", stable for the same action.
    static QString uid(const reports::ActionRow& action, const reports::ProblemGroup& group, const QString& domain);
};

} // namespace proxima::io
