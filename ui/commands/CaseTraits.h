#pragma once

#include "core/model/ProblemCase.h"
#include "core/storage/repositories/CaseRepository.h"

#include <QCoreApplication>

namespace proxima {

/// Problem cases for the record commands (RecordCommands.h).
struct CaseTraits
{
    using Record = ProblemCase;
    using Repository = CaseRepository;
    static constexpr ChangeKind kind = ChangeKind::Case;
    static QString entity() { return QStringLiteral("case"); }
    static QString table() { return QStringLiteral("cases"); }
    static QString describe(const ProblemCase& c)
    {
        return QCoreApplication::translate("Commands", "case \"%1\"").arg(c.title);
    }
};

} // namespace proxima
