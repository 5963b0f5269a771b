#include "core/demo/DemoMap.h"

#include "core/demo/DemoGeography.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/MapRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace proxima {
namespace {

using namespace demo;

// Plan units per degree; the SVG is 1400 x 1320 units over the bounding box of DemoGeography.
constexpr double UnitsPerDegreeLon = 1400.0 / (EastLon - WestLon);
constexpr double UnitsPerDegreeLat = 1320.0 / (NorthLat - SouthLat);

struct CasePlace
{
    const char* title;   // a case of DemoWorkspace
    Place place;
    double northMetres;  // small offsets so that two cases at one place do not hide each other
    double eastMetres;
};

const CasePlace CasePlaces[] = {
    {"Street harassment of women near the station", StationSquare, 0, 0},
    {"Bicycle theft at the station racks", StationBikeRacks, 0, 0},
    {"Drug dealing in the Parc des Tilleuls", Park, 20, -30},
    {"Speeding in front of the school", School, 0, -25},
    {"Illegal dumping behind the shops", ShopsStreet, 25, -30},
    {"Youth nuisance at the Place Saint-Roch", SaintRochSquare, 0, 0},
    {"Burglaries in the Tilleuls streets", TilleulsStreets, 0, 0},
    {"Poorly lit underpass under the railway", Underpass, 0, 0},
    {"Parking on pavements at the market", ShopsStreet, 0, 15},
    {"Graffiti on the church wall", Church, 0, 0},
    {"Loitering and drinking at the night shop", NightShop, 0, 0},
    {"Car break-ins at the park-and-ride", ParkAndRide, 0, 0},
    {"Fear of the empty lot on Rue des Lilas", EmptyLot, 0, 0},
    {"Scooter riders on the park paths", Park, -35, 40},
    {"Isolation of elderly residents", ElderlyResidence, 0, 0},
};

constexpr double MetresPerDegreeLat = 111195.0;
constexpr double MetresPerDegreeLon = 111195.0 * 0.63384;   // cos(50.668°)

} // namespace

sara::PlanePoint DemoMap::pixelOf(double lat, double lon)
{
    return {(lon - demo::WestLon) * UnitsPerDegreeLon, (demo::NorthLat - lat) * UnitsPerDegreeLat};
}

QByteArray DemoMap::svg()
{
    QFile file(QStringLiteral(":/demo/saint-roch.svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status DemoMap::fill(Workspace& ws)
{
    const QByteArray bytes = svg();
    if (bytes.isEmpty())
        return Error{QCoreApplication::translate("DemoMap", "the demo plan is missing from the program's resources"),
                     QStringLiteral(":/demo/saint-roch.svg"), 0, {}, ErrorCode::Internal};
    MapRepository maps(ws);
    auto stored = maps.importBytes(bytes, QCoreApplication::translate("DemoMap", "Saint-Roch plan"),
                                   QStringLiteral("saint-roch.svg"));
    if (!stored)
        return stored.error();
    QList<MapControlPoint> points;
    for (const Place& landmark : {StationSquare, Church, School, TilleulsStreets}) {
        const sara::PlanePoint pixel = pixelOf(landmark.lat, landmark.lon);
        points.append({0, pixel.x, pixel.y, landmark.lat, landmark.lon, QString::fromUtf8(landmark.name)});
    }
    auto referenced = maps.setControlPoints(stored->id, points, stored->revision);
    if (!referenced)
        return referenced.error();

    // The demo cases are written "as created": their pins are part of the first revision.
    for (const CasePlace& c : CasePlaces) {
        const double lat = c.place.lat + c.northMetres / MetresPerDegreeLat;
        const double lon = c.place.lon + c.eastMetres / MetresPerDegreeLon;
        const sara::PlanePoint pixel = pixelOf(lat, lon);
        QSqlQuery q(ws.database());
        if (Status s = sql::exec(q,
                                 QStringLiteral("UPDATE cases SET map_x = ?, map_y = ?, lat = ?, lon = ? "
                                                "WHERE title = ?"),
                                 {pixel.x, pixel.y, lat, lon, QString::fromUtf8(c.title)});
            !s)
            return s;
    }
    return {};
}

} // namespace proxima
