#pragma once

#include "core/model/Member.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QCoreApplication>

namespace proxima {

/// CoPmittee members for the record commands (RecordCommands.h).
struct MemberTraits
{
    using Record = Member;
    using Repository = MemberRepository;
    static constexpr ChangeKind kind = ChangeKind::Member;
    static QString entity() { return QStringLiteral("member"); }
    static QString table() { return QStringLiteral("members"); }
    static QString describe(const Member& m)
    {
        return QCoreApplication::translate("Commands", "member \"%1\"").arg(m.name);
    }
};

} // namespace proxima
