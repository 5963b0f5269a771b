#include "core/common/Error.h"

namespace proxima {

QString Error::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text += file;
        if (line > 0)
            text += QLatin1Char(':') + QString::number(line);
        text += QStringLiteral(": ");
    } else if (line > 0) {
        text += QStringLiteral("line %1: ").arg(line);
    }
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

} // namespace proxima
