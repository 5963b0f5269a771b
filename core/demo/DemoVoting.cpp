#include "core/demo/DemoVoting.h"

#include "core/demo/DemoGeography.h"
#include "core/services/VotingCountService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/VotingRepository.h"

#include <algorithm>

namespace proxima {
namespace {

using demo::ReferenceDay;

Result<qint64> addMeeting(Workspace& ws, const QString& title, const QDate& day, const QList<qint64>& present)
{
    Meeting m;
    m.title = title;
    m.heldOn = day;
    m.startsAt = QTime(19, 0);
    m.place = QStringLiteral("Maison de quartier Saint-Roch");
    m.attendeeIds = present;
    m.items = {{0, QStringLiteral("Welcome and minutes of the last meeting"), 0, {}, {}},
               {0, QStringLiteral("Progress of the actions"), 0, {}, {}},
               {0, QStringLiteral("Priorities: vote"), 0, {}, {}},
               {0, QStringLiteral("Any other business"), 0, {}, {}}};
    auto added = MeetingRepository(ws).add(m);
    if (!added)
        return added.error();
    return added->id;
}

CastBallot rankingOf(const QList<int>& order, int swapAt = -1)
{
    CastBallot b;
    QList<int> o = order;
    if (swapAt >= 0 && swapAt + 1 < o.size())
        o.swapItemsAt(swapAt, swapAt + 1);
    for (int c : o)
        b.ranking.push_back({c});
    return b;
}

} // namespace

Status DemoVoting::fill(Workspace& ws)
{
    auto memberList = MemberRepository(ws).list();
    auto caseList = CaseRepository(ws).list();
    if (!memberList)
        return memberList.error();
    if (!caseList)
        return caseList.error();
    QList<qint64> members;
    for (const Member& m : *memberList) {
        if (m.role != MemberRole::Observer)
            members << m.id;
    }
    std::sort(members.begin(), members.end());

    // Open cases, ranked ones first in priority order, then the unranked ones by id (the case list's order).
    QList<ProblemCase> open;
    for (const ProblemCase& c : *caseList) {
        if (c.stage != SaraStage::Closed)
            open << c;
    }
    Result<qint64> past = addMeeting(ws, QStringLiteral("CoPmittee meeting"), ReferenceDay.addDays(-28), members);
    if (!past)
        return past.error();
    VotingRepository votes(ws);
    VotingSession ranking;
    ranking.meetingId = *past;
    ranking.question = QStringLiteral("In which order should the committee tackle the open problems?");
    for (const ProblemCase& c : open)
        ranking.candidates << VotingCandidate{c.id, c.title};
    ranking.options.method = voting::Method::Schulze;
    ranking.options.tieBreak = {voting::TieBreakRule::SecondMethod, voting::Method::Borda, 0};
    ranking.eligibleIds = members;
    ranking.secret = true;
    ranking.hideResults = true;
    auto stored = votes.add(ranking);
    if (!stored)
        return stored.error();
    if (Status s = votes.open(stored->id); !s)
        return s;
    QList<int> order;
    for (int c = 0; c < open.size(); ++c)
        order << c;
    // Six members agree with the order, four swap one neighbouring pair each: every duel keeps a majority.
    for (int i = 0; i < members.size(); ++i) {
        const int swapAt = i < 6 ? -1 : 2 * (i - 6) + 1;
        if (Status s = votes.cast(stored->id, members.at(i), rankingOf(order, swapAt)); !s)
            return s;
    }
    auto closed = VotingCountService(ws).close(stored->id);
    if (!closed)
        return closed.error();

    // The next meeting: a dot vote on the problems raised since, still open.
    Result<qint64> next = addMeeting(ws, QStringLiteral("CoPmittee meeting"), ReferenceDay.addDays(14), members);
    if (!next)
        return next.error();
    VotingSession dots;
    dots.meetingId = *next;
    dots.question = QStringLiteral("Which new problem should we analyse next?");
    for (const ProblemCase& c : open) {
        if (c.stage == SaraStage::Scan)
            dots.candidates << VotingCandidate{c.id, c.title};
    }
    dots.candidates << VotingCandidate{0, QStringLiteral("Noise from the night shop terrace")};
    dots.options.method = voting::Method::Dots;
    dots.options.dots = {5, 2};
    dots.options.tieBreak = {voting::TieBreakRule::Lottery, voting::Method::Borda, 20261015};
    dots.eligibleIds = members;
    dots.secret = true;
    dots.hideResults = false;
    auto storedDots = votes.add(dots);
    if (!storedDots)
        return storedDots.error();
    if (Status s = votes.open(storedDots->id); !s)
        return s;
    const std::vector<std::vector<qint64>> laptop = {
        {2, 1, 0, 2, 0}, {0, 2, 1, 2, 0}, {1, 2, 0, 0, 2}, {2, 0, 1, 1, 1}, {0, 2, 2, 0, 1}};
    for (size_t i = 0; i < laptop.size(); ++i) {
        CastBallot b;
        b.values = laptop[i];
        b.values.resize(size_t(storedDots->candidates.size()), 0);
        if (Status s = votes.cast(storedDots->id, members.at(int(i)), b); !s)
            return s;
    }
    CountedEntry stickers;
    stickers.totals = {3, 4, 1, 2, 0};
    stickers.totals.resize(size_t(storedDots->candidates.size()), 0);
    stickers.voters = 2;
    return votes.addCounts(storedDots->id, stickers);
}

} // namespace proxima
