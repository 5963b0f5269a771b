#include "core/model/ResponseEnums.h"

#include <QCoreApplication>

namespace proxima {

QString triangleSideKey(TriangleSide side)
{
    switch (side) {
    case TriangleSide::None: return {};
    case TriangleSide::Offender: return QStringLiteral("offender");
    case TriangleSide::Victim: return QStringLiteral("victim");
    case TriangleSide::Place: return QStringLiteral("place");
    case TriangleSide::Handler: return QStringLiteral("handler");
    case TriangleSide::Guardian: return QStringLiteral("guardian");
    case TriangleSide::Manager: return QStringLiteral("manager");
    }
    return {};
}

std::optional<TriangleSide> triangleSideFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return TriangleSide::None;
    for (TriangleSide side : triangleSides()) {
        if (triangleSideKey(side) == k)
            return side;
    }
    return std::nullopt;
}

QString triangleSideLabel(TriangleSide side)
{
    switch (side) {
    case TriangleSide::None: return {};
    case TriangleSide::Offender: return QCoreApplication::translate("TriangleSide", "Offender");
    case TriangleSide::Victim: return QCoreApplication::translate("TriangleSide", "Victim");
    case TriangleSide::Place: return QCoreApplication::translate("TriangleSide", "Place");
    case TriangleSide::Handler: return QCoreApplication::translate("TriangleSide", "Handler");
    case TriangleSide::Guardian: return QCoreApplication::translate("TriangleSide", "Guardian");
    case TriangleSide::Manager: return QCoreApplication::translate("TriangleSide", "Manager");
    }
    return {};
}

QList<TriangleSide> triangleSides()
{
    return {TriangleSide::Offender, TriangleSide::Victim,   TriangleSide::Place,
            TriangleSide::Handler,  TriangleSide::Guardian, TriangleSide::Manager};
}

QString chainPhaseKey(ChainPhase phase)
{
    switch (phase) {
    case ChainPhase::None: return {};
    case ChainPhase::ProAction: return QStringLiteral("proaction");
    case ChainPhase::Prevention: return QStringLiteral("prevention");
    case ChainPhase::Preparation: return QStringLiteral("preparation");
    case ChainPhase::Response: return QStringLiteral("response");
    case ChainPhase::Aftercare: return QStringLiteral("aftercare");
    }
    return {};
}

std::optional<ChainPhase> chainPhaseFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower().remove(QLatin1Char('-'));
    if (k.isEmpty())
        return ChainPhase::None;
    for (ChainPhase phase : chainPhases()) {
        if (chainPhaseKey(phase) == k)
            return phase;
    }
    return std::nullopt;
}

QString chainPhaseLabel(ChainPhase phase)
{
    switch (phase) {
    case ChainPhase::None: return {};
    case ChainPhase::ProAction: return QCoreApplication::translate("ChainPhase", "Pro-action");
    case ChainPhase::Prevention: return QCoreApplication::translate("ChainPhase", "Prevention");
    case ChainPhase::Preparation: return QCoreApplication::translate("ChainPhase", "Preparation");
    case ChainPhase::Response: return QCoreApplication::translate("ChainPhase", "Response");
    case ChainPhase::Aftercare: return QCoreApplication::translate("ChainPhase", "Aftercare");
    }
    return {};
}

QList<ChainPhase> chainPhases()
{
    return {ChainPhase::ProAction, ChainPhase::Prevention, ChainPhase::Preparation, ChainPhase::Response,
            ChainPhase::Aftercare};
}

} // namespace proxima
