#include "core/voting/RankedMethods.h"
#include "core/voting/RankingSupport.h"

#include <algorithm>
#include <iterator>

namespace proxima::voting {

namespace {

// Trying every elimination order is exponential; past this many counts the tied candidates go out together.
constexpr int kMaxBranches = 512;

struct IrvState
{
    std::vector<bool> continuing;
    std::vector<size_t> cursor; ///< per ballot: first tier that may still hold a continuing candidate
    std::vector<IrvRound> rounds;
    std::vector<std::vector<int>> eliminationOrder;
    std::vector<mpq_class> lastCount;
    std::vector<TieBreakDecision> decisions;
    std::vector<int> elected;
    Tiers agreedRanking; ///< set when untied orders gave different rankings below the winner
};

struct IrvContext
{
    const std::vector<RankedBallot>& ballots;
    const TieBreaker& tieBreaker;
    qint64 total = 0;
    int branches = 0;
};

// Among the tied candidates keep those with the fewest votes in the latest earlier round where they differ.
std::vector<int> narrowByEarlierRounds(std::vector<int> tied, const std::vector<IrvRound>& rounds)
{
    for (size_t k = rounds.size(); k-- > 0 && tied.size() > 1;) {
        const auto& counts = rounds[k].counts;
        mpq_class low = counts[static_cast<size_t>(tied.front())];
        for (int c : tied)
            low = std::min(low, counts[static_cast<size_t>(c)]);
        std::vector<int> kept;
        for (int c : tied) {
            if (counts[static_cast<size_t>(c)] == low)
                kept.push_back(c);
        }
        tied = kept;
    }
    return tied;
}

IrvRound countRound(IrvState& s, const IrvContext& ctx)
{
    const size_t n = s.continuing.size();
    IrvRound round;
    round.continuing = s.continuing;
    ShareAccumulator acc(static_cast<int>(n));
    qint64 exhausted = 0;
    for (size_t b = 0; b < ctx.ballots.size(); ++b) {
        const auto& tiers = ctx.ballots[b].tiers;
        size_t& t = s.cursor[b];
        int live = 0;
        for (; t < tiers.size(); ++t) {
            live = static_cast<int>(std::count_if(tiers[t].begin(), tiers[t].end(),
                                                  [&](int c) { return s.continuing[static_cast<size_t>(c)]; }));
            if (live > 0)
                break;
        }
        if (t == tiers.size()) {
            exhausted += ctx.ballots[b].weight;
            continue;
        }
        for (int c : tiers[t]) {
            if (s.continuing[static_cast<size_t>(c)])
                acc.add(c, ctx.ballots[b].weight, live);
        }
    }
    round.counts = acc.totals();
    round.exhausted = static_cast<long>(exhausted);
    round.inPlay = static_cast<long>(ctx.total - exhausted);
    return round;
}

void eliminate(IrvState& s, IrvRound round, const std::vector<int>& out)
{
    round.eliminated = out;
    for (int c : out)
        s.continuing[static_cast<size_t>(c)] = false;
    s.eliminationOrder.push_back(out);
    s.rounds.push_back(std::move(round));
}

// Ranking: the winner(s), the other candidates still in by their last count, then the eliminated, last
// eliminated first.
Tiers rankingOf(const IrvState& s)
{
    if (!s.agreedRanking.empty())
        return s.agreedRanking;
    const size_t n = s.continuing.size();
    Tiers tiers;
    if (!s.elected.empty()) {
        std::vector<int> elected = s.elected;
        std::sort(elected.begin(), elected.end());
        tiers.push_back(elected);
        std::vector<mpq_class> others(n, mpq_class(-1));
        for (size_t c = 0; c < n; ++c) {
            if (s.continuing[c] && !std::binary_search(elected.begin(), elected.end(), static_cast<int>(c)))
                others[c] = s.lastCount[c];
        }
        for (auto& tier : tiersFromScores(others)) {
            if (others[static_cast<size_t>(tier.front())] >= 0)
                tiers.push_back(tier);
        }
    }
    for (auto it = s.eliminationOrder.rbegin(); it != s.eliminationOrder.rend(); ++it) {
        tiers.push_back(*it);
        std::sort(tiers.back().begin(), tiers.back().end());
    }
    return tiers;
}

// Keeps only the cuts every ranking agrees on: a cut stays when the same candidates are above it in all of them.
// Label-neutral, unlike picking one of the orders.
Tiers agreedTiers(const std::vector<Tiers>& rankings)
{
    std::vector<std::vector<std::vector<int>>> prefixes(rankings.size());
    for (size_t r = 0; r < rankings.size(); ++r) {
        std::vector<int> above;
        for (const auto& tier : rankings[r]) {
            above.insert(above.end(), tier.begin(), tier.end());
            std::sort(above.begin(), above.end());
            prefixes[r].push_back(above);
        }
    }
    Tiers out;
    std::vector<int> previous;
    for (const auto& cut : prefixes.front()) {
        bool everywhere = true;
        for (size_t r = 1; r < prefixes.size() && everywhere; ++r)
            everywhere = std::find(prefixes[r].begin(), prefixes[r].end(), cut) != prefixes[r].end();
        if (!everywhere)
            continue;
        std::vector<int> tier;
        std::set_difference(cut.begin(), cut.end(), previous.begin(), previous.end(), std::back_inserter(tier));
        out.push_back(tier);
        previous = cut;
    }
    return out;
}

void run(IrvState& s, IrvContext& ctx)
{
    const size_t n = s.continuing.size();
    while (s.elected.empty()) {
        IrvRound round = countRound(s, ctx);
        std::vector<int> alive;
        for (size_t c = 0; c < n; ++c) {
            if (s.continuing[c]) {
                alive.push_back(static_cast<int>(c));
                s.lastCount[c] = round.counts[c];
            }
        }
        for (int c : alive) {
            if (2 * round.counts[static_cast<size_t>(c)] > round.inPlay)
                s.elected = {c};
        }
        if (s.elected.empty() && alive.size() == 1)
            s.elected = alive;
        if (!s.elected.empty()) {
            round.elected = s.elected;
            s.rounds.push_back(std::move(round));
            return;
        }
        mpq_class low = round.counts[static_cast<size_t>(alive.front())];
        for (int c : alive)
            low = std::min(low, round.counts[static_cast<size_t>(c)]);
        std::vector<int> lowest;
        for (int c : alive) {
            if (round.counts[static_cast<size_t>(c)] == low)
                lowest.push_back(c);
        }
        if (lowest.size() == 1) {
            eliminate(s, std::move(round), lowest);
            continue;
        }
        std::vector<int> narrowed = narrowByEarlierRounds(lowest, s.rounds);
        if (narrowed.size() < lowest.size()) {
            round.reason = EliminationReason::EarlierRounds;
            if (narrowed.size() == 1) {
                eliminate(s, std::move(round), narrowed);
                continue;
            }
        }
        lowest = narrowed;
        std::vector<TieBreakDecision> scratch;
        const Tiers groups = ctx.tieBreaker.split(lowest, &scratch, static_cast<int>(s.rounds.size()) + 1);
        if (groups.size() > 1) {
            TieBreakDecision decision = scratch.back();
            decision.above.clear();
            for (size_t g = 0; g + 1 < groups.size(); ++g)
                decision.above.insert(decision.above.end(), groups[g].begin(), groups[g].end());
            std::sort(decision.above.begin(), decision.above.end());
            decision.below = groups.back();
            s.decisions.push_back(decision);
            round.reason = EliminationReason::TieBreak;
            eliminate(s, std::move(round), groups.back());
            continue;
        }
        if (lowest.size() == alive.size()) {
            // Everyone left is tied and nothing may separate them: they share the win.
            s.elected = alive;
            round.elected = alive;
            s.rounds.push_back(std::move(round));
            return;
        }
        // No rule settles the tie. If the tied hold together fewer votes than anyone else, they would all go
        // one after the other whatever the order, so they go together.
        mpq_class together = 0;
        mpq_class nextLowest = -1;
        for (int c : alive) {
            const mpq_class& v = round.counts[static_cast<size_t>(c)];
            if (std::find(lowest.begin(), lowest.end(), c) != lowest.end())
                together += v;
            else if (nextLowest < 0 || v < nextLowest)
                nextLowest = v;
        }
        if (together < nextLowest || ctx.branches + static_cast<int>(lowest.size()) > kMaxBranches) {
            round.reason = EliminationReason::TiedTogether;
            eliminate(s, std::move(round), lowest);
            continue;
        }
        // Otherwise count every choice out; report the first one's rounds when all agree on the winner.
        ctx.branches += static_cast<int>(lowest.size());
        round.tiedForLast = lowest;
        round.reason = EliminationReason::EveryOrderTried;
        std::vector<IrvState> outcomes;
        for (int c : lowest) {
            IrvState branch = s;
            eliminate(branch, round, {c});
            run(branch, ctx);
            outcomes.push_back(std::move(branch));
        }
        std::vector<int> winners;
        bool agree = true;
        for (const IrvState& o : outcomes) {
            agree = agree && o.elected == outcomes.front().elected;
            winners.insert(winners.end(), o.elected.begin(), o.elected.end());
        }
        if (agree) {
            std::vector<Tiers> rankings;
            for (const IrvState& o : outcomes)
                rankings.push_back(rankingOf(o));
            s = std::move(outcomes.front());
            s.agreedRanking = agreedTiers(rankings);
            return;
        }
        std::sort(winners.begin(), winners.end());
        winners.erase(std::unique(winners.begin(), winners.end()), winners.end());
        round.undecided = true;
        round.elected = winners;
        s.elected = winners;
        s.rounds.push_back(std::move(round));
        return;
    }
}

} // namespace

TallyResult tallyIrv(int candidateCount, const std::vector<RankedBallot>& ballots, const IrvOptions&,
                     const TieBreaker& tieBreaker)
{
    const auto n = static_cast<size_t>(candidateCount);
    TallyResult r;
    r.method = Method::Irv;
    r.candidateCount = candidateCount;
    r.scoreLabel = QStringLiteral("votes in last round");
    IrvContext ctx{ballots, tieBreaker};
    for (const auto& b : ballots)
        ctx.total += b.weight;
    r.ballotsCounted = ctx.total;

    IrvState s;
    s.continuing.assign(n, true);
    s.cursor.assign(ballots.size(), 0);
    s.lastCount.assign(n, mpq_class(0));
    if (n > 0)
        run(s, ctx);

    r.rounds = std::move(s.rounds);
    r.decisions = std::move(s.decisions);
    r.scores = s.lastCount;
    r.rawTiers = rankingOf(s);
    r.ranking = r.rawTiers;
    r.winners = r.ranking.empty() ? std::vector<int>{} : r.ranking.front();
    return r;
}

} // namespace proxima::voting
