#include "core/storage/VotingCodec.h"

#include <QCoreApplication>
#include <QStringList>

namespace proxima::votingcodec {

using namespace voting;

QString tieBreakRuleKey(TieBreakRule rule)
{
    switch (rule) {
    case TieBreakRule::None:
        return QStringLiteral("none");
    case TieBreakRule::SecondMethod:
        return QStringLiteral("method");
    case TieBreakRule::Lottery:
        return QStringLiteral("lottery");
    case TieBreakRule::MethodThenLottery:
        return QStringLiteral("method+lottery");
    }
    return {};
}

std::optional<TieBreakRule> tieBreakRuleFromKey(const QString& key)
{
    for (TieBreakRule r : {TieBreakRule::None, TieBreakRule::SecondMethod, TieBreakRule::Lottery,
                           TieBreakRule::MethodThenLottery}) {
        if (tieBreakRuleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

namespace {
QString unrankedKey(UnrankedRule r)
{
    return r == UnrankedRule::Uncompared ? QStringLiteral("uncompared") : QStringLiteral("below");
}
UnrankedRule unrankedFrom(const QJsonValue& v)
{
    return v.toString() == QLatin1String("uncompared") ? UnrankedRule::Uncompared : UnrankedRule::BelowRanked;
}
} // namespace

QJsonObject optionsToJson(const TallyOptions& o)
{
    QJsonObject j;
    j[QStringLiteral("dots_per_voter")] = o.dots.dotsPerVoter;
    j[QStringLiteral("dots_max_per_item")] = o.dots.maxPerItem;
    j[QStringLiteral("max_approvals")] = o.approval.maxApprovals;
    j[QStringLiteral("max_score")] = o.score.maxScore;
    j[QStringLiteral("borda_unranked")] = unrankedKey(o.borda.unranked);
    j[QStringLiteral("schulze_unranked")] = unrankedKey(o.schulze.unranked);
    j[QStringLiteral("schulze_strength")] = o.schulze.strength == SchulzeStrength::Margins
                                                ? QStringLiteral("margins")
                                                : QStringLiteral("winning_votes");
    j[QStringLiteral("copeland_unranked")] = unrankedKey(o.copeland.unranked);
    j[QStringLiteral("approval_top_n")] = o.conversion.approvalTopN;
    j[QStringLiteral("tie_break")] = tieBreakRuleKey(o.tieBreak.rule);
    j[QStringLiteral("tie_break_method")] = methodKey(o.tieBreak.secondary);
    j[QStringLiteral("tie_break_seed")] = QString::number(o.tieBreak.seed);
    return j;
}

TallyOptions optionsFromJson(const QJsonObject& j, Method method)
{
    TallyOptions o;
    o.method = method;
    o.dots.dotsPerVoter = j.value(QStringLiteral("dots_per_voter")).toInt(o.dots.dotsPerVoter);
    o.dots.maxPerItem = j.value(QStringLiteral("dots_max_per_item")).toInt(o.dots.maxPerItem);
    o.approval.maxApprovals = j.value(QStringLiteral("max_approvals")).toInt(0);
    o.score.maxScore = j.value(QStringLiteral("max_score")).toInt(o.score.maxScore);
    o.borda.unranked = unrankedFrom(j.value(QStringLiteral("borda_unranked")));
    o.schulze.unranked = unrankedFrom(j.value(QStringLiteral("schulze_unranked")));
    o.schulze.strength = j.value(QStringLiteral("schulze_strength")).toString() == QLatin1String("margins")
                             ? SchulzeStrength::Margins
                             : SchulzeStrength::WinningVotes;
    o.copeland.unranked = unrankedFrom(j.value(QStringLiteral("copeland_unranked")));
    o.conversion.approvalTopN = j.value(QStringLiteral("approval_top_n")).toInt(0);
    o.tieBreak.rule = tieBreakRuleFromKey(j.value(QStringLiteral("tie_break")).toString()).value_or(TieBreakRule::None);
    o.tieBreak.secondary =
        methodFromKey(j.value(QStringLiteral("tie_break_method")).toString()).value_or(Method::Borda);
    o.tieBreak.seed = j.value(QStringLiteral("tie_break_seed")).toString().toULongLong();
    return o;
}

QString tiersToText(const Tiers& tiers)
{
    QStringList places;
    for (const auto& tier : tiers) {
        QStringList ids;
        for (int c : tier)
            ids << QString::number(c);
        places << ids.join(QLatin1Char(','));
    }
    return places.join(QLatin1Char('|'));
}

Result<Tiers> tiersFromText(const QString& text)
{
    Tiers tiers;
    if (text.trimmed().isEmpty())
        return tiers;
    for (const QString& place : text.split(QLatin1Char('|'))) {
        std::vector<int> tier;
        for (const QString& id : place.split(QLatin1Char(','))) {
            bool ok = false;
            const int c = id.trimmed().toInt(&ok);
            if (!ok || c < 0)
                return Error{QCoreApplication::translate("Voting", "\"%1\" is not a candidate position").arg(id), {},
                             0, QStringLiteral("ranking")};
            tier.push_back(c);
        }
        tiers.push_back(std::move(tier));
    }
    return tiers;
}

QString valuesToText(const std::vector<qint64>& values)
{
    QStringList parts;
    for (qint64 v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

Result<std::vector<qint64>> valuesFromText(const QString& text)
{
    std::vector<qint64> values;
    if (text.trimmed().isEmpty())
        return values;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 v = part.trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return Error{QCoreApplication::translate("Voting", "\"%1\" is not a number of 0 or more").arg(part), {}, 0,
                         QStringLiteral("values")};
        values.push_back(v);
    }
    return values;
}

} // namespace proxima::votingcodec
