#include "core/sara/Georeference.h"

#include <QCoreApplication>

#include <cmath>

namespace proxima::sara {

namespace {


constexpr double samePixel = 1e-9;        // pixels
constexpr double samePlace = 1e-3;        // metres
constexpr double flatness = 1e-10;        // relative determinant below which points count as collinear

} // namespace

Result<Georeference> Georeference::fit(const QList<ControlPoint>& points)
{
    if (points.size() < 2)
        return Error{QCoreApplication::translate("Georeference", "at least 2 control points are needed"), {}, 0, {}};
    QList<GeoPoint> geos;
    for (const ControlPoint& p : points)
        geos << p.geo;
    Georeference g;
    g.m_projection = LocalProjection::around(geos);
    QList<PlanePoint> ground;
    for (const GeoPoint& geo : geos)
        ground << g.m_projection.toPlane(geo);

    for (qsizetype i = 0; i < points.size(); ++i) {
        for (qsizetype j = i + 1; j < points.size(); ++j) {
            const double dp = std::hypot(points[i].pixel.x - points[j].pixel.x, points[i].pixel.y - points[j].pixel.y);
            if (dp < samePixel)
                return Error{QCoreApplication::translate("Georeference", "control points %1 and %2 are at the same pixel").arg(i + 1).arg(j + 1), {}, 0, {}};
            const double dg = std::hypot(ground[i].x - ground[j].x, ground[i].y - ground[j].y);
            if (dg < samePlace)
                return Error{QCoreApplication::translate("Georeference", "control points %1 and %2 are at the same place").arg(i + 1).arg(j + 1), {}, 0, {}};
        }
    }

    if (points.size() == 2) {
        // Complex form w = alpha*z + beta with z = px - i*py (image y points down) and w = east + i*north.
        g.m_kind = GeoreferenceKind::Similarity;
        const double zx = points[1].pixel.x - points[0].pixel.x;
        const double zy = -(points[1].pixel.y - points[0].pixel.y);
        const double wx = ground[1].x - ground[0].x;
        const double wy = ground[1].y - ground[0].y;
        const double norm = zx * zx + zy * zy;
        const double p = (wx * zx + wy * zy) / norm;
        const double q = (wy * zx - wx * zy) / norm;
        g.m_a = p;
        g.m_b = q;
        g.m_d = q;
        g.m_e = -p;
        g.m_c = ground[0].x - (g.m_a * points[0].pixel.x + g.m_b * points[0].pixel.y);
        g.m_f = ground[0].y - (g.m_d * points[0].pixel.x + g.m_e * points[0].pixel.y);
    } else {
        g.m_kind = GeoreferenceKind::Affine;
        const double n = double(points.size());
        double mx = 0, my = 0, me = 0, mn = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            mx += points[i].pixel.x;
            my += points[i].pixel.y;
            me += ground[i].x;
            mn += ground[i].y;
        }
        mx /= n;
        my /= n;
        me /= n;
        mn /= n;
        double sxx = 0, sxy = 0, syy = 0, sxe = 0, sye = 0, sxn = 0, syn = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double x = points[i].pixel.x - mx;
            const double y = points[i].pixel.y - my;
            const double e = ground[i].x - me;
            const double nn = ground[i].y - mn;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            sxe += x * e;
            sye += y * e;
            sxn += x * nn;
            syn += y * nn;
        }
        const double det = sxx * syy - sxy * sxy;
        if (det <= flatness * (sxx + syy) * (sxx + syy))
            return Error{QCoreApplication::translate("Georeference", "the control points lie on one line on the image: add a point away from that line"),
                         {}, 0, {}};
        g.m_a = (sxe * syy - sye * sxy) / det;
        g.m_b = (sye * sxx - sxe * sxy) / det;
        g.m_d = (sxn * syy - syn * sxy) / det;
        g.m_e = (syn * sxx - sxn * sxy) / det;
        const double scale = std::abs(g.m_a) + std::abs(g.m_b) + std::abs(g.m_d) + std::abs(g.m_e);
        if (std::abs(g.m_a * g.m_e - g.m_b * g.m_d) <= flatness * scale * scale)
            return Error{QCoreApplication::translate("Georeference", "the control points lie on one line on the ground: add a point away from that line"),
                         {}, 0, {}};
        g.m_c = me - g.m_a * mx - g.m_b * my;
        g.m_f = mn - g.m_d * mx - g.m_e * my;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const PlanePoint mapped = g.pixelToPlane(points[i].pixel);
        g.m_residuals << std::hypot(mapped.x - ground[i].x, mapped.y - ground[i].y);
    }
    return g;
}

PlanePoint Georeference::pixelToPlane(PlanePoint pixel) const
{
    return {m_a * pixel.x + m_b * pixel.y + m_c, m_d * pixel.x + m_e * pixel.y + m_f};
}

GeoPoint Georeference::toGeo(PlanePoint pixel) const
{
    return m_projection.toGeo(pixelToPlane(pixel));
}

PlanePoint Georeference::toPixel(GeoPoint geo) const
{
    const PlanePoint plane = m_projection.toPlane(geo);
    const double det = m_a * m_e - m_b * m_d;
    const double e = plane.x - m_c;
    const double n = plane.y - m_f;
    return {(m_e * e - m_b * n) / det, (m_a * n - m_d * e) / det};
}

double Georeference::rmsMetres() const
{
    if (m_residuals.isEmpty())
        return 0;
    double sum = 0;
    for (double r : m_residuals)
        sum += r * r;
    return std::sqrt(sum / double(m_residuals.size()));
}

double Georeference::metresPerPixel() const
{
    return std::sqrt(std::abs(m_a * m_e - m_b * m_d));
}

} // namespace proxima::sara
