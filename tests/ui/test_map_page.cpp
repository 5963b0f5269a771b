// The Map page as a user drives it: the demo plan, placing a concern by clicking, undo, hotspots, georeferencing.
#include "TestSupport.h"

#include "ui/app/MainWindow.h"
#include "ui/app/WorkspaceSession.h"
#include "ui/cases/CasesPage.h"
#include "core/demo/DemoGeography.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/map/GeoreferenceDialog.h"
#include "ui/map/HotspotItem.h"
#include "ui/map/IncidentDotsItem.h"
#include "ui/map/MapImageItem.h"
#include "ui/map/MapLegend.h"
#include "ui/map/MapPage.h"
#include "ui/map/MapPinItem.h"
#include "ui/map/MapRenderer.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"
#include "core/sara/DemoIncidents.h"
#include "core/storage/SqlSupport.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/MapRepository.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace proxima;

namespace {

struct MapFixture
{
    QTemporaryDir dir;
    QString path;
    MainWindow window;
    MapFixture()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        path = dir.filePath(QStringLiteral("demo.proxima"));
        REQUIRE(DemoWorkspace::create(path).ok());
        {
            // The map tests count pins and dots they add themselves: start from the demo's cases alone.
            auto demo = Workspace::open(path);
            REQUIRE(demo.ok());
            QSqlQuery clear(demo.value()->database());
            REQUIRE(clear.exec(QStringLiteral("DELETE FROM concerns")));
            REQUIRE(clear.exec(QStringLiteral("DELETE FROM incidents")));
        }
        window.resize(1280, 820);
        window.show();
        REQUIRE(window.openWorkspace(path));
        REQUIRE(window.mapPage());
        window.tabs()->setCurrentWidget(window.mapPage());
        QTest::qWait(20);
        window.mapPage()->view()->fitPlan();
    }
    Workspace& ws() { return window.session()->workspace(); }
    MapPage* page() { return window.mapPage(); }

    qint64 addConcern(const QString& text, std::optional<sara::GeoPoint> geo = std::nullopt)
    {
        qint64 id = 0;
        REQUIRE(ws().write([&]() -> Status {
                        QSqlQuery q(ws().database());
                        Status s = sql::exec(q,
                                             QStringLiteral("INSERT INTO concerns (text, raised_on, category, lat, "
                                                            "lon, updated_at) VALUES (?, '2026-09-20', 'Nuisance', "
                                                            "?, ?, '2026-09-20T10:00:00.000Z')"),
                                             {text, geo ? QVariant(geo->lat) : QVariant(QMetaType(QMetaType::Double)),
                                              geo ? QVariant(geo->lon) : QVariant(QMetaType(QMetaType::Double))});
                        id = q.lastInsertId().toLongLong();
                        return s;
                    })
                    .ok());
        window.session()->notifyChanged(ChangeKind::Concern);
        return id;
    }

    // Incidents clustered at the station square (many) and the park (fewer), as an import would store them.
    void addIncidents(int count)
    {
        sara::DemoOptions options;
        options.count = count;
        options.hotspots = {{{demo::StationSquare.lat, demo::StationSquare.lon}, QStringLiteral("Vol de vélo"), 40, 1,
                             QStringLiteral("Place de la Gare")},
                            {{demo::Park.lat, demo::Park.lon}, QStringLiteral("Nuisance nocturne"), 60, 1,
                             QStringLiteral("Parc des Tilleuls")}};
        const QList<io::Incident> incidents = sara::generateDemoIncidents(options);
        REQUIRE(ws().write([&]() -> Status {
                        for (const io::Incident& i : incidents) {
                            QSqlQuery q(ws().database());
                            if (Status s = sql::exec(q,
                                                     QStringLiteral("INSERT INTO incidents (fingerprint, reference, "
                                                                    "occurred_on, category, lat, lon) VALUES (?, ?, "
                                                                    "?, ?, ?, ?)"),
                                                     {QString::fromLatin1(i.fingerprint), i.reference,
                                                      i.date.toString(Qt::ISODate), i.category, *i.latitude,
                                                      *i.longitude});
                                !s)
                                return s;
                        }
                        return Status{};
                    })
                    .ok());
        window.session()->notifyChanged(ChangeKind::Incident);
    }
};

