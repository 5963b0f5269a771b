#include "cli/TallyFlags.h"

#include <QCoreApplication>

namespace proxima::cli {

using namespace voting;

void declareTallyFlags(ArgumentParser& parser)
{
    for (const char* flag : {"json", "margins", "uncompared"})
        parser.addFlag(QString::fromLatin1(flag));
    for (const char* option : {"method", "tie-break", "seed", "max-approvals", "dots", "max-per-item", "max-score"})
        parser.addValueOption(QString::fromLatin1(option));
}

QString applyTallyFlags(const ArgumentParser& parser, TallyOptions& o)
{
    if (parser.isSet(QStringLiteral("margins")))
        o.schulze.strength = SchulzeStrength::Margins;
    if (parser.isSet(QStringLiteral("uncompared")))
        o.borda.unranked = o.schulze.unranked = o.copeland.unranked = UnrankedRule::Uncompared;
    auto number = [&](const char* name, int minimum, int& target) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return true;
        bool ok = false;
        const int v = parser.value(key).toInt(&ok);
        if (!ok || v < minimum)
            return false;
        target = v;
        return true;
    };
    int topN = o.approval.maxApprovals;
    if (!number("max-approvals", 1, topN))
        return QCoreApplication::translate("TallyCommand", "--max-approvals needs a whole number from 1");
    if (parser.isSet(QStringLiteral("max-approvals")))
        o.approval.maxApprovals = o.conversion.approvalTopN = topN;
    if (!number("dots", 1, o.dots.dotsPerVoter) || !number("max-per-item", 1, o.dots.maxPerItem) ||
        !number("max-score", 1, o.score.maxScore))
        return QCoreApplication::translate("TallyCommand",
                                           "--dots, --max-per-item and --max-score need a whole number from 1");
    if (parser.isSet(QStringLiteral("tie-break"))) {
        const QString rule = parser.value(QStringLiteral("tie-break")).toLower();
        if (rule == QLatin1String("lottery")) {
            o.tieBreak.rule = TieBreakRule::Lottery;
        } else if (rule == QLatin1String("none")) {
            o.tieBreak.rule = TieBreakRule::None;
        } else {
            const bool thenLottery = rule.endsWith(QLatin1String("+lottery"));
            const auto secondary = methodFromKey(thenLottery ? rule.chopped(8) : rule);
            if (!secondary)
                return QCoreApplication::translate(
                           "TallyCommand", "unknown tie-break \"%1\" (none, lottery, a method, or METHOD+lottery)")
                    .arg(rule);
            o.tieBreak.rule = thenLottery ? TieBreakRule::MethodThenLottery : TieBreakRule::SecondMethod;
            o.tieBreak.secondary = *secondary;
        }
        if ((o.tieBreak.rule == TieBreakRule::Lottery || o.tieBreak.rule == TieBreakRule::MethodThenLottery) &&
            !parser.isSet(QStringLiteral("seed")))
            return QCoreApplication::translate("TallyCommand", "a lottery needs --seed, so the draw can be repeated");
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        o.tieBreak.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("TallyCommand", "--seed needs a whole number");
    }
    return {};
}

} // namespace proxima::cli
