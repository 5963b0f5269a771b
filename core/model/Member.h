#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

/// Which part of the community a CoPmittee member speaks for.
enum class Sector {
    Police, Resident, YouthWork, ReligiousCommunity, MigrantAssociation, School, Business, Municipality,
    SocialServices, Other
};

/// The member's role in the committee's meetings.
enum class MemberRole { Facilitator, Member, Observer };

/// A member of the CoPmittee. Deliberately minimal: only what the committee needs to work together.
struct Member
{
    qint64 id = 0;
    QString name;
    QString organisation;
    Sector sector = Sector::Resident;
    MemberRole role = MemberRole::Member;
    QString contact;       ///< one way to reach the member (e-mail or phone), optional
    QDate activeFrom;      ///< null = since always
    QDate activeTo;        ///< null = still active
    int revision = 0;

    /// True when the member is active on the given day.
    bool isActiveOn(const QDate& day) const;
};

QString sectorKey(Sector sector);
std::optional<Sector> sectorFromKey(const QString& key);
QString sectorLabel(Sector sector);
QList<Sector> allSectors();

QString roleKey(MemberRole role);
std::optional<MemberRole> roleFromKey(const QString& key);
QString roleLabel(MemberRole role);
QList<MemberRole> allRoles();

} // namespace proxima
