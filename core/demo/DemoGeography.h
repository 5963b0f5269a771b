#pragma once

#include <QDate>
#include <QString>

namespace proxima::demo {

// The fictional neighbourhood of Saint-Roch, shared by every part of the demo so that the map, the concerns and
// the incidents line up. About 1.4 km east-west by 1.3 km north-south. Two areas: "Saint-Roch Gare" (the
// north-west, around the station) and "Saint-Roch Parc" (the south-east, around the park and the school).

/// The day the demo is written "as of": every demo date is relative to it.
inline const QDate ReferenceDay(2026, 10, 1);

/// Bounding box of the neighbourhood (WGS84 degrees).
constexpr double SouthLat = 50.6620;
constexpr double NorthLat = 50.6740;
constexpr double WestLon = 4.6020;
constexpr double EastLon = 4.6220;

/// A named place of the neighbourhood.
struct Place
{
    const char* name;
    double lat;
    double lon;
};

constexpr Place StationSquare{"Place de la Gare", 50.6712, 4.6065};
constexpr Place StationBikeRacks{"Station bicycle racks", 50.6716, 4.6072};
constexpr Place Underpass{"Underpass Rue du Quai", 50.6722, 4.6092};
constexpr Place ParkAndRide{"Park-and-ride Rue du Quai", 50.6730, 4.6110};
constexpr Place ShopsStreet{"Rue Commerciale", 50.6697, 4.6080};
constexpr Place NightShop{"Night shop, Place de la Gare 3", 50.6708, 4.6058};
constexpr Place SaintRochSquare{"Place Saint-Roch", 50.6684, 4.6132};
constexpr Place Church{"Église Saint-Roch", 50.6688, 4.6140};
constexpr Place School{"Athénée royal, Avenue de l'École", 50.6660, 4.6102};
constexpr Place Park{"Parc des Tilleuls", 50.6650, 4.6160};
constexpr Place TilleulsStreets{"Rue des Tilleuls", 50.6638, 4.6185};
constexpr Place EmptyLot{"Rue des Lilas 55", 50.6632, 4.6200};
constexpr Place ElderlyResidence{"Résidence Les Érables", 50.6645, 4.6125};

/// The area a point belongs to: "Saint-Roch Gare" north of 50.6690 or west of 4.6100, else "Saint-Roch Parc".
inline QString areaOf(double lat, double lon)
{
    return (lat > 50.6690 || lon < 4.6100) ? QStringLiteral("Saint-Roch Gare") : QStringLiteral("Saint-Roch Parc");
}

} // namespace proxima::demo
