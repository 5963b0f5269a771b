#pragma once

#include <QString>

namespace proxima {

/// People or groups affected by the problem, and how.
struct AffectedGroup
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString name;
    QString how;
    int revision = 0;
};

} // namespace proxima
