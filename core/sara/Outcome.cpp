#include "core/sara/Outcome.h"

#include <QCoreApplication>

namespace proxima::sara {

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::ProblemEliminated: return QStringLiteral("eliminated");
    case Outcome::FewerIncidents: return QStringLiteral("fewer_incidents");
    case Outcome::LessSeriousHarm: return QStringLiteral("less_harm");
    case Outcome::HandledBetter: return QStringLiteral("handled_better");
    case Outcome::MovedToOtherOwner: return QStringLiteral("moved_owner");
    case Outcome::NoChange: return QStringLiteral("no_change");
    case Outcome::GotWorse: return QStringLiteral("worse");
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString& key)
{
    for (int i = 0; i <= int(Outcome::GotWorse); ++i) {
        if (outcomeKey(Outcome(i)) == key)
            return Outcome(i);
    }
    return std::nullopt;
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::ProblemEliminated: return QCoreApplication::translate("Outcome", "Problem eliminated");
    case Outcome::FewerIncidents: return QCoreApplication::translate("Outcome", "Fewer incidents");
    case Outcome::LessSeriousHarm: return QCoreApplication::translate("Outcome", "Less serious harm");
    case Outcome::HandledBetter: return QCoreApplication::translate("Outcome", "Problem handled better");
    case Outcome::MovedToOtherOwner:
        return QCoreApplication::translate("Outcome", "Moved to another agency or owner");
    case Outcome::NoChange: return QCoreApplication::translate("Outcome", "No change");
    case Outcome::GotWorse: return QCoreApplication::translate("Outcome", "Got worse");
    }
    return {};
}

} // namespace proxima::sara
