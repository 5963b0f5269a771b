#include "core/model/CaseMeasure.h"

#include <QCoreApplication>

namespace proxima {

QString measureSourceKey(MeasureSource source)
{
    return source == MeasureSource::Incidents ? QStringLiteral("incidents") : QStringLiteral("manual");
}

std::optional<MeasureSource> measureSourceFromKey(const QString& key)
{
    if (key == QStringLiteral("manual"))
        return MeasureSource::Manual;
    if (key == QStringLiteral("incidents"))
        return MeasureSource::Incidents;
    return std::nullopt;
}

QString measureSourceLabel(MeasureSource source)
{
    return source == MeasureSource::Incidents
               ? QCoreApplication::translate("CaseMeasure", "Counted from incidents")
               : QCoreApplication::translate("CaseMeasure", "Entered by hand");
}

sara::Measure CaseMeasure::toSara() const
{
    sara::Measure m;
    m.what = what;
    m.higherIsBetter = higherIsBetter;
    m.baseline = {baselineFrom, baselineTo, baselineValue.value_or(0)};
    m.target = targetValue;
    for (const MeasureFollowUp& f : followUps)
        m.followUps.append({f.from, f.to, f.value});
    m.comparisonBaseline = comparisonBaseline;
    if (!followUps.isEmpty())
        m.comparisonFollowUp = followUps.last().comparisonValue;
    return m;
}

std::optional<sara::AreaCounts> CaseMeasure::responseCounts() const
{
    if (!baselineValue || followUps.isEmpty())
        return std::nullopt;
    return sara::AreaCounts{*baselineValue, followUps.last().value};
}

std::optional<sara::AreaCounts> CaseMeasure::comparisonCounts() const
{
    if (!comparisonBaseline || followUps.isEmpty() || !followUps.last().comparisonValue)
        return std::nullopt;
    return sara::AreaCounts{*comparisonBaseline, *followUps.last().comparisonValue};
}

std::optional<sara::AreaCounts> CaseMeasure::displacementCounts() const
{
    if (!displacementBefore || followUps.isEmpty() || !followUps.last().displacementValue)
        return std::nullopt;
    return sara::AreaCounts{*displacementBefore, *followUps.last().displacementValue};
}

} // namespace proxima
