#include "TestSupport.h"

#include "core/demo/DemoGeography.h"
#include "core/demo/DemoMap.h"
#include "core/demo/DemoWorkspace.h"
#include "core/io/MapImageProbe.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MapPinQueries.h"
#include "core/storage/repositories/MapRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

using namespace proxima;

namespace {

QByteArray bigEndian(quint32 value)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((value >> (24 - 8 * i)) & 0xff);
    return b;
}

// A PNG's structure as the probe reads it (chunk CRCs are not checked, so zeros do).
QByteArray pngBytes(quint32 width, quint32 height)
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    b += bigEndian(13) + "IHDR" + bigEndian(width) + bigEndian(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    b += bigEndian(0);
    b += bigEndian(2) + "IDAT" + QByteArray("\x78\x9c", 2) + bigEndian(0);
    b += QByteArray("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);
    return b;
}

// SOI, a JFIF APP0 segment, then a baseline frame header (SOF0) of height x width.
QByteArray jpegBytes(quint16 width, quint16 height)
{
    QByteArray b("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    b += QByteArray("\xff\xc0\x00\x11\x08", 5);
    b += char(height >> 8);
    b += char(height & 0xff);
    b += char(width >> 8);
    b += char(width & 0xff);
    b += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    b += QByteArray("\xff\xd9", 2);
    return b;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("m.proxima"));
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto created = Workspace::create(path, QStringLiteral("Map test"));
        REQUIRE(created.ok());
        ws = std::move(created).value();
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString file = dir.filePath(name);
        test::writeAll(file, bytes);
        return file;
    }
};

} // namespace

TEST_CASE("map images: format and size come from the content", "[storage][map]")
{
    auto png = io::probeMapImage(pngBytes(640, 480), QStringLiteral("a.png"));
    REQUIRE(png.ok());
    CHECK(png->format == QStringLiteral("png"));
    CHECK(png->width == 640);
    CHECK(png->height == 480);

    auto jpg = io::probeMapImage(jpegBytes(1024, 768), QStringLiteral("a.jpg"));
    REQUIRE(jpg.ok());
    CHECK(jpg->format == QStringLiteral("jpg"));
    CHECK(jpg->width == 1024);
    CHECK(jpg->height == 768);

    auto box = io::probeMapImage("<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg' width='10cm' "
                                 "viewBox='0 0 300.5 200'/>",
                                 QStringLiteral("a.svg"));
    REQUIRE(box.ok());
    CHECK(box->format == QStringLiteral("svg"));
    CHECK(box->width == 300.5);
    CHECK(box->height == 200);

    auto sized = io::probeMapImage("<svg xmlns='http://www.w3.org/2000/svg' width='254mm' height='72pt'/>",
                                   QStringLiteral("b.svg"));
    REQUIRE(sized.ok());
    CHECK(sized->width == Approx(960));
    CHECK(sized->height == Approx(96));
}

TEST_CASE("map images: errors name the file and say what is wrong", "[storage][map]")
{
    Fixture f;
    MapRepository maps(*f.ws);

    const QString text = f.write(QStringLiteral("notes.txt"), "Meeting notes, not a plan\n");
    auto notImage = maps.importFile(text);
    REQUIRE_FALSE(notImage.ok());
    CHECK(notImage.error().message == QStringLiteral("the file is not a PNG, JPEG or SVG image"));
    CHECK(notImage.error().file == text);
    CHECK(notImage.error().toString() == text + QStringLiteral(": the file is not a PNG, JPEG or SVG image"));

    const QByteArray png = pngBytes(800, 600);
    const QString cut = f.write(QStringLiteral("cut.png"), png.left(40));
    auto truncated = maps.importFile(cut);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().toString() ==
          cut + QStringLiteral(": the PNG image is truncated (it does not end with an IEND chunk)"));

    const QString header = f.write(QStringLiteral("header.png"), png.left(20));
    auto noHeader = maps.importFile(header);
    REQUIRE_FALSE(noHeader.ok());
    CHECK(noHeader.error().toString() ==
          header + QStringLiteral(": the PNG image is truncated before its size (IHDR header)"));

    const QString jpg = f.write(QStringLiteral("cut.jpg"), jpegBytes(100, 100).left(24));
    auto cutJpeg = maps.importFile(jpg);
    REQUIRE_FALSE(cutJpeg.ok());
    CHECK(cutJpeg.error().toString() ==
          jpg + QStringLiteral(": the JPEG image is truncated before its size (frame header)"));

    const QString html = f.write(QStringLiteral("page.svg"), "<html>\n<body/></html>");
    auto notSvg = maps.importFile(html);
    REQUIRE_FALSE(notSvg.ok());
    CHECK(notSvg.error().toString() ==
          html + QStringLiteral(":1: the file is XML but not an SVG image (its root element is <html>)"));

    const QString sizeless = f.write(QStringLiteral("sizeless.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    auto noSize = maps.importFile(sizeless);
    REQUIRE_FALSE(noSize.ok());
    CHECK(noSize.error().message ==
          QStringLiteral("the SVG image has no size: give its root element a viewBox or a width and height"));

    const QString broken = f.write(QStringLiteral("broken.svg"), "<?xml version='1.0'?>\n\n<svg");
    auto notWellFormed = maps.importFile(broken);
    REQUIRE_FALSE(notWellFormed.ok());
    CHECK(notWellFormed.error().file == broken);
    CHECK(notWellFormed.error().line == 3);
    CHECK(notWellFormed.error().message.startsWith(QStringLiteral("the SVG image is not well-formed XML: ")));

    const QString missing = f.dir.filePath(QStringLiteral("missing.png"));
    auto absent = maps.importFile(missing);
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == ErrorCode::Io);
    CHECK(absent.error().file == missing);

    CHECK(maps.list()->isEmpty());
    CHECK(maps.current()->has_value() == false);
}

