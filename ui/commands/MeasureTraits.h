#pragma once

#include "core/model/CaseMeasure.h"
#include "core/storage/repositories/MeasureRepository.h"

#include <QCoreApplication>

namespace proxima {

/// Measures of the Assess stage for the record commands (RecordCommands.h).
struct MeasureTraits
{
    using Record = CaseMeasure;
    using Repository = MeasureRepository;
    static constexpr ChangeKind kind = ChangeKind::Measure;
    static QString entity() { return QStringLiteral("measure"); }
    static QString table() { return QStringLiteral("measures"); }
    static QString describe(const CaseMeasure& m)
    {
        return QCoreApplication::translate("Commands", "measure \"%1\"").arg(m.what);
    }
};

} // namespace proxima
