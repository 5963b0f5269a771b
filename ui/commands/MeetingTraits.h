#pragma once

#include "core/model/Meeting.h"
#include "core/storage/repositories/MeetingRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace proxima {

/// CoPmittee meetings for the record commands (RecordCommands.h).
struct MeetingTraits
{
    using Record = Meeting;
    using Repository = MeetingRepository;
    static constexpr ChangeKind kind = ChangeKind::Meeting;
    static QString entity() { return QStringLiteral("meeting"); }
    static QString table() { return QStringLiteral("meetings"); }
    static QString describe(const Meeting& m)
    {
        return QCoreApplication::translate("Commands", "meeting of %1")
            .arg(QLocale().toString(m.heldOn, QLocale::ShortFormat));
    }
};

} // namespace proxima