TEST_CASE("map: a georeference survives the round trip through the stored map", "[storage][map]")
{
    Fixture f;
    QList<sara::GeoPoint> probes;
    QList<sara::PlanePoint> pixels = {{0, 0}, {640, 480}, {123.25, 456.5}, {-50, 900}, {320, 240}};
    {
        MapRepository maps(*f.ws);
        auto stored = maps.importFile(f.write(QStringLiteral("quartier.png"), pngBytes(640, 480)));
        REQUIRE(stored.ok());
        CHECK(stored->name == QStringLiteral("quartier"));
        CHECK(stored->revision == 1);
        const QList<MapControlPoint> points = {
            {0, 40.5, 32.25, 50.6712, 4.6065, QStringLiteral("Place de la Gare")},
            {0, 600.0, 95.0, 50.6688, 4.6140, QStringLiteral("Église")},
            {0, 310.0, 450.75, 50.6650, 4.6160, QStringLiteral("Parc")},
        };
        auto saved = maps.setControlPoints(stored->id, points, stored->revision);
        REQUIRE(saved.ok());
        CHECK(saved->revision == 2);
        REQUIRE(saved->controlPoints.size() == 3);
        auto fitted = saved->georeference();
        REQUIRE(fitted.ok());
        for (const sara::PlanePoint& p : pixels)
            probes << fitted->toGeo(p);
    }
    f.ws.reset();
    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    auto map = MapRepository(*reopened.value()).current();
    REQUIRE(map.ok());
    REQUIRE(map->has_value());
    const NeighbourhoodMap& m = **map;
    CHECK(m.format == QStringLiteral("png"));
    CHECK(m.width == 640);
    CHECK(m.height == 480);
    REQUIRE(m.controlPoints.size() == 3);
    CHECK(m.controlPoints[1].x == 600.0);
    CHECK(m.controlPoints[1].lat == 50.6688);
    CHECK(m.controlPoints[1].label == QStringLiteral("Église"));
    auto geo = m.georeference();
    REQUIRE(geo.ok());
    CHECK(geo->kind() == sara::GeoreferenceKind::Affine);
    for (int i = 0; i < pixels.size(); ++i) {
        const sara::GeoPoint g = geo->toGeo(pixels[i]);
        CHECK(g.lat == Approx(probes[i].lat).margin(1e-12));
        CHECK(g.lon == Approx(probes[i].lon).margin(1e-12));
        const sara::PlanePoint back = geo->toPixel(g);
        CHECK(std::abs(back.x - pixels[i].x) < 1e-6);
        CHECK(std::abs(back.y - pixels[i].y) < 1e-6);
    }
}

