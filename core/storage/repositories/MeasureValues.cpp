#include "core/storage/repositories/MeasureValues.h"

#include "core/storage/repositories/IncidentCountQueries.h"

namespace proxima {

Result<CaseMeasure> MeasureValues::resolve(const Workspace& ws, const CaseMeasure& measure)
{
    if (measure.source != MeasureSource::Incidents)
        return measure;
    const IncidentCountQueries counts(ws);
    const QStringList& categories = measure.incidentCategories;
    CaseMeasure m = measure;
    // Each count is one small indexed query; a measure has a handful of periods.
    auto countIn = [&](qint64 area, const QDate& from, const QDate& to) -> Result<double> {
        Result<int> n = counts.count(area, categories, from, to);
        if (!n)
            return n.error();
        return double(n.value());
    };
    Result<double> base = countIn(m.areaId, m.baselineFrom, m.baselineTo);
    if (!base)
        return base.error();
    m.baselineValue = base.value();
    if (m.comparisonAreaId > 0) {
        Result<double> v = countIn(m.comparisonAreaId, m.baselineFrom, m.baselineTo);
        if (!v)
            return v.error();
        m.comparisonBaseline = v.value();
    }
    if (m.displacementAreaId > 0) {
        Result<double> v = countIn(m.displacementAreaId, m.baselineFrom, m.baselineTo);
        if (!v)
            return v.error();
        m.displacementBefore = v.value();
    }
    for (MeasureFollowUp& f : m.followUps) {
        Result<double> v = countIn(m.areaId, f.from, f.to);
        if (!v)
            return v.error();
        f.value = v.value();
        if (m.comparisonAreaId > 0) {
            Result<double> c = countIn(m.comparisonAreaId, f.from, f.to);
            if (!c)
                return c.error();
            f.comparisonValue = c.value();
        }
        if (m.displacementAreaId > 0) {
            Result<double> d = countIn(m.displacementAreaId, f.from, f.to);
            if (!d)
                return d.error();
            f.displacementValue = d.value();
        }
    }
    return m;
}

} // namespace proxima
