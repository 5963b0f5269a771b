#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace proxima {

/// Writes bytes to path through QSaveFile: readers see the old file or the whole new one, never half of it.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace proxima
