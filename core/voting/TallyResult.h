#pragma once

#include "core/voting/TallyOptions.h"

#include <QString>
#include <QStringList>

#include <gmpxx.h>
#include <vector>

namespace proxima::voting {

/// A ranking as tiers of candidate indices, best first; candidates in one tier share the place.
using Tiers = std::vector<std::vector<int>>;

/// One decision taken by the tie-break rule: every candidate of `above` placed before every one of `below`.
struct TieBreakDecision
{
    std::vector<int> above;
    std::vector<int> below;
    TieBreakRule how = TieBreakRule::None; ///< SecondMethod or Lottery
    Method secondary = Method::Borda;      ///< when how == SecondMethod
    quint64 seed = 0;                      ///< when how == Lottery
    int irvRound = 0;                      ///< 1-based IRV round when it decided an elimination, else 0
};

/// Per-channel subtotals for score-type counts.
struct ChannelSubtotal
{
    QString channel;
    std::vector<mpq_class> totals; ///< per candidate
    qint64 ballots = 0;            ///< weighted ballots entered through this channel
};

/// How an IRV elimination was decided.
enum class EliminationReason
{
    Lowest,         ///< a single candidate had the fewest votes
    EarlierRounds,  ///< tied, settled by the latest earlier round where their counts differed
    TieBreak,       ///< still tied, settled by the tie-break rule
    TiedTogether,   ///< still tied, no rule; together they hold fewer votes than anyone else, so all go at once
    EveryOrderTried ///< still tied, no rule; each choice was counted out and all give the same winner(s)
};

/// One IRV round.
struct IrvRound
{
    std::vector<mpq_class> counts; ///< per candidate (0 for candidates no longer in play)
    std::vector<bool> continuing;  ///< in play at the start of this round
    mpq_class inPlay;              ///< weight of the ballots not exhausted
    mpq_class exhausted;           ///< weight of the ballots with no continuing candidate left
    std::vector<int> elected;      ///< set on the last round
    std::vector<int> eliminated;   ///< candidates eliminated at the end of this round
    std::vector<int> tiedForLast;  ///< when EveryOrderTried or undecided: the candidates tied for elimination
    bool undecided = false;        ///< the tie changes the winner: elected holds every possible winner
    EliminationReason reason = EliminationReason::Lowest;
};

/// Full outcome of one count: ranking, scores and the working that justifies them.
struct TallyResult
{
    Method method = Method::Schulze;
    int candidateCount = 0;
    Tiers rawTiers;                ///< the method's own ranking, ties unbroken
    Tiers ranking;                 ///< after the tie-break rule (equal to rawTiers with rule None)
    std::vector<int> winners;      ///< first tier of ranking
    std::vector<mpq_class> scores; ///< per candidate, exact; meaning depends on the method (see scoreLabel)
    QString scoreLabel;            ///< "points", "wins", "dots", ...
    qint64 ballotsCounted = 0;     ///< weighted number of ballots read

    // Working, filled according to the method.
    std::vector<std::vector<qint64>> pairwise;       ///< d[i][j]: ballots ranking i strictly above j
    std::vector<std::vector<qint64>> strongestPaths; ///< Schulze p[i][j]
    std::vector<IrvRound> rounds;                    ///< IRV
    std::vector<ChannelSubtotal> channels;           ///< score-type methods, sorted by channel name
    std::vector<int> wins, ties, losses;             ///< Copeland

    TieBreak tieBreak;                       ///< the rule that was chosen
    std::vector<TieBreakDecision> decisions; ///< every tie it broke
};

/// Exact printable form of a rational: "12", "-3", "7/2".
QString formatRational(const mpq_class& value);
/// Decimal approximation of a rational, for JSON "value" fields.
double toDouble(const mpq_class& value);
/// "B placed above D by lottery, seed 1234", naming candidates through labels (index -> label).
QString describeDecision(const TieBreakDecision& decision, const QStringList& labels);

} // namespace proxima::voting
