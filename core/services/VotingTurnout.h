#pragma once

#include "core/voting/VotingMethod.h"

#include <QList>
#include <QString>

namespace proxima {

/// Who took part in a vote, as what they are: members who cast a ballot, ballots entered without a voter, and
/// totals counted on paper or from sticker dots (with the number of voters they come from).
struct VotingTurnout
{
    /// The entries of one channel other than the laptop.
    struct Channel
    {
        QString channel;      ///< paper, stickers, import (or laptop for ballots added without a member)
        qint64 ballots = 0;   ///< individual ballots entered (weighted)
        qint64 countedVoters = 0; ///< voters the counted totals come from
        qint64 countedTotal = 0;  ///< the counted totals added up (dots, approvals or points)
    };

    int eligible = 0;       ///< members allowed to vote (0: the session names none)
    int membersVoted = 0;   ///< members on the "has voted" register
    voting::Method method = voting::Method::Schulze; ///< the method counted, which names the unit of the totals
    QList<Channel> channels; ///< sorted by channel name

    /// Everyone whose vote is in the count: members, ballots without a voter, and the voters behind counted totals.
    qint64 votersCounted() const;
    /// One line for people: "Voters: 5 of 10 members; sticker dots: 10 (from 2 voters)".
    QString describe() const;
};

} // namespace proxima
