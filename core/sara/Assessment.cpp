#include "core/sara/Assessment.h"

#include <QCoreApplication>

namespace proxima::sara {

namespace {


Figure missing(const QString& reason)
{
    return Figure{std::nullopt, reason};
}

Figure known(double value)
{
    return Figure{value, {}};
}

QString twoDecimals(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

MeasureResult evaluateMeasure(const Measure& m)
{
    MeasureResult r;
    if (m.followUps.isEmpty()) {
        const QString reason = QCoreApplication::translate("Assessment", "no follow-up value yet");
        r.followUp = r.absoluteChange = r.percentChange = r.relativeToComparison = missing(reason);
        return r;
    }
    const double base = m.baseline.value;
    const double follow = m.followUps.last().value;
    r.followUp = known(follow);
    r.absoluteChange = known(follow - base);
    r.percentChange = base == 0 ? missing(QCoreApplication::translate("Assessment", "the baseline is 0, so a percentage change is not defined"))
                                : known(100.0 * (follow - base) / base);
    if (m.target)
        r.targetMet = m.higherIsBetter ? follow >= *m.target : follow <= *m.target;
    r.improved = m.higherIsBetter ? follow > base : follow < base;

    if (!m.comparisonBaseline || !m.comparisonFollowUp)
        r.relativeToComparison = missing(QCoreApplication::translate("Assessment", "no comparison area values"));
    else if (base == 0)
        r.relativeToComparison = missing(QCoreApplication::translate("Assessment", "the baseline is 0, so the ratio is not defined"));
    else if (*m.comparisonBaseline == 0)
        r.relativeToComparison = missing(QCoreApplication::translate("Assessment", "the comparison area's baseline is 0, so the ratio is not defined"));
    else if (*m.comparisonFollowUp == 0)
        r.relativeToComparison = missing(QCoreApplication::translate("Assessment", "the comparison area's follow-up is 0, so the ratio is not defined"));
    else
        r.relativeToComparison = known((follow / base) / (*m.comparisonFollowUp / *m.comparisonBaseline));
    return r;
}

DisplacementResult weightedDisplacement(const AreaCounts& a, const AreaCounts& b, const AreaCounts& c)
{
    DisplacementResult r;
    if (c.before == 0 || c.after == 0) {
        const QString reason = c.before == 0 ? QCoreApplication::translate("Assessment", "the control area has no incidents before the response")
                                             : QCoreApplication::translate("Assessment", "the control area has no incidents after the response");
        r.successMeasure = r.bufferMeasure = r.wdq = missing(reason);
        r.interpretation = QCoreApplication::translate("Assessment", "Displacement cannot be assessed: %1.").arg(reason);
        return r;
    }
    const double success = a.after / c.after - a.before / c.before;
    const double bufferChange = b.after / c.after - b.before / c.before;
    r.successMeasure = known(success);
    r.bufferMeasure = known(bufferChange);
    if (!(success < 0)) {
        // Without a relative improvement in A there is no effect that could have been displaced.
        r.wdq = missing(QCoreApplication::translate("Assessment", "the response area did not improve relative to the control area"));
        r.interpretation = QCoreApplication::translate("Assessment", "Displacement cannot be assessed: the response area did not improve relative to "
                              "the control area.");
        return r;
    }
    const double wdq = bufferChange / success;
    r.wdq = known(wdq);
    if (wdq > 1) {
        r.verdict = DisplacementVerdict::Diffusion;
        r.interpretation = QCoreApplication::translate("Assessment", "Diffusion of benefits: the surrounding area improved even more than the response "
                              "area (WDQ %1).").arg(twoDecimals(wdq));
    } else if (wdq > 0) {
        r.verdict = DisplacementVerdict::Diffusion;
        r.interpretation = QCoreApplication::translate("Assessment", "Diffusion of benefits: the surrounding area improved too (WDQ %1).")
                               .arg(twoDecimals(wdq));
    } else if (wdq == 0) {
        r.verdict = DisplacementVerdict::NoEffect;
        r.interpretation = QCoreApplication::translate("Assessment", "No displacement and no diffusion: the surrounding area did not change relative to "
                              "the control area (WDQ 0.00).");
    } else if (wdq < -1) {
        r.verdict = DisplacementVerdict::Displacement;
        r.interpretation = QCoreApplication::translate("Assessment", "Displacement: more incidents moved to the surrounding area than the response "
                              "prevented, a net loss (WDQ %1).").arg(twoDecimals(wdq));
    } else {
        r.verdict = DisplacementVerdict::Displacement;
        r.interpretation = QCoreApplication::translate("Assessment", "Displacement: some incidents moved to the surrounding area, fewer than the response "
                              "prevented, a net gain (WDQ %1).").arg(twoDecimals(wdq));
    }
    return r;
}

} // namespace proxima::sara