int rowOfId(QListWidget* list, PinKind kind, qint64 id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toInt() == int(kind) &&
            list->item(row)->data(Qt::UserRole + 1).toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("ui: the Map page shows the demo plan with its cases", "[ui][map]")
{
    MapFixture f;
    MapPage* page = f.page();
    REQUIRE(page->mapScene()->imageItem());
    CHECK(page->mapScene()->imageItem()->isValid());
    CHECK(page->mapScene()->planRect() == QRectF(0, 0, 1400, 1320));
    CHECK(page->content().georeference.has_value());
    CHECK(page->mapScene()->pins().size() == 15);
    CHECK(page->unplacedList()->count() == 0);
    CHECK(page->noticeText().isEmpty());
    CHECK(page->view()->zoom() > 0.1);
    CHECK(page->view()->zoom() < 1.0);
    const double before = page->view()->zoom();
    page->view()->zoomIn();
    CHECK(page->view()->zoom() == Approx(before * 1.25));
    page->view()->fitPlan();
    CHECK(page->view()->zoom() == Approx(before));
}

TEST_CASE("ui: place a concern on the map by clicking, then undo", "[ui][map]")
{
    MapFixture f;
    MapPage* page = f.page();
    const qint64 id = f.addConcern(QStringLiteral("Broken street light at the end of Rue des Lilas"));
    const int row = rowOfId(page->unplacedList(), PinKind::Concern, id);
    REQUIRE(row >= 0);
    page->unplacedList()->setCurrentRow(row);
    auto* place = page->findChild<QPushButton*>(QStringLiteral("placeOnMap"));
    REQUIRE(place);
    REQUIRE(place->isEnabled());
    QTest::mouseClick(place, Qt::LeftButton);
    CHECK(page->view()->isPicking());
    CHECK(page->noticeText().contains(QStringLiteral("Click on the map")));

    MapView* view = page->view();
    const QPoint click = view->mapFromScene(QPointF(1180, 1150));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    CHECK_FALSE(view->isPicking());

    const MapPin placed = *MapPinQueries(f.ws()).find(PinKind::Concern, id);
    REQUIRE(placed.pixel.has_value());
    const QPointF expected = view->mapToScene(click);
    CHECK(placed.pixel->x == Approx(expected.x()));
    CHECK(placed.pixel->y == Approx(expected.y()));
    CHECK(std::abs(placed.pixel->x - 1180) < 2 / view->zoom());
    REQUIRE(placed.geo.has_value());
    const sara::GeoPoint geo = page->content().georeference->toGeo(*placed.pixel);
    CHECK(placed.geo->lat == Approx(geo.lat).margin(1e-12));
    CHECK(placed.geo->lon == Approx(geo.lon).margin(1e-12));
    CHECK(placed.revision == 2);
    CHECK(page->mapScene()->pinFor(PinKind::Concern, id));
    CHECK(rowOfId(page->unplacedList(), PinKind::Concern, id) == -1);
    CHECK(f.window.session()->undoStack()->undoText().startsWith(QStringLiteral("Place concern")));

    f.window.session()->undo();
    const MapPin undone = *MapPinQueries(f.ws()).find(PinKind::Concern, id);
    CHECK_FALSE(undone.pixel.has_value());
    CHECK_FALSE(undone.geo.has_value());
    CHECK(undone.revision == 3);
    CHECK_FALSE(page->mapScene()->pinFor(PinKind::Concern, id));
    CHECK(rowOfId(page->unplacedList(), PinKind::Concern, id) >= 0);

    f.window.session()->redo();
    CHECK(MapPinQueries(f.ws()).find(PinKind::Concern, id)->pixel.has_value());
}

TEST_CASE("ui: a concern with only coordinates is drawn through the georeference", "[ui][map]")
{
    MapFixture f;
    const qint64 id = f.addConcern(QStringLiteral("Noise at the church"), sara::GeoPoint{demo::Church.lat,
                                                                                         demo::Church.lon});
    MapPinItem* pin = f.page()->mapScene()->pinFor(PinKind::Concern, id);
    REQUIRE(pin);
    CHECK(pin->pos().x() == Approx(840).margin(1e-6));
    CHECK(pin->pos().y() == Approx(572).margin(1e-6));
}

TEST_CASE("ui: clicking a case pin opens the case", "[ui][map]")
{
    MapFixture f;
    const MapPin bikes = [&] {
        for (const MapPin& pin : f.page()->content().cases) {
            if (pin.label == QStringLiteral("Bicycle theft at the station racks"))
                return pin;
        }
        return MapPin{};
    }();
    REQUIRE(bikes.id > 0);
    MapPinItem* pin = f.page()->mapScene()->pinFor(PinKind::Case, bikes.id);
    REQUIRE(pin);
    // The head of the drop is 18 screen pixels above its tip.
    const QPoint head = f.page()->view()->mapFromScene(pin->pos()) - QPoint(0, 18);
    QTest::mouseClick(f.page()->view()->viewport(), Qt::LeftButton, {}, head);
    CHECK(f.window.tabs()->currentWidget() == f.window.casesPage());
    CHECK(f.window.casesPage()->shownCaseId() == bikes.id);
}

TEST_CASE("ui: the hotspot layer draws incidents with a legend of class breaks", "[ui][map]")
{
    MapFixture f;
    f.addIncidents(1500);
    MapPage* page = f.page();
    REQUIRE(page->mapScene()->incidentItem());
    CHECK(page->mapScene()->incidentItem()->count() == 1500);
    CHECK_FALSE(page->mapScene()->hotspotItem());

    MapLayers layers = page->layers();
    layers.hotspots = true;
    page->setLayers(layers);
    REQUIRE(page->mapScene()->hotspotItem());
    const HotspotRaster& raster = page->mapScene()->hotspotItem()->raster();
    CHECK(raster.points == 1500);
    REQUIRE(raster.breaks.size() == 5);
    CHECK(std::is_sorted(raster.breaks.begin(), raster.breaks.end()));
    CHECK(raster.title == QStringLiteral("Incidents and concerns per km² (kernel 120 m)"));
    const QStringList labels = page->legend()->classLabels();
    REQUIRE(labels.size() == 5);
    CHECK(labels.first().startsWith(QStringLiteral("up to ")));
    CHECK(page->legend()->entries().contains(raster.title));
    CHECK(page->legend()->entries().contains(QStringLiteral("Incident")));

    HotspotOptions grid = page->hotspotOptions();
    grid.method = HotspotOptions::Method::GridCounts;
    grid.cellMetres = 100;
    grid.fromConcerns = false;
    grid.filter.categories = {QStringLiteral("Vol de vélo")};
    page->setHotspotOptions(grid);
    const HotspotRaster& counts = page->mapScene()->hotspotItem()->raster();
    CHECK(counts.title.startsWith(QStringLiteral("Incidents per cell of 10")));
    CHECK(counts.points == page->mapScene()->incidentItem()->count());
    CHECK(counts.points > 0);
    CHECK(counts.points < 1500);
    for (double b : counts.breaks)
        CHECK(b == std::round(b));
}

TEST_CASE("ui: the georeference dialog shows residuals and warnings and saves undoably", "[ui][map]")
{
    MapFixture f;
    GeoreferenceDialog* dialog = f.page()->openGeoreferenceDialog();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isModal());
    REQUIRE(dialog->table()->rowCount() == 4);
    CHECK(dialog->table()->item(0, GeoreferenceDialog::Residual)->text() == QStringLiteral("0.00"));
    CHECK(dialog->summaryText().startsWith(QStringLiteral("Affine fit on 4 points, RMS 0.00 m")));
    CHECK(dialog->warnings().isEmpty());

    // A typing mistake of 0.001° in a latitude shows as a residual of tens of metres.
    dialog->table()->item(2, GeoreferenceDialog::Latitude)->setText(QStringLiteral("50.6670000"));
    REQUIRE_FALSE(dialog->warnings().isEmpty());
    CHECK(dialog->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("m off the fit")));
    dialog->table()->item(2, GeoreferenceDialog::Latitude)->setText(QStringLiteral("50.6660000"));
    CHECK(dialog->warnings().isEmpty());

    const QList<MapControlPoint> all = dialog->points();
    dialog->setPoints({all[0], all[1]});
    CHECK(dialog->summaryText().startsWith(QStringLiteral("Similarity fit on 2 points")));
    CHECK(dialog->warnings() == QStringList{QStringLiteral(
                                    "Two points fit exactly and cannot reveal a mistake: add a third point far from "
                                    "both.")});
    MapControlPoint onLine = all[0];
    onLine.x = (all[0].x + all[1].x) / 2;
    onLine.y = (all[0].y + all[1].y) / 2;
    onLine.lat = (all[0].lat + all[1].lat) / 2;
    onLine.lon = (all[0].lon + all[1].lon) / 2;
    onLine.id = 0;
    dialog->addPoint(onLine);
    CHECK(dialog->summaryText().startsWith(QStringLiteral("No fit: ")));
    CHECK(dialog->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("degenerate")));
    dialog->setPoints({all[0], all[1]});
    CHECK(dialog->summaryText().startsWith(QStringLiteral("Similarity")));

    // Pick the third point's pixel by clicking on the map.
    const int row = dialog->addPoint({0, 0, 0, demo::Park.lat, demo::Park.lon, QStringLiteral("Park")});
    dialog->table()->setCurrentCell(row, GeoreferenceDialog::Label);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("pickOnMap")), Qt::LeftButton);
    MapView* view = f.page()->view();
    REQUIRE(view->isPicking());
    const QPoint click = view->mapFromScene(QPointF(980, 990));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    const QPointF picked = view->mapToScene(click);
    REQUIRE(dialog->points().size() == 3);
    CHECK(dialog->points()[2].x == Approx(picked.x()).margin(0.01));
    CHECK(dialog->points()[2].y == Approx(picked.y()).margin(0.01));

    const int revision = f.page()->content().map->revision;
    dialog->accept();
    auto stored = MapRepository(f.ws()).current();
    REQUIRE(stored->has_value());
    CHECK((*stored)->controlPoints.size() == 3);
    CHECK((*stored)->revision == revision + 1);
    CHECK(f.window.session()->undoStack()->undoText() == QStringLiteral("Georeference the map"));
    CHECK(f.page()->content().map->controlPoints.size() == 3);
    f.window.session()->undo();
    CHECK(MapRepository(f.ws()).current()->value().controlPoints.size() == 4);
    CHECK(f.page()->content().map->controlPoints.size() == 4);
}

