#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace proxima::voting {

/// The counting methods the engine knows.
enum class Method
{
    Dots,
    Approval,
    Score,
    Plurality,
    Borda,
    Schulze,
    Irv,
    Copeland
};

/// How candidates a voter left off a ranked ballot are treated in pairwise and Borda counts.
enum class UnrankedRule
{
    BelowRanked, ///< Debian's rule: tied with each other, below every ranked candidate (default)
    Uncompared,  ///< not compared with anyone on that ballot
};

/// How Schulze measures the strength of a pairwise defeat.
enum class SchulzeStrength
{
    WinningVotes,
    Margins
};

/// Stable lower-case key of a method ("schulze", "irv", ...), used on the command line and in JSON.
QString methodKey(Method method);
/// The method for a key accepted by methodKey(), or nothing.
std::optional<Method> methodFromKey(const QString& key);
/// All method keys, in the order of the enum.
QStringList methodKeys();
/// Human name of the method ("Schulze (Condorcet)", ...), translated.
QString methodName(Method method);
/// True for methods reading ranked ballots (plurality, Borda, Schulze, IRV, Copeland).
bool isRankedMethod(Method method);

} // namespace proxima::voting
