#include "core/voting/Explanation.h"

#include <QCoreApplication>

namespace proxima::voting {

QString explainRankedConventions(UnrankedRule unranked)
{
    QString text = unranked == UnrankedRule::BelowRanked
                       ? QCoreApplication::translate(
                             "VotingExplanation",
                             "Problems a member did not rank count as tied with each other, below every problem "
                             "that member ranked.")
                       : QCoreApplication::translate(
                             "VotingExplanation",
                             "Problems a member did not rank are left out of that member's comparisons: the ballot "
                             "says nothing about them.");
    return text + QLatin1Char(' ') +
           QCoreApplication::translate(
               "VotingExplanation",
               "When a member puts two problems at the same place, that ballot helps neither of them against "
               "the other.");
}

QString explainMethod(Method method, const TallyOptions& o)
{
    switch (method) {
    case Method::Dots:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Each member sticks %1 dots on the problems that matter most to them, at most %2 on the same "
                   "problem. The problem with the most dots comes first.")
            .arg(o.dots.dotsPerVoter)
            .arg(o.dots.maxPerItem);
    case Method::Approval: {
        QString text = QCoreApplication::translate("VotingExplanation",
                                                   "Each member ticks the problems they agree should be tackled");
        if (o.approval.maxApprovals > 0)
            text += QCoreApplication::translate("VotingExplanation", ", up to %1 of them").arg(o.approval.maxApprovals);
        return text + QCoreApplication::translate("VotingExplanation",
                                                  ". The problem ticked by the most members comes first.");
    }
    case Method::Score:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Each member gives every problem a mark from 0 to %1; a problem left blank gets 0. The marks "
                   "are added up and the problem with the highest total comes first.")
            .arg(o.score.maxScore);
    case Method::Plurality:
        return QCoreApplication::translate(
            "VotingExplanation",
            "Only each member's first choice counts. The problem named first by the most members comes "
            "first. A member who puts several problems first shares that vote equally between them.");
    case Method::Borda:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Each member ranks the problems. On each ballot a problem earns one point for every problem "
                   "ranked below it, so with 5 problems a first place earns 4 points and a last place none. The "
                   "points of all ballots are added up.") +
               QLatin1Char(' ') + explainRankedConventions(o.borda.unranked);
    case Method::Schulze:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Each member ranks the problems. Every pair of problems is compared: how many members prefer "
                   "one to the other. A problem beats another if it wins that duel directly or through a chain of "
                   "duels whose weakest link is stronger than the other way round. The problems beaten by no one "
                   "come first, then the same is done with the rest.") +
               QLatin1Char(' ') +
               (o.schulze.strength == SchulzeStrength::WinningVotes
                    ? QCoreApplication::translate("VotingExplanation",
                                                  "A duel's strength is the number of members on the winning side.")
                    : QCoreApplication::translate(
                          "VotingExplanation",
                          "A duel's strength is the winning side's lead (its votes minus the other side's).")) +
               QLatin1Char(' ') + explainRankedConventions(o.schulze.unranked);
    case Method::Irv:
        return QCoreApplication::translate(
            "VotingExplanation",
            "Each member ranks the problems. Every ballot counts for its highest-ranked problem still in "
            "the race. If a problem has more than half of the ballots still in play, it wins. Otherwise "
            "the problem with the fewest votes drops out and its ballots move to their next choice. A "
            "ballot with no choice left is set aside (exhausted). A tie for the fewest votes is settled by "
            "who had fewer votes in the latest earlier round where they differed. A ballot that puts "
            "several problems at the same place is shared equally between them.");
    case Method::Copeland:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Each member ranks the problems. Every pair of problems is compared: the one more members "
                   "prefer wins the duel. A problem scores 1 for each duel it wins and a half for each tied duel; "
                   "the highest score comes first.") +
               QLatin1Char(' ') + explainRankedConventions(o.copeland.unranked);
    }
    return {};
}

QString explainTieBreak(const TieBreak& t)
{
    switch (t.rule) {
    case TieBreakRule::None:
        return QCoreApplication::translate("VotingExplanation",
                                           "Problems with the same result share their place; no tie is broken.");
    case TieBreakRule::SecondMethod:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Problems with the same result are ordered by %1 on the same ballots; if they are still equal "
                   "they share their place.")
            .arg(methodName(t.secondary));
    case TieBreakRule::Lottery:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Problems with the same result are ordered by a lottery drawn in advance with seed %1, so anyone "
                   "can repeat the draw.")
            .arg(t.seed);
    case TieBreakRule::MethodThenLottery:
        return QCoreApplication::translate(
                   "VotingExplanation",
                   "Problems with the same result are ordered by %1, and what stays equal by a lottery with seed "
                   "%2.")
            .arg(methodName(t.secondary))
            .arg(t.seed);
    }
    return {};
}

} // namespace proxima::voting