TEST_CASE("ui: a plan loaded from a file is shown, not georeferenced, and undo removes it", "[ui][map]")
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const QString path = dir.filePath(QStringLiteral("empty.proxima"));
    {
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        QSqlQuery q(created.value()->database());
        REQUIRE(created.value()
                    ->write([&]() -> Status {
                        return sql::exec(q, QStringLiteral("INSERT INTO incidents (fingerprint, occurred_on, category, "
                                                           "lat, lon) VALUES ('f1', '2026-01-02', 'Vol', 50.67, 4.61)"));
                    })
                    .ok());
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    MapPage* page = window.mapPage();
    CHECK(page->noticeText().startsWith(QStringLiteral("No map yet")));
    QImage plan(320, 200, QImage::Format_RGB32);
    plan.fill(QColor(0xdd, 0xee, 0xcc));
    const QString png = dir.filePath(QStringLiteral("plan.png"));
    REQUIRE(plan.save(png));
    REQUIRE(page->loadMapFile(png));
    REQUIRE(page->mapScene()->imageItem());
    CHECK(page->mapScene()->imageItem()->isValid());
    CHECK(page->mapScene()->planRect() == QRectF(0, 0, 320, 200));
    CHECK(page->noticeText() == QStringLiteral("The map is not georeferenced: 1 record(s) with only coordinates (e.g. "
                                               "incidents) cannot be drawn. Use Georeference... to fix it."));
    CHECK(page->mapScene()->incidentItem()->count() == 0);
    window.session()->undo();
    CHECK_FALSE(page->content().map.has_value());
    CHECK_FALSE(page->loadMapFile(dir.filePath(QStringLiteral("missing.png"))));
}

