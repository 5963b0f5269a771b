#include "core/demo/DemoScan.h"

#include "core/demo/DemoGeography.h"
#include "core/sara/DemoIncidents.h"
#include "core/services/IncidentImportService.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/ConcernRepository.h"
#include "core/storage/repositories/IncidentCaseRules.h"

#include <QHash>

namespace proxima {
namespace {

using demo::Place;
using demo::ReferenceDay;

struct DemoConcern
{
    int caseIndex; // position of the case in the demo's case table (0-based), -1 = not grouped yet
    const char* text;
    ConcernSource source;
    int daysAgo;
    const Place* place;
    double north; // metres from the place, so that pins do not sit on top of each other
    double east;
    const char* category;
    int severity;
    ConcernFrequency frequency;
    const char* raisedBy;
};

using S = ConcernSource;
using F = ConcernFrequency;

const DemoConcern Concerns[] = {
    {0, "Men call out to women leaving the station in the evening", S::Survey, 250, &demo::StationSquare, 10, -20,
     "Harassment", 4, F::Daily, "anonymous"},
    {0, "I was followed from the train to the bus stop twice this month", S::OnlineForm, 245, &demo::StationSquare, -15,
     25, "Harassment", 5, F::Weekly, "anonymous"},
    {0, "Girls from our school avoid the station square after 6 pm", S::CopmitteeMeeting, 238, &demo::StationSquare, 30,
     5, "Harassment", 4, F::Daily, "Sophie Martin"},
    {0, "Comments and whistling at the bus shelters", S::StreetBriefing, 230, &demo::StationSquare, -25, -30,
     "Harassment", 3, F::Weekly, ""},
    {1, "My bike was stolen from the racks although it was locked", S::OnlineForm, 430, &demo::StationBikeRacks, 5, 5,
     "Theft", 4, F::Once, "anonymous"},
    {1, "Commuters no longer cycle to the train: too many thefts", S::CopmitteeMeeting, 425, &demo::StationBikeRacks,
     -8, 12, "Theft", 4, F::Weekly, "Luc Claes"},
    {1, "Cut locks lying around the racks every morning", S::Patrol, 415, &demo::StationBikeRacks, 12, -6, "Theft", 3,
     F::Daily, "Inspectrice Els Vermeulen"},
    {1, "Police records show a peak of bicycle thefts at commuting hours", S::IncidentData, 410,
     &demo::StationBikeRacks, 0, 0, "Theft", 0, F::Daily, ""},
    {2, "Dealing near the playground in the afternoon", S::FocusGroup, 160, &demo::Park, 20, -15, "Drugs", 5, F::Daily,
     "anonymous"},
    {2, "Parents no longer take the children to the park", S::Survey, 155, &demo::Park, -10, 30, "Drugs", 4, F::Weekly,
     "anonymous"},
    {2, "Syringes found near the benches", S::GuidedWalk, 148, &demo::Park, 35, 10, "Drugs", 4, F::Occasionally,
     "Fatou Diallo"},
    {3, "Cars drive far too fast in front of the school gate", S::CopmitteeMeeting, 210, &demo::School, 5, -10,
     "Traffic", 4, F::Daily, "Sophie Martin"},
    {3, "A child was nearly hit at the crossing", S::OnlineForm, 205, &demo::School, -12, 8, "Traffic", 5, F::Once,
     "anonymous"},
    {3, "Double parking blocks the view at pick-up time", S::StreetBriefing, 200, &demo::School, 18, 20, "Traffic", 3,
     F::Daily, ""},
    {4, "Bulky waste dumped in the alley behind the shops", S::Patrol, 610, &demo::ShopsStreet, -30, 15, "Environment",
     3, F::Weekly, "Inspecteur Karim Benali"},
    {4, "Rats since the rubbish piles up behind the bakery", S::CopmitteeMeeting, 600, &demo::ShopsStreet, -35, 5,
     "Environment", 3, F::Weekly, "Luc Claes"},
    {5, "Loud music on the square until 2 am", S::OnlineForm, 95, &demo::SaintRochSquare, 10, 10, "Nuisance", 4,
     F::Weekly, "anonymous"},
    {5, "Residents feel intimidated by the groups on the benches", S::Survey, 92, &demo::SaintRochSquare, -5, -15,
     "Nuisance", 3, F::Weekly, "anonymous"},
    {5, "The young people say there is nowhere else for them to go", S::FocusGroup, 88, &demo::SaintRochSquare, 15, -5,
     "Nuisance", 2, F::Daily, "Yasmina El Idrissi"},
    {5, "Broken bottles on the square on Sunday mornings", S::Patrol, 85, &demo::SaintRochSquare, -20, 20, "Nuisance",
     2, F::Weekly, ""},
    {6, "Back door forced while we were at work", S::OnlineForm, 390, &demo::TilleulsStreets, 10, -10, "Burglary", 5,
     F::Once, "Jan Peeters"},
    {6, "Several garden sheds broken into on our street", S::CopmitteeMeeting, 385, &demo::TilleulsStreets, -15, 25,
     "Burglary", 4, F::Monthly, "Jan Peeters"},
    {6, "Strangers checking back gardens in the afternoon", S::StreetBriefing, 380, &demo::TilleulsStreets, 25, 5,
     "Burglary", 3, F::Occasionally, "anonymous"},
    {7, "The underpass is pitch dark after sunset", S::GuidedWalk, 270, &demo::Underpass, 0, 5, "Public space", 4,
     F::Daily, "Nathalie Renard"},
    {7, "I walk ten minutes round rather than take the underpass at night", S::Survey, 265, &demo::Underpass, 8, -8,
     "Public space", 3, F::Daily, "anonymous"},
    {8, "Delivery vans on the pavement on market days", S::StreetBriefing, 35, &demo::ShopsStreet, 10, -10, "Traffic",
     3, F::Weekly, ""},
    {8, "With my wheelchair I have to go on the road", S::OnlineForm, 31, &demo::ShopsStreet, -6, 14, "Traffic", 4,
     F::Weekly, "anonymous"},
    {9, "New tags on the church wall every week", S::CopmitteeMeeting, 22, &demo::Church, 5, 5, "Vandalism", 3,
     F::Weekly, "Abbé Thomas Lambert"},
    {9, "Graffiti on the listed wall of Saint-Roch", S::Patrol, 20, &demo::Church, -8, 3, "Vandalism", 2, F::Weekly,
     "Inspecteur Karim Benali"},
    {10, "Drinking on the street at the night shop until late", S::CopmitteeMeeting, 125, &demo::NightShop, 5, 0,
     "Nuisance", 3, F::Daily, "Marie Dupont"},
    {10, "Cans and litter in front of our doors every morning", S::Survey, 121, &demo::NightShop, -10, 12, "Nuisance",
     3, F::Daily, "anonymous"},
    {11, "Window of my car smashed at the park-and-ride", S::OnlineForm, 16, &demo::ParkAndRide, 10, -5, "Theft", 4,
     F::Once, "anonymous"},
    {11, "Glass on the car park almost every morning", S::Patrol, 13, &demo::ParkAndRide, -10, 10, "Theft", 3,
     F::Weekly, "Inspectrice Els Vermeulen"},
    {12, "People hide in the overgrown lot; needles found", S::GuidedWalk, 710, &demo::EmptyLot, 5, -5, "Public space",
     4, F::Occasionally, "Jan Peeters"},
    {13, "E-scooters race along the footpaths through the park", S::Survey, 12, &demo::Park, -30, -25, "Traffic", 3,
     F::Daily, "anonymous"},
    {14, "My neighbour (84) no longer goes out after dark", S::FocusGroup, 65, &demo::ElderlyResidence, 5, 10,
     "Vulnerability", 4, F::Daily, "Fatou Diallo"},
    {14, "A false water-company man came to my door", S::StreetBriefing, 62, &demo::ElderlyResidence, -10, -5,
     "Vulnerability", 5, F::Once, "anonymous"},
    {-1, "Street lamp out on Rue des Lilas for weeks", S::OnlineForm, 8, &demo::EmptyLot, 20, -40, "Public space", 2,
     F::Daily, "anonymous"},
    {-1, "Speeding on Rue du Quai at night", S::Patrol, 6, &demo::ParkAndRide, -40, -60, "Traffic", 3, F::Weekly, ""},
    {-1, "Dog fouling on the church square", S::CopmitteeMeeting, 4, &demo::Church, 20, -20, "Environment", 1, F::Daily,
     "Marie Dupont"},
    {-1, "Someone sleeps in the station entrance", S::StreetBriefing, 2, &demo::StationSquare, 40, -10, "Vulnerability",
     2, F::Daily, "anonymous"},
};

// Metres to degrees near 50.67° N, to place pins a little apart.
constexpr double DegreesPerMetreLat = 1.0 / 111320.0;
constexpr double DegreesPerMetreLon = 1.0 / 70600.0;

sara::DemoHotspot hotspot(const Place& place, const char* category, double spread, double weight, const char* street)
{
    return {{place.lat, place.lon}, QString::fromUtf8(category), spread, weight, QString::fromUtf8(street)};
}

// The incident data: the categories of the generator's rhythms first, then the others (flat rhythm) generated
// apart with fewer incidents, so that they do not outnumber the main ones.
QList<io::Incident> demoIncidents()
{
    sara::DemoOptions main;
    main.seed = 20261001;
    main.start = ReferenceDay.addDays(-731);
    main.days = 731;
    main.count = 3200;
    main.hotspots = {
        hotspot(demo::StationBikeRacks, "Vol de vélo", 40, 3, "Rue du Quai"),
        hotspot(demo::ParkAndRide, "Vol de vélo", 60, 1, "Rue du Quai"),
        hotspot(demo::TilleulsStreets, "Cambriolage", 90, 3, "Rue des Tilleuls"),
        hotspot(demo::EmptyLot, "Cambriolage", 70, 1, "Rue des Lilas"),
        hotspot(demo::SaintRochSquare, "Nuisance nocturne", 50, 3, "Place Saint-Roch"),
        hotspot(demo::NightShop, "Nuisance nocturne", 35, 2, "Place de la Gare"),
        hotspot(demo::Church, "Dégradation", 45, 2, "Rue de l'Église"),
        hotspot(demo::Underpass, "Dégradation", 30, 1, "Rue du Quai"),
        hotspot(demo::School, "Stationnement gênant", 40, 3, "Avenue de l'École"),
        hotspot(demo::ShopsStreet, "Stationnement gênant", 60, 1, "Rue Commerciale"),
    };
    sara::DemoOptions other = main;
    other.seed = 20261002;
    other.count = 800;
    other.hotspots = {
        hotspot(demo::Park, "Drogues", 60, 1, "Parc des Tilleuls"),
        hotspot(demo::StationSquare, "Harcèlement", 40, 1, "Place de la Gare"),
        hotspot(demo::ShopsStreet, "Dépôt clandestin", 50, 1, "Rue Commerciale"),
        hotspot(demo::ElderlyResidence, "Escroquerie", 80, 1, "Rue des Érables"),
    };
    QList<io::Incident> incidents = sara::generateDemoIncidents(main);
    incidents += sara::generateDemoIncidents(other);
    return incidents;
}

struct DemoRule
{
    int caseIndex;
    const char* categories; // '|'-separated
    int area;               // 0 = Gare, 1 = Parc, -1 = any
};

// The cases in Analyse and later look at the incidents of their category in their area.
const DemoRule Rules[] = {
    {0, "Harcèlement", 0},        {1, "Vol de vélo", 0},       {2, "Drogues", 1},     {3, "Stationnement gênant", 1},
    {4, "Dépôt clandestin", 0},   {5, "Nuisance nocturne", 1}, {6, "Cambriolage", 1}, {7, "Dégradation", 0},
    {10, "Nuisance nocturne", 0}, {14, "Escroquerie", 1},
};

} // namespace

Status DemoScan::fill(Workspace& ws)
{
    return ws.write([&]() -> Status {
        Result<QList<ProblemCase>> cases = CaseRepository(ws).list();
        if (!cases)
            return cases.error();
        QList<ProblemCase> byId = cases.value();
        std::sort(byId.begin(), byId.end(), [](const ProblemCase& a, const ProblemCase& b) { return a.id < b.id; });
        AreaRepository areas(ws);
        QHash<QString, qint64> areaIds;
        for (const char* name : {"Saint-Roch Gare", "Saint-Roch Parc"}) {
            Result<qint64> id = areas.idForName(QString::fromUtf8(name), true);
            if (!id)
                return id.error();
            areaIds.insert(QString::fromUtf8(name), id.value());
        }
        const auto caseId = [&](int index) { return index >= 0 && index < byId.size() ? byId.at(index).id : 0; };

        ConcernRepository concerns(ws);
        for (const DemoConcern& d : Concerns) {
            Concern k;
            k.caseId = caseId(d.caseIndex);
            k.text = QString::fromUtf8(d.text);
            k.source = d.source;
            k.raisedOn = ReferenceDay.addDays(-d.daysAgo);
            k.place = QString::fromUtf8(d.place->name);
            k.category = QString::fromUtf8(d.category);
            k.severity = d.severity;
            k.frequency = d.frequency;
            k.raisedBy = QString::fromUtf8(d.raisedBy);
            k.lat = d.place->lat + d.north * DegreesPerMetreLat;
            k.lon = d.place->lon + d.east * DegreesPerMetreLon;
            k.areaId = areaIds.value(demo::areaOf(*k.lat, *k.lon));
            if (Result<Concern> added = concerns.add(k); !added)
                return added.error();
        }

        const QList<io::Incident> incidents = demoIncidents();
        IncidentImportService importer(ws);
        const auto areaOf = [&](const io::Incident& i) -> qint64 {
            return i.latitude ? areaIds.value(demo::areaOf(*i.latitude, *i.longitude)) : 0;
        };
        if (auto imported =
                importer.importIncidents(incidents, QStringLiteral("demo"), int(incidents.size()), 0, areaOf);
            !imported)
            return imported.error();
        const QList<qint64> areaOrder{areaIds.value(QStringLiteral("Saint-Roch Gare")),
                                      areaIds.value(QStringLiteral("Saint-Roch Parc"))};
        for (const DemoRule& r : Rules) {
            CaseIncidentRule rule;
            rule.caseId = caseId(r.caseIndex);
            if (rule.caseId == 0)
                continue;
            rule.areaId = r.area >= 0 ? areaOrder.at(r.area) : 0;
            rule.categories = QString::fromUtf8(r.categories).split(QLatin1Char('|'));
            if (Result<CaseIncidentRule> stored = IncidentCaseRules(ws).setRule(rule); !stored)
                return stored.error();
        }
        return Status{};
    });
}

} // namespace proxima
