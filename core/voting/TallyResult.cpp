#include "core/voting/TallyResult.h"

#include <QCoreApplication>

namespace proxima::voting {

QString formatRational(const mpq_class& value)
{
    return QString::fromStdString(value.get_str());
}

double toDouble(const mpq_class& value)
{
    return value.get_d();
}

namespace {
QString joinLabels(const std::vector<int>& candidates, const QStringList& labels)
{
    QStringList parts;
    for (int c : candidates)
        parts << (c >= 0 && c < labels.size() ? labels.at(c) : QString::number(c));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString describeDecision(const TieBreakDecision& decision, const QStringList& labels)
{
    const QString how = decision.how == TieBreakRule::Lottery
                            ? QCoreApplication::translate("Voting", "lottery, seed %1").arg(decision.seed)
                            : methodName(decision.secondary);
    const QString above = joinLabels(decision.above, labels);
    const QString below = joinLabels(decision.below, labels);
    if (decision.irvRound > 0) {
        return QCoreApplication::translate("Voting", "round %1: %2 eliminated rather than %3 (%4)")
            .arg(decision.irvRound)
            .arg(below, above, how);
    }
    if (decision.how == TieBreakRule::Lottery)
        return QCoreApplication::translate("Voting", "%1 placed above %2 by %3").arg(above, below, how);
    return QCoreApplication::translate("Voting", "%1 placed above %2 by %3").arg(above, below, how);
}

} // namespace proxima::voting
