#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace proxima {

/// One item of a meeting's agenda, with what was said and decided.
struct MeetingItem
{
    qint64 id = 0;
    QString title;
    qint64 caseId = 0;     ///< the problem case discussed, 0 = none
    QString notes;
    QString decision;
    bool operator==(const MeetingItem&) const = default;
};

/// A CoPmittee meeting: when, where, who attended, the agenda and the minutes.
struct Meeting
{
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QTime startsAt;             ///< invalid = not set
    QString place;
    QString minutes;
    QList<qint64> attendeeIds;  ///< members present
    QList<MeetingItem> items;   ///< agenda, in order
    QDateTime updatedAt;
    int revision = 0;
};

} // namespace proxima
