#pragma once

#include "core/model/Community.h"
#include "core/model/Member.h"
#include "core/model/ProblemCase.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace proxima {

/// What the coverage check reads: the community map, the roster, the cases and the outreach log.
struct CoverageInput
{
    QList<CommunityGroup> groups;
    QList<Member> members;
    QList<ProblemCase> cases;
    QList<OutreachActivity> activities;
    QDate today;
    int notReachedMonths = 6;   ///< a group not reached in this many months is listed as not reached
};

/// The coverage check of the community map (guidelines 2.1 and 4.3): who is not engaged, which needs no case takes
/// up, which groups have no representative in the CoPmittee, and whether the committee keeps its size and balance.
struct CoverageReport
{
    /// A need of a group that no open case takes up (no case, or its case was deleted).
    struct OpenNeed
    {
        qint64 groupId = 0;
        qint64 needId = 0;
        QString text;
    };

    QList<qint64> groupsNotEngaged;            ///< engagement "not engaged", by name
    QList<qint64> hardToReachNotInvolved;      ///< hard to reach and below "involved"
    QList<qint64> groupsWithoutRepresentative; ///< no active member speaks for the group
    QList<qint64> groupsNotReached;            ///< no outreach activity reached it in the last notReachedMonths
    QList<qint64> groupsNeverReviewed;         ///< reviewed never, or more than a year ago
    QList<OpenNeed> needsWithoutCase;
    int committeeSize = 0;                     ///< active members today
    QMap<Sector, int> committeeBalance;        ///< active members per sector (every sector, zero included)
    int communityMembers = 0;                  ///< residents and civil society (every sector but the institutions)
    int institutionMembers = 0;                ///< police, municipality, social services, schools
    QList<Sector> sectorsWithGroupsButNoMember; ///< the community map has groups of that sector, the roster nobody
    bool committeeTooLarge = false;            ///< more than 12 active members
    bool committeeUnbalanced = false;          ///< institutions outnumber residents and civil society
    QStringList warnings;                      ///< one translated sentence per problem found, for people

    static constexpr int MaxCommitteeSize = 12;
};

/// The roster sector that speaks for a kind of group (residents of a street -> residents, a school -> schools ...).
Sector sectorForGroupKind(GroupKind kind);
/// True for the institutional sectors (police, municipality, social services, schools).
bool isInstitution(Sector sector);

/// Computes the coverage check. Pure: the same input gives the same report.
CoverageReport checkCoverage(const CoverageInput& input);

} // namespace proxima
