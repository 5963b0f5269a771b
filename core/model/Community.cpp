#include "core/model/Community.h"

#include <QCoreApplication>

#include <utility>

namespace proxima {
namespace {

// One value of an enum: its stored key and its untranslated label (translated in context "Community").
template <typename Enum> struct Entry
{
    Enum value;
    const char* key;
    const char* label;
};

template <typename Enum, std::size_t N> QString keyOf(const Entry<Enum> (&table)[N], Enum value)
{
    for (const Entry<Enum>& e : table) {
        if (e.value == value)
            return QString::fromLatin1(e.key);
    }
    return QString::fromLatin1(table[N - 1].key);
}

template <typename Enum, std::size_t N> std::optional<Enum> fromKey(const Entry<Enum> (&table)[N], const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'))
                          .replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const Entry<Enum>& e : table) {
        if (k == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QString labelOf(const Entry<Enum> (&table)[N], Enum value)
{
    for (const Entry<Enum>& e : table) {
        if (e.value == value)
            return QCoreApplication::translate("Community", e.label);
    }
    return {};
}

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const Entry<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const Entry<Enum>& e : table)
        values << e.value;
    return values;
}

const Entry<GroupKind> GroupKinds[] = {
    {GroupKind::StreetResidents, "street_residents", QT_TRANSLATE_NOOP("Community", "Residents of a street or block")},
    {GroupKind::Youth, "youth", QT_TRANSLATE_NOOP("Community", "Youth")},
    {GroupKind::Religious, "religious", QT_TRANSLATE_NOOP("Community", "Religious community")},
    {GroupKind::Diaspora, "diaspora", QT_TRANSLATE_NOOP("Community", "Migrant or diaspora association")},
    {GroupKind::School, "school", QT_TRANSLATE_NOOP("Community", "School")},
    {GroupKind::Business, "business", QT_TRANSLATE_NOOP("Community", "Business and shopkeepers")},
    {GroupKind::SportsCulture, "sports_culture", QT_TRANSLATE_NOOP("Community", "Sports or culture club")},
    {GroupKind::SocialService, "social_service", QT_TRANSLATE_NOOP("Community", "Social service")},
    {GroupKind::Seniors, "seniors", QT_TRANSLATE_NOOP("Community", "Seniors")},
    {GroupKind::Other, "other", QT_TRANSLATE_NOOP("Community", "Other")},
};

const Entry<CommunityBasis> Bases[] = {
    {CommunityBasis::Geographic, "geographic", QT_TRANSLATE_NOOP("Community", "Geographic community")},
    {CommunityBasis::Interest, "interest", QT_TRANSLATE_NOOP("Community", "Community of interest")},
};

const Entry<Engagement> EngagementLevels[] = {
    {Engagement::NotEngaged, "not_engaged", QT_TRANSLATE_NOOP("Community", "Not engaged")},
    {Engagement::Informed, "informed", QT_TRANSLATE_NOOP("Community", "Informed")},
    {Engagement::Consulted, "consulted", QT_TRANSLATE_NOOP("Community", "Consulted")},
    {Engagement::Involved, "involved", QT_TRANSLATE_NOOP("Community", "Involved")},
    {Engagement::Partner, "partner", QT_TRANSLATE_NOOP("Community", "Partner")},
};

const Entry<PlaceKind> PlaceKinds[] = {
    {PlaceKind::Shop, "shop", QT_TRANSLATE_NOOP("Community", "Shop")},
    {PlaceKind::PlaceOfWorship, "place_of_worship", QT_TRANSLATE_NOOP("Community", "Place of worship")},
    {PlaceKind::TransportHub, "transport_hub", QT_TRANSLATE_NOOP("Community", "Transport hub")},
    {PlaceKind::Square, "square", QT_TRANSLATE_NOOP("Community", "Square")},
    {PlaceKind::YouthCentre, "youth_centre", QT_TRANSLATE_NOOP("Community", "Youth centre")},
    {PlaceKind::School, "school", QT_TRANSLATE_NOOP("Community", "School")},
    {PlaceKind::MeetingRoom, "meeting_room", QT_TRANSLATE_NOOP("Community", "Meeting room")},
    {PlaceKind::AssociationPremises, "association_premises", QT_TRANSLATE_NOOP("Community", "Association premises")},
    {PlaceKind::Infrastructure, "infrastructure", QT_TRANSLATE_NOOP("Community", "Infrastructure")},
    {PlaceKind::Other, "other", QT_TRANSLATE_NOOP("Community", "Other")},
};

const Entry<LinkStrength> Strengths[] = {
    {LinkStrength::FirstContact, "first_contact", QT_TRANSLATE_NOOP("Community", "First contact")},
    {LinkStrength::Regular, "regular", QT_TRANSLATE_NOOP("Community", "Regular")},
    {LinkStrength::Trusted, "trusted", QT_TRANSLATE_NOOP("Community", "Trusted")},
};

const Entry<OutreachKind> OutreachKinds[] = {
    {OutreachKind::InformationMeeting, "information_meeting", QT_TRANSLATE_NOOP("Community", "Street information meeting")},
    {OutreachKind::DoorToDoor, "door_to_door", QT_TRANSLATE_NOOP("Community", "Door-to-door")},
    {OutreachKind::NeighbourhoodWalk, "neighbourhood_walk", QT_TRANSLATE_NOOP("Community", "Neighbourhood walk")},
    {OutreachKind::CommunityEvent, "community_event", QT_TRANSLATE_NOOP("Community", "Community event attended")},
    {OutreachKind::SchoolVisit, "school_visit", QT_TRANSLATE_NOOP("Community", "School visit")},
    {OutreachKind::YouthActivity, "youth_activity", QT_TRANSLATE_NOOP("Community", "Youth activity")},
    {OutreachKind::OfficeHours, "office_hours", QT_TRANSLATE_NOOP("Community", "Office hours")},
    {OutreachKind::SocialMedia, "social_media", QT_TRANSLATE_NOOP("Community", "Social media")},
    {OutreachKind::CommunityMeeting, "community_meeting", QT_TRANSLATE_NOOP("Community", "Meeting with a community")},
    {OutreachKind::Other, "other", QT_TRANSLATE_NOOP("Community", "Other")},
};

} // namespace

QString groupKindKey(GroupKind kind) { return keyOf(GroupKinds, kind); }
std::optional<GroupKind> groupKindFromKey(const QString& key) { return fromKey(GroupKinds, key); }
QString groupKindLabel(GroupKind kind) { return labelOf(GroupKinds, kind); }
QList<GroupKind> allGroupKinds() { return valuesOf(GroupKinds); }

QString basisKey(CommunityBasis basis) { return keyOf(Bases, basis); }
std::optional<CommunityBasis> basisFromKey(const QString& key) { return fromKey(Bases, key); }
QString basisLabel(CommunityBasis basis) { return labelOf(Bases, basis); }
QList<CommunityBasis> allBases() { return valuesOf(Bases); }

QString engagementKey(Engagement level) { return keyOf(EngagementLevels, level); }
std::optional<Engagement> engagementFromKey(const QString& key) { return fromKey(EngagementLevels, key); }
QString engagementLabel(Engagement level) { return labelOf(EngagementLevels, level); }
QList<Engagement> allEngagementLevels() { return valuesOf(EngagementLevels); }

QString placeKindKey(PlaceKind kind) { return keyOf(PlaceKinds, kind); }
std::optional<PlaceKind> placeKindFromKey(const QString& key) { return fromKey(PlaceKinds, key); }
QString placeKindLabel(PlaceKind kind) { return labelOf(PlaceKinds, kind); }
QList<PlaceKind> allPlaceKinds() { return valuesOf(PlaceKinds); }

bool isCommunityResource(PlaceKind kind)
{
    return kind == PlaceKind::MeetingRoom || kind == PlaceKind::AssociationPremises
        || kind == PlaceKind::Infrastructure;
}

QString linkStrengthKey(LinkStrength strength) { return keyOf(Strengths, strength); }
std::optional<LinkStrength> linkStrengthFromKey(const QString& key) { return fromKey(Strengths, key); }
QString linkStrengthLabel(LinkStrength strength) { return labelOf(Strengths, strength); }
QList<LinkStrength> allLinkStrengths() { return valuesOf(Strengths); }

QString outreachKindKey(OutreachKind kind) { return keyOf(OutreachKinds, kind); }
std::optional<OutreachKind> outreachKindFromKey(const QString& key) { return fromKey(OutreachKinds, key); }
QString outreachKindLabel(OutreachKind kind) { return labelOf(OutreachKinds, kind); }
QList<OutreachKind> allOutreachKinds() { return valuesOf(OutreachKinds); }

QStringList splitLanguages(const QString& text)
{
    QStringList languages;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString language = part.trimmed();
        if (!language.isEmpty() && !languages.contains(language, Qt::CaseInsensitive))
            languages << language;
    }
    return languages;
}

QString joinLanguages(const QStringList& languages)
{
    return splitLanguages(languages.join(QLatin1Char(','))).join(QStringLiteral(", "));
}

} // namespace proxima