TEST_CASE("ui: MapRenderer draws the map for documents", "[ui][map]")
{
    MapFixture f;
    f.addIncidents(800);
    MapLayers layers;
    layers.hotspots = true;
    auto image = MapRenderer::render(f.ws(), QSize(900, 700), layers);
    REQUIRE(image.ok());
    CHECK(image->size() == QSize(900, 700));
    // The plan's background colour fills the middle; the margins and the legend's room stay white.
    // (The legend takes a strip on the right, so the plan fits the left part and leaves margins above and below.)
    CHECK(image->pixelColor(2, 2) == QColor(Qt::white));
    CHECK(image->pixelColor(897, 690) == QColor(Qt::white));
    CHECK(image->pixelColor(340, 350) != QColor(Qt::white));
    auto png = MapRenderer::renderPng(f.ws(), QSize(300, 200), MapLayers{});
    REQUIRE(png.ok());
    CHECK(png->startsWith("\x89PNG"));
    CHECK(MapRenderer::render(f.ws(), QSize(0, 10), layers).error().field == QStringLiteral("size"));
}

TEST_CASE("ui: grab the Map page and a rendered map to look at", "[.manual]")
{
    MapFixture f;
    f.addIncidents(2500);
    f.addConcern(QStringLiteral("Unplaced concern for the list"));
    MapLayers layers = f.page()->layers();
    layers.hotspots = true;
    f.page()->setLayers(layers);
    QTest::qWait(250);
    f.page()->grab().save(QStringLiteral("/tmp/map_page.png"));
    f.page()->view()->zoomBy(4);
    f.page()->view()->centerOn(QPointF(420, 300));
    QTest::qWait(50);
    f.page()->grab().save(QStringLiteral("/tmp/map_page_zoom.png"));
    MapRenderer::render(f.ws(), QSize(1200, 900), layers)->save(QStringLiteral("/tmp/map_render.png"));
    GeoreferenceDialog* dialog = f.page()->openGeoreferenceDialog();
    dialog->table()->item(2, GeoreferenceDialog::Latitude)->setText(QStringLiteral("50.6670000"));
    QTest::qWait(100);
    dialog->grab().save(QStringLiteral("/tmp/map_dialog.png"));
    MapRenderer::render(f.ws(), QSize(1000, 943), MapLayers{false, false, false, false})
        ->save(QStringLiteral("/tmp/map_plain.png"));
}
