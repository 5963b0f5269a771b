#include "core/demo/DemoWorkspace.h"

#include "core/demo/DemoAnalysis.h"
#include "core/demo/DemoBudget.h"
#include "core/demo/DemoCommunity.h"
#include "core/demo/DemoGeography.h"
#include "core/demo/DemoMap.h"
#include "core/demo/DemoResponse.h"
#include "core/demo/DemoScan.h"
#include "core/demo/DemoVoting.h"

#include "core/storage/Workspace.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QFile>

namespace proxima {
namespace {

using demo::ReferenceDay;

struct DemoMember
{
    const char* name;
    const char* organisation;
    Sector sector;
    MemberRole role;
    const char* contact;
};

// A CoPmittee of 11 with the mix the guidelines ask for. Fictional people; contacts use reserved domains.
const DemoMember Members[] = {
    {"Inspecteur Karim Benali", "Zone de police Dyle-Senne", Sector::Police, MemberRole::Facilitator,
     "k.benali@police.example"},
    {"Inspectrice Els Vermeulen", "Zone de police Dyle-Senne", Sector::Police, MemberRole::Member,
     "e.vermeulen@police.example"},
    {"Marie Dupont", "Comité de quartier Saint-Roch", Sector::Resident, MemberRole::Member, ""},
    {"Jan Peeters", "Residents of Rue des Tilleuls", Sector::Resident, MemberRole::Member, ""},
    {"Yasmina El Idrissi", "AMO Le Cercle (youth work)", Sector::YouthWork, MemberRole::Member,
     "y.elidrissi@amo.example"},
    {"Abbé Thomas Lambert", "Paroisse Saint-Roch", Sector::ReligiousCommunity, MemberRole::Member, ""},
    {"Mehmet Yilmaz", "Association Anatolie-Dyle", Sector::MigrantAssociation, MemberRole::Member, ""},
    {"Sophie Martin", "Athénée royal Saint-Roch (school)", Sector::School, MemberRole::Member,
     "direction@athenee.example"},
    {"Luc Claes", "Union des commerçants de la Gare", Sector::Business, MemberRole::Member, ""},
    {"Nathalie Renard", "Commune — service prévention", Sector::Municipality, MemberRole::Member,
     "prevention@commune.example"},
    {"Fatou Diallo", "CPAS — travail de rue", Sector::SocialServices, MemberRole::Observer, ""},
};

struct DemoCase
{
    const char* title;
    const char* description;
    const char* category;
    int area; // 0 = Gare, 1 = Parc
    const char* location;
    SaraStage stage;
    int priority;
    int leadMember; // index into Members, -1 = none
    int openedDaysAgo;
};

const DemoCase Cases[] = {
    {"Street harassment of women near the station", "Women report comments and being followed on the way "
     "from the station to the bus stops, mostly in the evening.", "Harassment", 0, "Place de la Gare, bus stops",
     SaraStage::Respond, 1, 1, 240},
    {"Bicycle theft at the station racks", "Locked bicycles disappear from the open racks; commuters have "
     "stopped cycling to the train.", "Theft", 0, "Station bicycle racks, Rue du Quai", SaraStage::Assess, 2, 0, 420},
    {"Drug dealing in the Parc des Tilleuls", "Dealing near the playground in the afternoon; parents avoid "
     "the park.", "Drugs", 1, "Parc des Tilleuls, playground side", SaraStage::Analyse, 3, 0, 150},
    {"Speeding in front of the school", "Cars speed on Avenue de l'École at drop-off and pick-up times.",
     "Traffic", 1, "Avenue de l'École 12-40", SaraStage::Respond, 4, 1, 200},
    {"Illegal dumping behind the shops", "Bulky waste and bags dumped in the alley behind the Rue "
     "Commerciale shops.", "Environment", 0, "Alley behind Rue Commerciale", SaraStage::Closed, 0, 9, 600},
    {"Youth nuisance at the Place Saint-Roch", "Groups of youngsters gather at night with loud music; residents "
     "feel intimidated, young people say there is nowhere else to go.", "Nuisance", 1, "Place Saint-Roch",
     SaraStage::Analyse, 5, 4, 90},
    {"Burglaries in the Tilleuls streets", "A series of daytime burglaries through back doors and garden "
     "sheds.", "Burglary", 1, "Rue des Tilleuls, Rue des Lilas", SaraStage::Assess, 6, 1, 380},
    {"Poorly lit underpass under the railway", "The pedestrian underpass is dark; people make long detours "
     "at night.", "Public space", 0, "Underpass Rue du Quai", SaraStage::Respond, 7, 9, 260},
    {"Parking on pavements at the market", "Delivery vans block the pavement on market days; wheelchair and "
     "pram users walk on the road.", "Traffic", 0, "Rue Commerciale", SaraStage::Scan, 0, -1, 30},
    {"Graffiti on the church wall", "Repeated tags on the listed wall of the church.", "Vandalism", 1,
     "Église Saint-Roch", SaraStage::Scan, 0, 5, 20},
    {"Loitering and drinking at the night shop", "Drinking on the street at the night shop until late, litter "
     "and noise.", "Nuisance", 0, "Night shop, Place de la Gare 3", SaraStage::Analyse, 8, 0, 120},
    {"Car break-ins at the park-and-ride", "Windows smashed and bags stolen at the commuter car park.",
     "Theft", 0, "Park-and-ride Rue du Quai", SaraStage::Scan, 0, -1, 14},
    {"Fear of the empty lot on Rue des Lilas", "An overgrown empty lot where residents fear people hide; "
     "needles found.", "Public space", 1, "Rue des Lilas 55 (empty lot)", SaraStage::Closed, 0, 9, 700},
    {"Scooter riders on the park paths", "Fast e-scooters and mopeds on the footpaths through the park.",
     "Traffic", 1, "Parc des Tilleuls paths", SaraStage::Scan, 0, -1, 10},
    {"Isolation of elderly residents", "Elderly people living alone say they no longer go out after dark and "
     "are targeted by doorstep scams.", "Vulnerability", 1, "Résidence Les Érables area", SaraStage::Analyse, 9,
     10, 60},
};

} // namespace

Status DemoWorkspace::create(const QString& path)
{
    auto created = Workspace::create(path, QStringLiteral("Saint-Roch (demo)"));
    if (!created)
        return created.error();
    Status filled = fill(*created.value());
    if (!filled) {
        created.value().reset();
        QFile::remove(path);
    }
    return filled;
}

Status DemoWorkspace::fill(Workspace& ws)
{
    FixedClock clock(QDateTime(ReferenceDay, QTime(9, 0), Qt::UTC));
    const Clock& previous = ws.clock();
    ws.setClock(&clock);
    const QString previousActor = ws.actor();
    ws.setActor(QStringLiteral("demo"));

    const Status status = ws.write([&]() -> Status {
        AreaRepository areas(ws);
        QList<qint64> areaIds;
        for (const char* name : {"Saint-Roch Gare", "Saint-Roch Parc"}) {
            Result<qint64> id = areas.idForName(QString::fromUtf8(name), true);
            if (!id)
                return id.error();
            areaIds << id.value();
        }
        MemberRepository members(ws);
        QList<qint64> memberIds;
        for (const DemoMember& m : Members) {
            Member member;
            member.name = QString::fromUtf8(m.name);
            member.organisation = QString::fromUtf8(m.organisation);
            member.sector = m.sector;
            member.role = m.role;
            member.contact = QString::fromUtf8(m.contact);
            member.activeFrom = ReferenceDay.addYears(-2);
            Result<Member> added = members.add(member);
            if (!added)
                return added.error();
            memberIds << added->id;
        }
        CaseRepository cases(ws);
        for (const DemoCase& c : Cases) {
            ProblemCase problem;
            problem.title = QString::fromUtf8(c.title);
            problem.description = QString::fromUtf8(c.description);
            problem.category = QString::fromUtf8(c.category);
            problem.areaId = areaIds.at(c.area);
            problem.location = QString::fromUtf8(c.location);
            problem.stage = c.stage;
            problem.priority = c.priority;
            problem.leadMemberId = c.leadMember >= 0 ? memberIds.at(c.leadMember) : 0;
            problem.openedOn = ReferenceDay.addDays(-c.openedDaysAgo);
            Result<ProblemCase> added = cases.add(problem);
            if (!added)
                return added.error();
        }
        if (Status s = DemoScan::fill(ws); !s)
            return s;
        if (Status map = DemoMap::fill(ws); !map)
            return map;
        if (Status s = DemoResponse::fill(ws); !s)
            return s;
        if (Status s = DemoAnalysis::fill(ws); !s)
            return s;
        if (Status s = DemoVoting::fill(ws); !s)
            return s;
        if (Status s = DemoBudget::fill(ws); !s)
            return s;
        return DemoCommunity::fill(ws);
    });
    ws.setClock(&previous);
    ws.setActor(previousActor);
    return status;
}

} // namespace proxima
