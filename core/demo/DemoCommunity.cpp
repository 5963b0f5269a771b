#include "core/demo/DemoCommunity.h"

#include "core/demo/DemoGeography.h"
#include "core/demo/DemoMap.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/ContactRepository.h"
#include "core/storage/repositories/GroupRepository.h"
#include "core/storage/repositories/LinkRepository.h"
#include "core/storage/repositories/MemberRepository.h"
#include "core/storage/repositories/OutreachRepository.h"
#include "core/storage/repositories/PlaceRepository.h"

#include <QHash>

#include <algorithm>

namespace proxima {
namespace {

using demo::ReferenceDay;
using E = Engagement;
using G = GroupKind;
using K = OutreachKind;
using L = LinkStrength;
using P = PlaceKind;

// Indexes into the base demo's roster (DemoWorkspace's Members, in order) and cases (its Cases, in order).
enum DemoMember { Benali, Vermeulen, Dupont, Peeters, ElIdrissi, Lambert, Yilmaz, Martin, Claes, Renard, Diallo };
constexpr int NoMember = -1;
constexpr int NoCase = -1;
enum DemoCase {
    Harassment, BicycleTheft, DrugDealing, Speeding, Dumping, YouthNuisance, Burglaries, Underpass, Parking, Graffiti,
    NightShop, CarBreakIns, EmptyLot, Scooters, Elderly
};

struct DemoNeed
{
    const char* text;
    int caseIndex;
};

struct DemoGroup
{
    const char* name;
    GroupKind kind;
    CommunityBasis basis;
    int size;
    const char* languages;
    bool hardToReach;
    Engagement engagement;
    int reviewedDaysAgo;   // -1 = never reviewed
    const char* area;
    int representative;    // DemoMember or NoMember
    double lat;            // centre of the group's area
    double lon;
    double radiusMetres;   // the plan is about one unit per metre
    DemoNeed needs[2];
    const char* notes;
};

// Enumerated in the order of Groups below.
enum DemoGroupIndex {
    Comite, Commercants, Anatolie, QuaiBlocks, Newcomers, Paroisse, Youth, Athenee, Seniors, Tilleuls, Football, Cpas
};

const char* const Gare = "Saint-Roch Gare";
const char* const Parc = "Saint-Roch Parc";
constexpr CommunityBasis Geo = CommunityBasis::Geographic;
constexpr CommunityBasis Interest = CommunityBasis::Interest;

// Twelve groups across the kinds. Deliberately uneven, as a real map is: four are not engaged (the blocks of the
// Rue du Quai, the newcomers, the young people of the square, the football club), four are hard to reach, four have
// no one in the CoPmittee, and the sports club's sector has no member at all.
const DemoGroup Groups[] = {
    {"Comité de quartier Saint-Roch", G::StreetResidents, Geo, 60, "fr", false, E::Partner, 40, Gare, Dupont, 50.6702,
     4.6072, 190,
     {{"A safer walk from the station at night", Harassment}, {"Light in the railway underpass", Underpass}},
     "Meets the first Monday of the month in the parish hall."},
    {"Union des commerçants de la Gare", G::Business, Interest, 35, "fr, nl", false, E::Involved, 75, Gare, Claes,
     50.6697, 4.6080, 90, {{"Stop the thefts of bicycles at the racks", BicycleTheft},
                           {"Deliveries that block the pavement on market days", Parking}},
     "Most shops close at 19:00; the night shop is not a member."},
    {"Association Anatolie-Dyle", G::Diaspora, Interest, 150, "tr, fr", false, E::Consulted, 120, Gare, Yilmaz,
     50.6705, 4.6045, 110, {{"Information on the police and on filing a complaint in Turkish", NoCase}, {}},
     "Friday evening is the busiest time at the premises."},
    {"Residents of the Rue du Quai blocks", G::StreetResidents, Geo, 220, "fr, ar, ro", true, E::NotEngaged, 300, Gare,
     NoMember, 50.6726, 4.6100, 110, {{"Car break-ins at the park-and-ride", CarBreakIns},
                                      {"Nobody answers when we call about noise at night", NoCase}},
     "Social housing; a high turnover of tenants. The caretaker is the only steady contact."},
    {"Romanian-speaking newcomers", G::Diaspora, Interest, 80, "ro", true, E::NotEngaged, -1, Gare, NoMember, 50.6718,
     4.6050, 100, {{"Knowing their rights and where to turn for help", NoCase}, {}},
     "Arrived over the last two years; met mostly at the launderette and the station."},
    {"Paroisse Saint-Roch", G::Religious, Geo, 300, "fr", false, E::Involved, 60, Parc, Lambert, 50.6688, 4.6140, 150,
     {{"Tags on the listed wall of the church", Graffiti}, {}}, "The parish hall is lent for neighbourhood meetings."},
    {"Young people of the Place Saint-Roch", G::Youth, Geo, 40, "fr, ar", true, E::NotEngaged, 30, Parc, ElIdrissi,
     50.6684, 4.6132, 70, {{"A place of their own in the evening", YouthNuisance},
                           {"Identity checks done with respect", NoCase}},
     "Spoken for by the youth worker of AMO Le Cercle; they do not come to meetings themselves."},
    {"Athénée royal Saint-Roch: pupils and parents", G::School, Geo, 800, "fr, nl", false, E::Partner, 20, Parc, Martin,
     50.6660, 4.6102, 120, {{"A safe crossing at the school gate", Speeding}, {}}, ""},
    {"Seniors of the Résidence Les Érables", G::Seniors, Geo, 90, "fr", true, E::Informed, 150, Parc, NoMember,
     50.6645, 4.6125, 60, {{"Doorstep scams", Elderly}, {"Going out after dark without fear", NoCase}},
     "Many live alone; the common room is the place to meet them."},
    {"Residents of the Rue des Tilleuls", G::StreetResidents, Geo, 180, "fr, nl", false, E::Consulted, 90, Parc,
     Peeters, 50.6638, 4.6185, 130, {{"Burglaries through back doors and sheds", Burglaries},
                            {"Scooters on the park paths", Scooters}}, ""},
    {"FC Saint-Roch (football club)", G::SportsCulture, Interest, 120, "fr, ar, pt", false, E::NotEngaged, 430, Parc,
     NoMember, 50.6655, 4.6175, 80, {{"Light on the park's pitch for the evening training", NoCase}, {}},
     "Trains in the park on Tuesday and Thursday evenings."},
    {"CPAS street work team", G::SocialService, Geo, 6, "fr, nl, ar", false, E::Partner, 45, Parc, Diallo, 50.6670,
     4.6150, 200, {{"Syringes left in the park", DrugDealing}, {}}, ""},
};

struct DemoPlace
{
    const char* name;
    PlaceKind kind;
    const char* address;
    const char* description;
    double lat;
    double lon;
    int groups[3];   // DemoGroupIndex, -1 = none
};

const DemoPlace Places[] = {
    {"Saint-Roch station", P::TransportHub, "Place de la Gare", "Trains and the bus stops; busiest 7-9 and 17-19.",
     demo::StationSquare.lat, demo::StationSquare.lon, {Comite, Commercants, Newcomers}},
    {"Night shop", P::Shop, "Place de la Gare 3", "Open until 2 am; people gather outside.", demo::NightShop.lat,
     demo::NightShop.lon, {QuaiBlocks, -1, -1}},
    {"Rue Commerciale market", P::Square, "Rue Commerciale", "Market on Wednesday and Saturday mornings.",
     demo::ShopsStreet.lat, demo::ShopsStreet.lon, {Commercants, Comite, Anatolie}},
    {"Anatolie-Dyle premises", P::AssociationPremises, "Rue du Midi 14", "Tea room, homework help and a meeting room.",
     50.6705, 4.6045, {Anatolie, -1, -1}},
    {"Launderette Rue du Quai", P::Shop, "Rue du Quai 40", "Where many newcomers and tenants of the blocks meet.",
     50.6725, 4.6096, {Newcomers, QuaiBlocks, -1}},
    {"Église Saint-Roch", P::PlaceOfWorship, "Place Saint-Roch 1", "Sunday mass at 10:30.", demo::Church.lat,
     demo::Church.lon, {Paroisse, -1, -1}},
    {"Mosquée Al-Hidaya", P::PlaceOfWorship, "Rue du Moulin 7", "Friday prayer draws people from the whole zone.",
     50.6714, 4.6038, {Anatolie, Newcomers, -1}},
    {"Place Saint-Roch", P::Square, "Place Saint-Roch", "Benches and the bandstand; young people gather at night.",
     demo::SaintRochSquare.lat, demo::SaintRochSquare.lon, {Youth, Tilleuls, -1}},
    {"Maison de jeunes Le Cercle", P::YouthCentre, "Rue des Écoles 9", "Open Wednesday afternoon and weekday evenings.",
     50.6677, 4.6118, {Youth, Cpas, -1}},
    {"Athénée royal Saint-Roch", P::School, "Avenue de l'École 20", "900 pupils; gates open 8:00-8:25 and at 15:30.",
     demo::School.lat, demo::School.lon, {Athenee, -1, -1}},
    {"Parc des Tilleuls", P::Square, "Parc des Tilleuls", "Playground, pitch and the paths to the Tilleuls streets.",
     demo::Park.lat, demo::Park.lon, {Tilleuls, Football, Youth}},
    {"Common room of the Résidence Les Érables", P::MeetingRoom, "Rue des Érables 2",
     "Coffee on Tuesday and Friday afternoons.", demo::ElderlyResidence.lat, demo::ElderlyResidence.lon,
     {Seniors, -1, -1}},
    {"Parish hall", P::MeetingRoom, "Rue de l'Église 3", "Seats 80; lent free for neighbourhood meetings.", 50.6686,
     4.6148, {Paroisse, Comite, Tilleuls}},
    {"Park pitch", P::Infrastructure, "Parc des Tilleuls, east side", "Unlit football pitch.", 50.6653, 4.6178,
     {Football, -1, -1}},
    {"CPAS local office", P::AssociationPremises, "Rue des Écoles 2", "Social workers' office hours every morning.",
     50.6672, 4.6110, {Cpas, Seniors, -1}},
};

struct DemoContact
{
    int group;
    const char* pseudonym;   // the demo records pseudonyms only, as the guidelines suggest where people prefer it
    const char* role;
    const char* reach;
    const char* language;
    bool ally;
    bool keyFigure;
    int reviewInDays;        // review date after the reference day; negative = overdue
};

const DemoContact Contacts[] = {
    {Comite, "Hirondelle", "chair of the committee", "at the monthly meeting", "fr", true, true, 120},
    {Comite, "Tilleul", "treasurer", "through the committee's letterbox", "fr", true, false, 200},
    {Commercants, "Boulanger", "president of the traders' union", "at the bakery counter, mornings", "fr", true,
     true, 90},
    {Commercants, "Horloger", "shop owner near the racks", "in the shop", "nl", false, false, -20},
    {Anatolie, "Cèdre", "secretary of the association", "Friday evenings at the premises", "tr", true, true, 60},
    {Anatolie, "Grenade", "homework-help volunteer", "at the premises after school", "fr", false, false, 150},
    {QuaiBlocks, "Concierge", "caretaker of the blocks", "caretaker's lodge, block B", "fr", false, true, -45},
    {Newcomers, "Dunărea", "informal spokesperson", "at the launderette, Saturday mornings", "ro", false, true, 30},
    {Paroisse, "Clocher", "sacristan", "after mass", "fr", true, false, 180},
    {Paroisse, "Vitrail", "runs the parish food bank", "at the parish hall, Thursdays", "fr", true, true, 100},
    {Youth, "Skate", "respected among the older youngsters", "through the youth worker only", "fr", false, true, 14},
    {Youth, "Bandstand", "organises the football tournaments", "through the youth worker only", "ar", false, false,
     14},
    {Athenee, "Craie", "president of the parents' association", "at the school gate, mornings", "fr", true, true, 140},
    {Athenee, "Cartable", "pupils' council representative", "through the school's prevention teacher", "fr", false,
     false, 60},
    {Seniors, "Érable", "residents' council of the residence", "common room, Tuesday coffee", "fr", false, true, -10},
    {Tilleuls, "Lilas", "street representative", "by the neighbourhood watch group", "nl", true, false, 75},
    {Tilleuls, "Noisetier", "runs the street's messaging group", "through the messaging group", "fr", true, true, 75},
    {Football, "Crampon", "youth coach", "at the pitch, Tuesday evenings", "pt", false, true, 20},
    {Cpas, "Boussole", "head of the street work team", "CPAS local office", "fr", true, true, 210},
    {Cpas, "Relais", "street worker", "CPAS local office", "ar", true, false, 210},
};

struct DemoLink
{
    int member;
    int group;       // DemoGroupIndex, or -1 when the link is to a key person
    int contact;     // index into Contacts, or -1
    int sinceDaysAgo;
    LinkStrength strength;
    int lastContactDaysAgo;   // -1 = never
    const char* notes;
};

const DemoLink Links[] = {
    {Benali, Comite, -1, 900, L::Trusted, 12, "Attends every committee meeting."},
    {Benali, -1, 0, 900, L::Trusted, 12, ""},
    {Benali, -1, 2, 700, L::Regular, 35, ""},
    {Benali, -1, 6, 400, L::FirstContact, 240, "Met once after the break-ins; to be followed up."},
    {Vermeulen, Commercants, -1, 500, L::Regular, 40, ""},
    {Vermeulen, -1, 3, 420, L::Regular, 190, "Reported the cut locks."},
    {Vermeulen, -1, 16, 380, L::Regular, 25, "Burglary prevention visits."},
    {Vermeulen, Seniors, -1, 120, L::FirstContact, 100, "Talk on doorstep scams."},
    {Dupont, Tilleuls, -1, 1500, L::Trusted, 20, ""},
    {ElIdrissi, Youth, -1, 1100, L::Trusted, 3, "Sees them on the square most evenings."},
    {ElIdrissi, -1, 10, 800, L::Trusted, 3, ""},
    {ElIdrissi, -1, 11, 400, L::Regular, 10, ""},
    {Lambert, -1, 9, 2000, L::Trusted, 7, ""},
    {Yilmaz, Newcomers, -1, 200, L::FirstContact, 160, "Some come to the association's Friday evenings."},
    {Yilmaz, -1, 4, 3000, L::Trusted, 5, ""},
    {Martin, -1, 12, 600, L::Trusted, 30, ""},
    {Claes, -1, 2, 5000, L::Trusted, 2, ""},
    {Diallo, -1, 18, 1200, L::Trusted, 8, ""},
    {Diallo, -1, 14, 300, L::Regular, 210, "Visits paused since the summer."},
    {Renard, Football, -1, 90, L::FirstContact, -1, "Knows the club from the sports department; never met them."},
};

struct DemoFollowUp
{
    const char* text;
    int dueInDaysAfter;   // days after the activity
    bool done;
    int caseIndex;        // NoCase or a case it became
    const char* concern;  // the text of a demo concern it became, or null
};

struct DemoActivity
{
    int daysAgo;
    OutreachKind kind;
    const char* title;
    int people;
    const char* languages;
    const char* area;   // null = the whole neighbourhood
    int groups[3];
    int members[2];
    DemoFollowUp followUps[2];
};

const char* const NoConcern = nullptr;

// A year of outreach before the reference day, unevenly spread as real work is: the station and the park get the
// most, the blocks of the Rue du Quai were last reached eight months ago, the newcomers and the football club never.
const DemoActivity Activities[] = {
    {360, K::InformationMeeting, "Information meeting on bicycle theft at the station", 45, "fr, nl", Gare,
     {Commercants, Comite, -1}, {Vermeulen, Claes},
     {{"Ask the railway company for a supervised bicycle shed", 30, true, BicycleTheft, NoConcern}, {}}},
    {345, K::SchoolVisit, "Road safety lesson for the first years", 120, "fr", Parc, {Athenee, -1, -1},
     {Benali, Martin}, {{"Measure speeds at the gate with the municipality", 21, true, Speeding, NoConcern}, {}}},
    {330, K::CommunityEvent, "Saint-Roch Christmas market", 300, "fr, nl", Parc, {Paroisse, Comite, Tilleuls},
     {Benali, Lambert}, {}},
    {318, K::OfficeHours, "Office hours at the parish hall", 9, "fr", Parc, {Tilleuls, Seniors, -1}, {Vermeulen, -1},
     {}},
    {300, K::DoorToDoor, "Door-to-door after the break-ins in the Tilleuls streets", 64, "fr, nl", Parc,
     {Tilleuls, -1, -1}, {Vermeulen, Peeters},
     {{"Send the burglary prevention leaflet to every house", 14, true, Burglaries, NoConcern}, {}}},
    {285, K::CommunityMeeting, "Meeting with the Anatolie-Dyle association", 22, "tr, fr", Gare, {Anatolie, -1, -1},
     {Benali, Yilmaz}, {{"Translate the complaint leaflet into Turkish", 60, true, NoCase, NoConcern}, {}}},
    {270, K::NeighbourhoodWalk, "Evening walk from the station to the bus stops", 18, "fr", Gare, {Comite, -1, -1},
     {Benali, Dupont}, {{"Report the dark spots to the municipality", 14, true, Underpass, NoConcern}, {}}},
    {250, K::DoorToDoor, "Door-to-door in the Rue du Quai blocks", 31, "fr, ar", Gare, {QuaiBlocks, -1, -1},
     {Benali, Diallo},
     {{"Come back with an interpreter for the Romanian-speaking families", 30, false, NoCase, NoConcern},
      {"Check the car park lighting with the owner", 30, true, CarBreakIns, NoConcern}}},
    {235, K::YouthActivity, "Street football tournament on the Place Saint-Roch", 55, "fr, ar", Parc,
     {Youth, -1, -1}, {ElIdrissi, Vermeulen}, {}},
    {220, K::SocialMedia, "Post: how to report harassment on the way home", 1400, "fr, nl, en", nullptr,
     {Comite, -1, -1}, {Renard, -1}, {}},
    {205, K::InformationMeeting, "Street meeting on harassment at the station", 38, "fr, nl", Gare,
     {Comite, Commercants, -1}, {Benali, Dupont},
     {{"Ask the shops to become safe places for women", 30, true, Harassment,
       "Men call out to women leaving the station in the evening"}, {}}},
    {190, K::OfficeHours, "Office hours at the CPAS local office", 7, "fr, ar", Parc, {Cpas, Seniors, -1},
     {Vermeulen, Diallo}, {}},
    {175, K::SchoolVisit, "Parents' evening at the Athénée", 85, "fr, nl", Parc, {Athenee, -1, -1}, {Martin, Benali},
     {{"Ask for a school street trial", 45, true, Speeding, NoConcern}, {}}},
    {160, K::CommunityEvent, "Iftar at the Anatolie-Dyle premises", 140, "tr, fr", Gare, {Anatolie, -1, -1},
     {Benali, Yilmaz}, {}},
    {150, K::NeighbourhoodWalk, "Park walk with the parents", 16, "fr", Parc, {Tilleuls, Athenee, -1},
     {Vermeulen, Diallo},
     {{"Have the bushes by the playground cut back", 30, true, DrugDealing,
       "Syringes found near the benches"}, {}}},
    {130, K::InformationMeeting, "Doorstep scams: talk in the common room", 26, "fr", Parc, {Seniors, -1, -1},
     {Vermeulen, -1}, {{"Organise a visit to each resident living alone", 60, false, Elderly, NoConcern}, {}}},
    {115, K::CommunityMeeting, "Meeting with the traders on market-day deliveries", 14, "fr, nl", Gare,
     {Commercants, -1, -1}, {Claes, Renard},
     {{"Propose delivery hours to the municipality", 30, true, Parking, NoConcern}, {}}},
    {100, K::YouthActivity, "Night football with the youth house", 34, "fr, ar", Parc, {Youth, Cpas, -1},
     {ElIdrissi, Diallo},
     {{"Ask the municipality for an evening room for the young people", 60, false, YouthNuisance, NoConcern}, {}}},
    {85, K::OfficeHours, "Office hours at the parish hall", 11, "fr", Parc, {Tilleuls, Paroisse, -1},
     {Vermeulen, -1}, {}},
    {70, K::CommunityEvent, "Saint-Roch summer fair", 450, "fr, nl, ar", Parc, {Paroisse, Comite, Tilleuls},
     {Benali, Lambert}, {}},
    {55, K::SocialMedia, "Post: lock your bike, the new shed at the station", 2100, "fr, nl", nullptr,
     {Commercants, -1, -1}, {Renard, -1}, {}},
    {40, K::InformationMeeting, "Information meeting on the vote for the priorities", 52, "fr, nl", nullptr,
     {Comite, Tilleuls, Anatolie}, {Benali, Dupont}, {}},
    {28, K::SchoolVisit, "Back-to-school crossing patrol", 200, "fr", Parc, {Athenee, -1, -1}, {Vermeulen, Martin},
     {{"Repaint the zebra crossing before winter", 30, false, Speeding, NoConcern}, {}}},
    {15, K::NeighbourhoodWalk, "Evening walk on the Place Saint-Roch with the youth worker", 12, "fr, ar", Parc,
     {Youth, -1, -1}, {ElIdrissi, Benali},
     {{"Meet the youngsters' spokesperson at the youth house", 14, false, NoCase, NoConcern}, {}}},
    {6, K::CommunityMeeting, "Neighbourhood committee: results of the vote", 27, "fr", Gare, {Comite, -1, -1},
     {Benali, Dupont}, {{"Publish the 'you said, we did' bulletin", 21, false, NoCase, NoConcern}, {}}},
};

} // namespace

Status DemoCommunity::fill(Workspace& ws)
{
    return ws.write([&]() -> Status {
        auto members = MemberRepository(ws).list();
        if (!members)
            return members.error();
        QList<qint64> memberIds;
        for (const Member& m : members.value())
            memberIds << m.id;
        std::sort(memberIds.begin(), memberIds.end());
        auto cases = CaseRepository(ws).list();
        if (!cases)
            return cases.error();
        QList<qint64> caseIds;
        for (const ProblemCase& c : cases.value())
            caseIds << c.id;
        std::sort(caseIds.begin(), caseIds.end());
        auto concerns = ConcernRepository(ws).listAll();
        if (!concerns)
            return concerns.error();
        QHash<QString, qint64> concernOfText;
        for (const Concern& k : concerns.value())
            concernOfText.insert(k.text, k.id);
        const auto memberId = [&](int index) { return index >= 0 ? memberIds.value(index) : 0; };
        const auto caseId = [&](int index) { return index >= 0 ? caseIds.value(index) : 0; };
        AreaRepository areas(ws);
        const auto areaId = [&](const char* name) -> Result<qint64> {
            return name ? areas.idForName(QString::fromUtf8(name), true) : Result<qint64>(qint64(0));
        };

        QList<qint64> groupIds;
        for (const DemoGroup& d : Groups) {
            CommunityGroup g;
            g.name = QString::fromUtf8(d.name);
            g.kind = d.kind;
            g.basis = d.basis;
            g.sizeEstimate = d.size;
            g.languages = splitLanguages(QString::fromUtf8(d.languages));
            g.hardToReach = d.hardToReach;
            g.engagement = d.engagement;
            g.reviewedOn = d.reviewedDaysAgo >= 0 ? ReferenceDay.addDays(-d.reviewedDaysAgo) : QDate();
            Result<qint64> area = areaId(d.area);
            if (!area)
                return area.error();
            g.areaId = area.value();
            g.representativeId = memberId(d.representative);
            const sara::PlanePoint centre = DemoMap::pixelOf(d.lat, d.lon);
            g.mapX = centre.x;
            g.mapY = centre.y;
            g.mapRadius = d.radiusMetres;
            for (const DemoNeed& need : d.needs) {
                if (need.text)
                    g.needs.append({0, QString::fromUtf8(need.text), caseId(need.caseIndex)});
            }
            g.notes = QString::fromUtf8(d.notes);
            Result<CommunityGroup> added = GroupRepository(ws).add(g);
            if (!added)
                return added.error();
            groupIds << added->id;
        }

        for (const DemoPlace& d : Places) {
            CommunityPlace p;
            p.name = QString::fromUtf8(d.name);
            p.kind = d.kind;
            p.address = QString::fromUtf8(d.address);
            p.description = QString::fromUtf8(d.description);
            Result<qint64> area = areas.idForName(demo::areaOf(d.lat, d.lon), true);
            if (!area)
                return area.error();
            p.areaId = area.value();
            const sara::PlanePoint pixel = DemoMap::pixelOf(d.lat, d.lon);
            p.mapX = pixel.x;
            p.mapY = pixel.y;
            p.lat = d.lat;
            p.lon = d.lon;
            for (int group : d.groups) {
                if (group >= 0)
                    p.groupIds << groupIds.at(group);
            }
            if (Result<CommunityPlace> added = PlaceRepository(ws).add(p); !added)
                return added.error();
        }

        QList<qint64> contactIds;
        for (const DemoContact& d : Contacts) {
            KeyContact c;
            c.groupId = groupIds.at(d.group);
            c.name = QString::fromUtf8(d.pseudonym);
            c.role = QString::fromUtf8(d.role);
            c.reach = QString::fromUtf8(d.reach);
            c.language = QString::fromUtf8(d.language);
            c.ally = d.ally;
            c.keyFigure = d.keyFigure;
            c.consent = true;
            c.reviewOn = ReferenceDay.addDays(d.reviewInDays);
            Result<KeyContact> added = ContactRepository(ws).add(c);
            if (!added)
                return added.error();
            contactIds << added->id;
        }

        for (const DemoLink& d : Links) {
            RelationshipLink l;
            l.memberId = memberId(d.member);
            l.groupId = d.group >= 0 ? groupIds.at(d.group) : 0;
            l.contactId = d.contact >= 0 ? contactIds.at(d.contact) : 0;
            l.since = ReferenceDay.addDays(-d.sinceDaysAgo);
            l.strength = d.strength;
            l.lastContact = d.lastContactDaysAgo >= 0 ? ReferenceDay.addDays(-d.lastContactDaysAgo) : QDate();
            l.notes = QString::fromUtf8(d.notes);
            if (Result<RelationshipLink> added = LinkRepository(ws).add(l); !added)
                return added.error();
        }

        for (const DemoActivity& d : Activities) {
            OutreachActivity a;
            a.heldOn = ReferenceDay.addDays(-d.daysAgo);
            a.kind = d.kind;
            a.title = QString::fromUtf8(d.title);
            a.people = d.people;
            a.languages = splitLanguages(QString::fromUtf8(d.languages));
            Result<qint64> area = areaId(d.area);
            if (!area)
                return area.error();
            a.areaId = area.value();
            for (int group : d.groups) {
                if (group >= 0)
                    a.groupIds << groupIds.at(group);
            }
            for (int member : d.members) {
                if (member >= 0)
                    a.memberIds << memberId(member);
            }
            for (const DemoFollowUp& f : d.followUps) {
                if (!f.text)
                    continue;
                OutreachFollowUp followUp;
                followUp.text = QString::fromUtf8(f.text);
                followUp.dueOn = a.heldOn.addDays(f.dueInDaysAfter);
                followUp.done = f.done;
                followUp.caseId = caseId(f.caseIndex);
                followUp.concernId = f.concern ? concernOfText.value(QString::fromUtf8(f.concern)) : 0;
                a.followUps << followUp;
            }
            if (Result<OutreachActivity> added = OutreachRepository(ws).add(a); !added)
                return added.error();
        }
        return Status{};
    });
}

} // namespace proxima
