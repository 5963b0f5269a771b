#include "core/voting/VotingMethod.h"

#include <QCoreApplication>

namespace proxima::voting {

namespace {
constexpr Method kAll[] = {Method::Dots,  Method::Approval, Method::Score, Method::Plurality,
                           Method::Borda, Method::Schulze,  Method::Irv,   Method::Copeland};
}

QString methodKey(Method method)
{
    switch (method) {
    case Method::Dots:
        return QStringLiteral("dots");
    case Method::Approval:
        return QStringLiteral("approval");
    case Method::Score:
        return QStringLiteral("score");
    case Method::Plurality:
        return QStringLiteral("plurality");
    case Method::Borda:
        return QStringLiteral("borda");
    case Method::Schulze:
        return QStringLiteral("schulze");
    case Method::Irv:
        return QStringLiteral("irv");
    case Method::Copeland:
        return QStringLiteral("copeland");
    }
    return {};
}

std::optional<Method> methodFromKey(const QString& key)
{
    for (Method m : kAll) {
        if (methodKey(m) == key.trimmed().toLower())
            return m;
    }
    return std::nullopt;
}

QStringList methodKeys()
{
    QStringList keys;
    for (Method m : kAll)
        keys << methodKey(m);
    return keys;
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Dots:
        return QCoreApplication::translate("Voting", "Dot voting");
    case Method::Approval:
        return QCoreApplication::translate("Voting", "Approval voting");
    case Method::Score:
        return QCoreApplication::translate("Voting", "Score voting");
    case Method::Plurality:
        return QCoreApplication::translate("Voting", "Plurality");
    case Method::Borda:
        return QCoreApplication::translate("Voting", "Borda count");
    case Method::Schulze:
        return QCoreApplication::translate("Voting", "Schulze (Condorcet)");
    case Method::Irv:
        return QCoreApplication::translate("Voting", "Instant-runoff (IRV)");
    case Method::Copeland:
        return QCoreApplication::translate("Voting", "Copeland");
    }
    return {};
}

bool isRankedMethod(Method method)
{
    return method != Method::Dots && method != Method::Approval && method != Method::Score;
}

} // namespace proxima::voting