TEST_CASE("map: control points are edited one by one, with revisions and conflicts", "[storage][map]")
{
    Fixture f;
    MapRepository maps(*f.ws);
    auto map = maps.importBytes(pngBytes(100, 80), QStringLiteral("Plan"), QStringLiteral("plan.png"));
    REQUIRE(map.ok());
    auto one = maps.addControlPoint(map->id, {0, 10, 10, 50.67, 4.60, QStringLiteral("A")}, 1);
    REQUIRE(one.ok());
    auto two = maps.addControlPoint(map->id, {0, 90, 70, 50.66, 4.62, QStringLiteral("B")}, 2);
    REQUIRE(two.ok());
    CHECK(two->revision == 3);
    REQUIRE(two->controlPoints.size() == 2);
    CHECK(two->georeference()->kind() == sara::GeoreferenceKind::Similarity);

    MapControlPoint moved = two->controlPoints[0];
    moved.x = 12;
    auto changed = maps.updateControlPoint(map->id, moved, 3);
    REQUIRE(changed.ok());
    CHECK(changed->controlPoints[0].x == 12);

    auto stale = maps.addControlPoint(map->id, {0, 50, 50, 50.665, 4.61, {}}, 3);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    auto badLat = maps.addControlPoint(map->id, {0, 50, 50, 95, 4.61, {}}, 4);
    REQUIRE_FALSE(badLat.ok());
    CHECK(badLat.error().field == QStringLiteral("lat"));
    CHECK(badLat.error().message == QStringLiteral("the latitude must be between -90 and 90 degrees"));

    auto removed = maps.removeControlPoint(map->id, changed->controlPoints[1].id, 4);
    REQUIRE(removed.ok());
    CHECK(removed->controlPoints.size() == 1);
    CHECK(removed->revision == 5);
    CHECK_FALSE(removed->isGeoreferenced());
    CHECK(maps.removeControlPoint(map->id, 9999, 5).error().code == ErrorCode::NotFound);

    QSqlQuery log(f.ws->database());
    REQUIRE(log.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'map'")));
    REQUIRE(log.next());
    CHECK(log.value(0).toInt() == 5);   // create, 2 adds, 1 change, 1 removal

    CHECK(maps.remove(map->id, 4).error().code == ErrorCode::Conflict);
    REQUIRE(maps.remove(map->id, 5).ok());
    CHECK(maps.current()->has_value() == false);
}

TEST_CASE("map: the demo plan is stored, georeferenced on its landmarks, with the cases placed", "[storage][map]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    auto map = MapRepository(*ws.value()).current();
    REQUIRE(map.ok());
    REQUIRE(map->has_value());
    const NeighbourhoodMap& m = **map;
    CHECK(m.format == QStringLiteral("svg"));
    CHECK(m.width == 1400);
    CHECK(m.height == 1320);
    CHECK(m.image == DemoMap::svg());
    CHECK(m.controlPoints.size() == 4);
    auto geo = m.georeference();
    REQUIRE(geo.ok());
    CHECK(geo->rmsMetres() < 0.01);
    CHECK(geo->metresPerPixel() == Approx(1.0).epsilon(0.02));
    const sara::PlanePoint park = geo->toPixel({demo::Park.lat, demo::Park.lon});
    CHECK(park.x == Approx(980).margin(1e-6));
    CHECK(park.y == Approx(990).margin(1e-6));

    auto cases = MapPinQueries(*ws.value()).cases();
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 15);
    for (const MapPin& pin : *cases) {
        INFO(pin.label.toStdString());
        REQUIRE(pin.pixel.has_value());
        REQUIRE(pin.geo.has_value());
        // Placing a demo case does not count as an edit: its revision is the case's own.
        CHECK(pin.revision == CaseRepository(*ws.value()).find(pin.id)->revision);
        const sara::PlanePoint p = geo->toPixel(*pin.geo);
        CHECK(p.x == Approx(pin.pixel->x).margin(1e-6));
        CHECK(p.y == Approx(pin.pixel->y).margin(1e-6));
    }
}

TEST_CASE("map pins: placing a case bumps its revision, logs it and detects conflicts", "[storage][map]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    MapPinQueries pins(*ws.value());
    const MapPin before = pins.cases()->first();
    auto placed = pins.placePin(PinKind::Case, before.id, sara::PlanePoint{100.5, 200.25},
                                sara::GeoPoint{50.67, 4.61}, before.revision);
    REQUIRE(placed.ok());
    CHECK(*placed == before.revision + 1);
    const MapPin after = *pins.find(PinKind::Case, before.id);
    CHECK(after.pixel->x == 100.5);
    CHECK(after.pixel->y == 200.25);
    CHECK(after.geo->lat == 50.67);
    CHECK(CaseRepository(*ws.value()).find(before.id)->revision == before.revision + 1);

    auto stale = pins.placePin(PinKind::Case, before.id, std::nullopt, std::nullopt, before.revision);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    REQUIRE(pins.placePin(PinKind::Case, before.id, std::nullopt, std::nullopt, *placed).ok());
    const MapPin cleared = *pins.find(PinKind::Case, before.id);
    CHECK_FALSE(cleared.pixel.has_value());
    CHECK_FALSE(cleared.geo.has_value());

    QSqlQuery log(ws.value()->database());
    REQUIRE(log.exec(QStringLiteral("SELECT summary FROM change_log WHERE entity = 'case' AND entity_id = %1 "
                                    "ORDER BY id").arg(before.id)));
    QStringList summaries;
    while (log.next())
        summaries << log.value(0).toString();
    CHECK(summaries.mid(summaries.size() - 2) ==
          QStringList{QStringLiteral("placed on the map"), QStringLiteral("removed from the map")});
    CHECK(pins.placePin(PinKind::Incident, 1, std::nullopt, std::nullopt, 0).error().field ==
          QStringLiteral("kind"));
    CHECK(pins.find(PinKind::Concern, 4242).error().code == ErrorCode::NotFound);
}
