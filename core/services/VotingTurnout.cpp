#include "core/services/VotingTurnout.h"

#include <QCoreApplication>
#include <QStringList>

namespace proxima {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VotingTurnout", text);
}

// What a counted total adds up, named after the method that counts it.
QString unitOf(voting::Method method)
{
    switch (method) {
    case voting::Method::Approval:
        return tr("approvals");
    case voting::Method::Score:
        return tr("points");
    default:
        return tr("dots");
    }
}

QString ballotsPart(const VotingTurnout::Channel& ch)
{
    if (ch.channel == QLatin1String("paper"))
        return tr("paper ballots: %1").arg(ch.ballots);
    if (ch.channel == QLatin1String("import"))
        return tr("imported ballots: %1").arg(ch.ballots);
    if (ch.channel == QLatin1String("stickers"))
        return tr("sticker ballots: %1").arg(ch.ballots);
    if (ch.channel == QLatin1String("laptop"))
        return tr("laptop ballots without a member: %1").arg(ch.ballots);
    return tr("%1 ballots: %2").arg(ch.channel).arg(ch.ballots);
}

QString countedPart(const VotingTurnout::Channel& ch, const QString& unit)
{
    const QString from = ch.countedVoters == 1 ? tr("(from 1 voter)") : tr("(from %1 voters)").arg(ch.countedVoters);
    if (ch.channel == QLatin1String("stickers"))
        return tr("sticker %1: %2 %3").arg(unit).arg(ch.countedTotal).arg(from);
    return tr("%1 totals: %2 %3 %4").arg(ch.channel).arg(ch.countedTotal).arg(unit, from);
}

} // namespace

qint64 VotingTurnout::votersCounted() const
{
    qint64 total = membersVoted;
    for (const Channel& ch : channels)
        total += ch.ballots + ch.countedVoters;
    return total;
}

QString VotingTurnout::describe() const
{
    QStringList parts;
    parts << (eligible > 0 ? tr("Voters: %1 of %2 members").arg(membersVoted).arg(eligible)
                           : membersVoted == 1 ? tr("Voters: 1 member") : tr("Voters: %1 members").arg(membersVoted));
    const QString unit = unitOf(method);
    for (const Channel& ch : channels) {
        if (ch.ballots > 0)
            parts << ballotsPart(ch);
        if (ch.countedVoters > 0 || ch.countedTotal > 0)
            parts << countedPart(ch, unit);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace proxima
