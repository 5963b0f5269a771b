#include "core/services/CommunityCoverage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace proxima {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommunityCoverage", text);
}

QList<qint64> idsOf(const QList<const CommunityGroup*>& groups)
{
    QList<qint64> ids;
    for (const CommunityGroup* g : groups)
        ids << g->id;
    return ids;
}

QString namesOf(const QList<qint64>& ids, const QHash<qint64, const CommunityGroup*>& groupOfId)
{
    QStringList names;
    for (qint64 id : ids)
        names << groupOfId.value(id)->name;
    return names.join(QStringLiteral(", "));
}

} // namespace

Sector sectorForGroupKind(GroupKind kind)
{
    switch (kind) {
    case GroupKind::StreetResidents: return Sector::Resident;
    case GroupKind::Youth: return Sector::YouthWork;
    case GroupKind::Religious: return Sector::ReligiousCommunity;
    case GroupKind::Diaspora: return Sector::MigrantAssociation;
    case GroupKind::School: return Sector::School;
    case GroupKind::Business: return Sector::Business;
    case GroupKind::SocialService: return Sector::SocialServices;
    case GroupKind::Seniors: return Sector::Resident;
    case GroupKind::SportsCulture: return Sector::Other;
    case GroupKind::Other: return Sector::Other;
    }
    return Sector::Other;
}

bool isInstitution(Sector sector)
{
    return sector == Sector::Police || sector == Sector::Municipality || sector == Sector::SocialServices
        || sector == Sector::School;
}

CoverageReport checkCoverage(const CoverageInput& input)
{
    CoverageReport report;
    const QDate today = input.today;

    QSet<qint64> activeMembers;
    for (Sector sector : allSectors())
        report.committeeBalance.insert(sector, 0);
    for (const Member& m : input.members) {
        if (!m.isActiveOn(today))
            continue;
        activeMembers.insert(m.id);
        ++report.committeeBalance[m.sector];
        ++(isInstitution(m.sector) ? report.institutionMembers : report.communityMembers);
    }
    report.committeeSize = int(activeMembers.size());
    report.committeeTooLarge = report.committeeSize > CoverageReport::MaxCommitteeSize;
    report.committeeUnbalanced = report.institutionMembers > report.communityMembers;

    QSet<qint64> caseIds;
    for (const ProblemCase& c : input.cases)
        caseIds.insert(c.id);

    // A group counts as reached by an activity held from N months before today up to today (both included); an
    // activity planned for later has reached no one yet.
    const QDate reachedSince = today.addMonths(-qMax(0, input.notReachedMonths));
    QSet<qint64> reached;
    for (const OutreachActivity& a : input.activities) {
        if (a.heldOn.isValid() && a.heldOn >= reachedSince && a.heldOn <= today) {
            for (qint64 id : a.groupIds)
                reached.insert(id);
        }
    }

    QList<const CommunityGroup*> sorted;
    QHash<qint64, const CommunityGroup*> groupOfId;
    for (const CommunityGroup& g : input.groups) {
        sorted << &g;
        groupOfId.insert(g.id, &g);
    }
    // Every list of the report is in the order of the groups' names, so that they read alike.
    std::stable_sort(sorted.begin(), sorted.end(), [](const CommunityGroup* a, const CommunityGroup* b) {
        const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->id < b->id;
    });

    QList<const CommunityGroup*> notEngaged, hardToReach, withoutRepresentative, notReached, notReviewed;
    QSet<Sector> sectorsOfGroups;
    const QDate reviewedSince = today.addYears(-1);
    for (const CommunityGroup* g : sorted) {
        sectorsOfGroups.insert(sectorForGroupKind(g->kind));
        if (g->engagement == Engagement::NotEngaged)
            notEngaged << g;
        if (g->hardToReach && g->engagement < Engagement::Involved)
            hardToReach << g;
        if (g->representativeId <= 0 || !activeMembers.contains(g->representativeId))
            withoutRepresentative << g;
        if (!reached.contains(g->id))
            notReached << g;
        if (!g->reviewedOn.isValid() || g->reviewedOn < reviewedSince)
            notReviewed << g;
        for (const GroupNeed& need : g->needs) {
            if (need.caseId <= 0 || !caseIds.contains(need.caseId))
                report.needsWithoutCase.append({g->id, need.id, need.text});
        }
    }
    report.groupsNotEngaged = idsOf(notEngaged);
    report.hardToReachNotInvolved = idsOf(hardToReach);
    report.groupsWithoutRepresentative = idsOf(withoutRepresentative);
    report.groupsNotReached = idsOf(notReached);
    report.groupsNeverReviewed = idsOf(notReviewed);
    for (Sector sector : allSectors()) {
        if (sectorsOfGroups.contains(sector) && report.committeeBalance.value(sector) == 0)
            report.sectorsWithGroupsButNoMember << sector;
    }

    // One sentence per problem, for people reading the check (the page, the CLI's text form, the handover pack).
    QStringList& w = report.warnings;
    const auto listed = [&](const char* sentence, const QList<qint64>& ids) {
        if (!ids.isEmpty())
            w << tr(sentence).arg(ids.size()).arg(namesOf(ids, groupOfId));
    };
    listed(QT_TRANSLATE_NOOP("CommunityCoverage", "Groups not engaged with the police yet (%1): %2."),
           report.groupsNotEngaged);
    listed(QT_TRANSLATE_NOOP("CommunityCoverage", "Hard-to-reach groups not yet involved (%1): %2."),
           report.hardToReachNotInvolved);
    listed(QT_TRANSLATE_NOOP("CommunityCoverage", "Groups without a representative in the CoPmittee (%1): %2."),
           report.groupsWithoutRepresentative);
    if (!report.groupsNotReached.isEmpty())
        w << tr("Groups not reached by any activity in the last %1 months (%2): %3.")
                 .arg(input.notReachedMonths)
                 .arg(report.groupsNotReached.size())
                 .arg(namesOf(report.groupsNotReached, groupOfId));
    listed(QT_TRANSLATE_NOOP("CommunityCoverage", "Groups not reviewed in the last year (%1): %2."),
           report.groupsNeverReviewed);
    if (!report.needsWithoutCase.isEmpty())
        w << tr("Needs of the community map that no case takes up: %1.").arg(report.needsWithoutCase.size());
    if (!report.sectorsWithGroupsButNoMember.isEmpty()) {
        QStringList sectors;
        for (Sector sector : report.sectorsWithGroupsButNoMember)
            sectors << sectorLabel(sector);
        w << tr("The community map has groups of these sectors but the CoPmittee has no active member from them: %1.")
                 .arg(sectors.join(QStringLiteral(", ")));
    }
    if (report.committeeTooLarge)
        w << tr("The CoPmittee has %1 active members; the guidelines advise at most %2.")
                 .arg(report.committeeSize)
                 .arg(CoverageReport::MaxCommitteeSize);
    if (report.committeeUnbalanced)
        w << tr("Institutions have %1 active members in the CoPmittee against %2 for residents and civil society; "
                "the guidelines ask for a balance.")
                 .arg(report.institutionMembers)
                 .arg(report.communityMembers);
    return report;
}

} // namespace proxima
