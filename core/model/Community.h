#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

// The community side of community policing: the community map (groups, their needs, places, key people), the
// relationship register and the outreach log. Each enum has a stable key (stored, and used on the command line), a
// translated label, and the list of all values in display order.

/// What kind of group or community.
enum class GroupKind {
    StreetResidents, Youth, Religious, Diaspora, School, Business, SportsCulture, SocialService, Seniors, Other
};
/// A community of place (a street, a block) or of interest (a faith, a language, an activity).
enum class CommunityBasis { Geographic, Interest };
/// How far a group is engaged with the police, from none to partner.
enum class Engagement { NotEngaged, Informed, Consulted, Involved, Partner };
/// A point of convergence (where people come together) or a community resource.
enum class PlaceKind {
    Shop, PlaceOfWorship, TransportHub, Square, YouthCentre, School, MeetingRoom, AssociationPremises, Infrastructure,
    Other
};
/// How well a member of the team or committee knows a group or person.
enum class LinkStrength { FirstContact, Regular, Trusted };
/// What kind of outreach activity.
enum class OutreachKind {
    InformationMeeting, DoorToDoor, NeighbourhoodWalk, CommunityEvent, SchoolVisit, YouthActivity, OfficeHours,
    SocialMedia, CommunityMeeting, Other
};

/// A need of a group in community-policing terms; caseId is the case that takes it up (0 = none yet).
struct GroupNeed
{
    qint64 id = 0;
    QString text;
    qint64 caseId = 0;
};

/// A group or community of the neighbourhood.
struct CommunityGroup
{
    qint64 id = 0;
    QString name;
    GroupKind kind = GroupKind::StreetResidents;
    CommunityBasis basis = CommunityBasis::Geographic;
    int sizeEstimate = 0;            ///< rough number of people; 0 = unknown
    QStringList languages;
    QList<GroupNeed> needs;
    bool hardToReach = false;        ///< vulnerable or hard to reach
    Engagement engagement = Engagement::NotEngaged;
    QDate reviewedOn;                ///< when the entry was last reviewed; null = never
    qint64 areaId = 0;               ///< 0 = no area
    qint64 representativeId = 0;     ///< the CoPmittee member who speaks for the group; 0 = none
    std::optional<double> mapX;      ///< centre of the group's area on the map (image pixels)
    std::optional<double> mapY;
    std::optional<double> mapRadius; ///< radius of that area in image pixels
    QString notes;
    int revision = 0;

    bool isPlaced() const { return mapX && mapY; }
};

/// A point of convergence or community resource, linked to the groups that use it.
struct CommunityPlace
{
    qint64 id = 0;
    QString name;
    PlaceKind kind = PlaceKind::Shop;
    QString address;
    QString description;
    qint64 areaId = 0;
    std::optional<double> mapX;
    std::optional<double> mapY;
    std::optional<double> lat;
    std::optional<double> lon;
    QList<qint64> groupIds;
    int revision = 0;

    bool isPlaced() const { return mapX && mapY; }
};

/// A key person of a group: only what the work needs.
struct KeyContact
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;                    ///< a name or a pseudonym
    QString role;                    ///< role in the group
    QString reach;                   ///< how to reach them
    QString language;
    bool ally = false;               ///< an ally or partner
    bool keyFigure = false;          ///< a key figure of the group
    bool consent = false;            ///< agreed to be recorded
    QDate reviewOn;                  ///< when the entry is to be reviewed; null = not set
    int revision = 0;
};

/// Who in the police team or committee knows a group or one of its key people (exactly one of the two).
struct RelationshipLink
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 groupId = 0;
    qint64 contactId = 0;
    QDate since;
    LinkStrength strength = LinkStrength::FirstContact;
    QDate lastContact;
    QString notes;
    int revision = 0;
};

/// Something promised at an outreach activity; it may become a concern or a case.
struct OutreachFollowUp
{
    qint64 id = 0;
    QString text;
    QDate dueOn;
    bool done = false;
    qint64 concernId = 0;
    qint64 caseId = 0;
};

/// An outreach or engagement activity.
struct OutreachActivity
{
    qint64 id = 0;
    QDate heldOn;
    OutreachKind kind = OutreachKind::InformationMeeting;
    QString title;
    int people = 0;                  ///< number of people reached
    QStringList languages;
    qint64 areaId = 0;
    QList<qint64> groupIds;          ///< groups reached
    QList<qint64> memberIds;         ///< who from the team or committee took part
    QList<OutreachFollowUp> followUps;
    QString notes;
    int revision = 0;
};

QString groupKindKey(GroupKind kind);
std::optional<GroupKind> groupKindFromKey(const QString& key);
QString groupKindLabel(GroupKind kind);
QList<GroupKind> allGroupKinds();

QString basisKey(CommunityBasis basis);
std::optional<CommunityBasis> basisFromKey(const QString& key);
QString basisLabel(CommunityBasis basis);
QList<CommunityBasis> allBases();

QString engagementKey(Engagement level);
std::optional<Engagement> engagementFromKey(const QString& key);
QString engagementLabel(Engagement level);
QList<Engagement> allEngagementLevels();

QString placeKindKey(PlaceKind kind);
std::optional<PlaceKind> placeKindFromKey(const QString& key);
QString placeKindLabel(PlaceKind kind);
QList<PlaceKind> allPlaceKinds();
/// True for community resources (meeting rooms, associations' premises, infrastructure); false for points of
/// convergence.
bool isCommunityResource(PlaceKind kind);

QString linkStrengthKey(LinkStrength strength);
std::optional<LinkStrength> linkStrengthFromKey(const QString& key);
QString linkStrengthLabel(LinkStrength strength);
QList<LinkStrength> allLinkStrengths();

QString outreachKindKey(OutreachKind kind);
std::optional<OutreachKind> outreachKindFromKey(const QString& key);
QString outreachKindLabel(OutreachKind kind);
QList<OutreachKind> allOutreachKinds();

/// Languages as stored: "fr, nl" -> {"fr", "nl"} (trimmed, empty parts dropped) and back.
QStringList splitLanguages(const QString& text);
QString joinLanguages(const QStringList& languages);

} // namespace proxima
