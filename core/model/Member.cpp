#include "core/model/Member.h"

#include <QCoreApplication>

namespace proxima {

bool Member::isActiveOn(const QDate& day) const
{
    return (activeFrom.isNull() || activeFrom <= day) && (activeTo.isNull() || day <= activeTo);
}

QString sectorKey(Sector sector)
{
    switch (sector) {
    case Sector::Police: return QStringLiteral("police");
    case Sector::Resident: return QStringLiteral("resident");
    case Sector::YouthWork: return QStringLiteral("youth_work");
    case Sector::ReligiousCommunity: return QStringLiteral("religious_community");
    case Sector::MigrantAssociation: return QStringLiteral("migrant_association");
    case Sector::School: return QStringLiteral("school");
    case Sector::Business: return QStringLiteral("business");
    case Sector::Municipality: return QStringLiteral("municipality");
    case Sector::SocialServices: return QStringLiteral("social_services");
    case Sector::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<Sector> sectorFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    for (Sector s : allSectors()) {
        if (sectorKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString sectorLabel(Sector sector)
{
    switch (sector) {
    case Sector::Police: return QCoreApplication::translate("Sector", "Police");
    case Sector::Resident: return QCoreApplication::translate("Sector", "Resident");
    case Sector::YouthWork: return QCoreApplication::translate("Sector", "Youth work");
    case Sector::ReligiousCommunity: return QCoreApplication::translate("Sector", "Religious community");
    case Sector::MigrantAssociation: return QCoreApplication::translate("Sector", "Migrant association");
    case Sector::School: return QCoreApplication::translate("Sector", "School");
    case Sector::Business: return QCoreApplication::translate("Sector", "Business");
    case Sector::Municipality: return QCoreApplication::translate("Sector", "Municipality");
    case Sector::SocialServices: return QCoreApplication::translate("Sector", "Social services");
    case Sector::Other: return QCoreApplication::translate("Sector", "Other");
    }
    return {};
}

QList<Sector> allSectors()
{
    return {Sector::Police, Sector::Resident, Sector::YouthWork, Sector::ReligiousCommunity,
            Sector::MigrantAssociation, Sector::School, Sector::Business, Sector::Municipality,
            Sector::SocialServices, Sector::Other};
}

QString roleKey(MemberRole role)
{
    switch (role) {
    case MemberRole::Facilitator: return QStringLiteral("facilitator");
    case MemberRole::Member: return QStringLiteral("member");
    case MemberRole::Observer: return QStringLiteral("observer");
    }
    return QStringLiteral("member");
}

std::optional<MemberRole> roleFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (MemberRole r : allRoles()) {
        if (roleKey(r) == k)
            return r;
    }
    return std::nullopt;
}

QString roleLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::Facilitator: return QCoreApplication::translate("MemberRole", "Facilitator");
    case MemberRole::Member: return QCoreApplication::translate("MemberRole", "Member");
    case MemberRole::Observer: return QCoreApplication::translate("MemberRole", "Observer");
    }
    return {};
}

QList<MemberRole> allRoles()
{
    return {MemberRole::Facilitator, MemberRole::Member, MemberRole::Observer};
}

} // namespace proxima
