#include <catch2/catch.hpp>

#include "core/sara/Georeference.h"

#include <cmath>

using namespace proxima::sara;

namespace {

// A made-up map of 2000x1500 pixels, 0.5 m per pixel, rotated 10 degrees, around Brussels.
GeoPoint truth(PlanePoint pixel, const LocalProjection& projection)
{
    const double angle = 10.0 * M_PI / 180.0;
    const double x = pixel.x * 0.5;
    const double y = -pixel.y * 0.5;
    return projection.toGeo({std::cos(angle) * x - std::sin(angle) * y + 100, std::sin(angle) * x + std::cos(angle) * y - 50});
}

} // namespace

TEST_CASE("local projection round trip and scale", "[georeference]")
{
    const LocalProjection projection(50.85, 4.35);
    const PlanePoint p = projection.toPlane({50.86, 4.36});
    CHECK(p.y == Approx(1111.95).epsilon(1e-4));
    CHECK(p.x == Approx(1111.95 * std::cos(50.85 * M_PI / 180)).epsilon(1e-4));
    const GeoPoint back = projection.toGeo(p);
    CHECK(back.lat == Approx(50.86).margin(1e-12));
    CHECK(back.lon == Approx(4.36).margin(1e-12));
}

TEST_CASE("two control points give an exact similarity and round trip", "[georeference]")
{
    const LocalProjection projection(50.85, 4.35);
    const QList<ControlPoint> points = {{{100, 200}, truth({100, 200}, projection)},
                                        {{1800, 1300}, truth({1800, 1300}, projection)}};
    auto fitted = Georeference::fit(points);
    REQUIRE(fitted.ok());
    CHECK(fitted->kind() == GeoreferenceKind::Similarity);
    CHECK(fitted->metresPerPixel() == Approx(0.5).epsilon(1e-3));   // projections centred differently
    REQUIRE(fitted->residualsMetres().size() == 2);
    CHECK(fitted->residualsMetres()[0] < 1e-6);
    CHECK(fitted->rmsMetres() < 1e-6);
    for (const PlanePoint pixel : {PlanePoint{0, 0}, PlanePoint{1999, 1499}, PlanePoint{733.25, 12.5}}) {
        const GeoPoint geo = fitted->toGeo(pixel);
        const GeoPoint expected = truth(pixel, projection);
        CHECK(geo.lat == Approx(expected.lat).margin(1e-8));
        CHECK(geo.lon == Approx(expected.lon).margin(1e-8));
        const PlanePoint back = fitted->toPixel(geo);
        CHECK(std::abs(back.x - pixel.x) < 1e-6);
        CHECK(std::abs(back.y - pixel.y) < 1e-6);
    }
}

TEST_CASE("three or more points: least-squares affine with residuals", "[georeference]")
{
    const LocalProjection projection(50.85, 4.35);
    QList<ControlPoint> points;
    for (const PlanePoint pixel : {PlanePoint{0, 0}, PlanePoint{2000, 0}, PlanePoint{0, 1500}, PlanePoint{2000, 1500}})
        points << ControlPoint{pixel, truth(pixel, projection)};
    auto exact = Georeference::fit(points);
    REQUIRE(exact.ok());
    CHECK(exact->kind() == GeoreferenceKind::Affine);
    CHECK(exact->rmsMetres() < 1e-6);
    const PlanePoint pixel{1234.5, 678.9};
    const PlanePoint back = exact->toPixel(exact->toGeo(pixel));
    CHECK(std::abs(back.x - pixel.x) < 1e-6);
    CHECK(std::abs(back.y - pixel.y) < 1e-6);

    // Move one ground point 4 m north: least squares spreads it as 1 m on every corner.
    points[3].geo = projection.toGeo({projection.toPlane(points[3].geo).x, projection.toPlane(points[3].geo).y + 4});
    auto noisy = Georeference::fit(points);
    REQUIRE(noisy.ok());
    REQUIRE(noisy->residualsMetres().size() == 4);
    for (double r : noisy->residualsMetres())
        CHECK(r == Approx(1.0).epsilon(1e-3));
    CHECK(noisy->rmsMetres() == Approx(1.0).epsilon(1e-3));
}

TEST_CASE("degenerate control points are errors", "[georeference]")
{
    const GeoPoint a{50.85, 4.35};
    const GeoPoint b{50.86, 4.36};
    CHECK(Georeference::fit({}).error().message == QStringLiteral("at least 2 control points are needed"));
    CHECK(Georeference::fit({{{1, 1}, a}}).error().message == QStringLiteral("at least 2 control points are needed"));
    CHECK(Georeference::fit({{{1, 1}, a}, {{1, 1}, b}}).error().message
          == QStringLiteral("control points 1 and 2 are at the same pixel"));
    CHECK(Georeference::fit({{{1, 1}, a}, {{5, 1}, a}}).error().message
          == QStringLiteral("control points 1 and 2 are at the same place"));
    CHECK(Georeference::fit({{{0, 0}, a}, {{10, 10}, b}, {{20, 20}, GeoPoint{50.87, 4.30}}}).error().message
          == QStringLiteral("the control points lie on one line on the image: add a point away from that line"));
    CHECK(Georeference::fit({{{0, 0}, a}, {{10, 0}, b}, {{0, 10}, GeoPoint{50.87, 4.37}}}).error().message
          == QStringLiteral("the control points lie on one line on the ground: add a point away from that line"));
}
