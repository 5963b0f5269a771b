#pragma once

#include "core/model/Concern.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QCoreApplication>

namespace proxima {

/// Concerns for the record commands (RecordCommands.h).
struct ConcernTraits
{
    using Record = Concern;
    using Repository = ConcernRepository;
    static constexpr ChangeKind kind = ChangeKind::Concern;
    static QString entity() { return QStringLiteral("concern"); }
    static QString table() { return QStringLiteral("concerns"); }
    static QString describe(const Concern& k)
    {
        const QString text = k.text.size() > 40 ? k.text.left(39) + QChar(0x2026) : k.text;
        return QCoreApplication::translate("Commands", "concern \"%1\"").arg(text);
    }
};

} // namespace proxima
