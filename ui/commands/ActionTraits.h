#pragma once

#include "core/model/ResponseAction.h"
#include "core/storage/repositories/ActionRepository.h"

#include <QCoreApplication>

namespace proxima {

/// Actions of a response plan for the record commands (RecordCommands.h).
struct ActionTraits
{
    using Record = ResponseAction;
    using Repository = ActionRepository;
    static constexpr ChangeKind kind = ChangeKind::Action;
    static QString entity() { return QStringLiteral("action"); }
    static QString table() { return QStringLiteral("actions"); }
    static QString describe(const ResponseAction& a)
    {
        return QCoreApplication::translate("Commands", "action \"%1\"").arg(a.title);
    }
};

} // namespace proxima
