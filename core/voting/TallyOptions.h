#pragma once

#include "core/voting/VotingMethod.h"

#include <QtGlobal>

namespace proxima::voting {

/// How ties left by a method are broken. Chosen before counting; never applied silently.
enum class TieBreakRule
{
    None,             ///< ties stay ties (reported as a shared place)
    SecondMethod,     ///< the order of a second method decides (e.g. Borda breaks Schulze ties)
    Lottery,          ///< a seeded lottery decides (reproducible from the recorded seed)
    MethodThenLottery ///< the second method first, the lottery for what it leaves tied
};

/// The tie-break chosen up front.
struct TieBreak
{
    TieBreakRule rule = TieBreakRule::None;
    Method secondary = Method::Borda; ///< for SecondMethod / MethodThenLottery
    quint64 seed = 0;                 ///< for Lottery / MethodThenLottery
};

/// Dot voting: each voter spreads dotsPerVoter dots, at most maxPerItem on one item.
struct DotsOptions
{
    int dotsPerVoter = 5;
    int maxPerItem = 2;
};

/// Approval: each voter approves up to maxApprovals items (0 = no limit).
struct ApprovalOptions
{
    int maxApprovals = 0;
};

/// Score: each voter gives every item 0..maxScore (an item left blank counts 0).
struct ScoreOptions
{
    int maxScore = 5;
};

/// Plurality: first preferences only (a tied first preference is split equally).
struct PluralityOptions
{
};

/// Borda: points for each candidate ranked strictly below.
struct BordaOptions
{
    UnrankedRule unranked = UnrankedRule::BelowRanked;
};

/// Schulze: strongest paths over pairwise defeats.
struct SchulzeOptions
{
    UnrankedRule unranked = UnrankedRule::BelowRanked;
    SchulzeStrength strength = SchulzeStrength::WinningVotes;
};

/// Instant-runoff: eliminate the weakest until someone holds a majority of the ballots still in play.
struct IrvOptions
{
};

/// Copeland: pairwise wins (1) and ties (1/2).
struct CopelandOptions
{
    UnrankedRule unranked = UnrankedRule::BelowRanked;
};

/// How a ranked ballot becomes dots/approval/score when a score-type method is run on ranked input.
struct RankedConversion
{
    int approvalTopN = 0; ///< approval: 0 = the top tier only; N = whole tiers from the top while <= N candidates
};

/// Everything tally() needs: the method, every method's options and the tie-break.
struct TallyOptions
{
    Method method = Method::Schulze;
    DotsOptions dots;
    ApprovalOptions approval;
    ScoreOptions score;
    PluralityOptions plurality;
    BordaOptions borda;
    SchulzeOptions schulze;
    IrvOptions irv;
    CopelandOptions copeland;
    RankedConversion conversion;
    TieBreak tieBreak;
};

} // namespace proxima::voting
