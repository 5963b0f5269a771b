#pragma once

#include "core/common/Result.h"

#include <QString>

namespace proxima {

/// What the first bytes of a file say about it, read without opening it with SQLite (so nothing is written).
struct ProbeInfo
{
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 fileSize = 0;
    int pageSize = 0;
    qint64 pageCount = 0;
};

/// Checks that a file is a Proxima workspace this version can open, reading only its header.
class WorkspaceProbe
{
public:
    /// The application id written in every Proxima workspace ("PRXM").
    static constexpr quint32 ApplicationId = 0x5052584D;

    /// Reads and judges the header: refuses missing, empty, non-SQLite, foreign, truncated and newer files.
    static Result<ProbeInfo> inspect(const QString& path, int newestKnownVersion);
};

} // namespace proxima
