#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace proxima::sara {

/// A computed number, or why it cannot be computed (division by zero, missing data). Never NaN.
struct Figure
{
    std::optional<double> value;
    QString reason;     ///< translated, set when value is empty
    bool has() const { return value.has_value(); }
};

/// A value counted over a period.
struct PeriodValue
{
    QDate from;
    QDate to;
    double value = 0;
};

/// What is counted to assess a response, before and after.
struct Measure
{
    QString what;                               ///< "burglaries reported", "calls about noise", ...
    bool higherIsBetter = false;                ///< true for e.g. "residents feeling safe"
    PeriodValue baseline;
    std::optional<double> target;               ///< value to reach in the follow-up
    QList<PeriodValue> followUps;               ///< in chronological order; the last one is assessed
    std::optional<double> comparisonBaseline;   ///< same count in a comparable area without the response
    std::optional<double> comparisonFollowUp;
};

/// Arithmetic of a measure, on its latest follow-up.
struct MeasureResult
{
    Figure followUp;             ///< latest follow-up value
    Figure absoluteChange;       ///< followUp - baseline
    Figure percentChange;        ///< 100 * (followUp - baseline) / baseline
    std::optional<bool> targetMet;   ///< empty without target or follow-up; direction from higherIsBetter
    std::optional<bool> improved;    ///< empty without follow-up; false when unchanged
    /// (followUp / baseline) / (comparisonFollowUp / comparisonBaseline): below 1 means the response area did
    /// relatively better when lower is better.
    Figure relativeToComparison;
};

/// Computes the changes of a measure. Every undefined division gives an empty Figure with a reason.
MeasureResult evaluateMeasure(const Measure& measure);

/// Counts in one area before and after the response.
struct AreaCounts
{
    double before = 0;
    double after = 0;
};

/// Verdict of the displacement check.
enum class DisplacementVerdict {
    NotAssessable,   ///< control empty, or the response area did not improve relative to control
    Displacement,    ///< WDQ < 0: incidents moved to the buffer
    NoEffect,        ///< WDQ = 0
    Diffusion,       ///< WDQ > 0: the buffer improved too (diffusion of benefits)
};

/// Weighted Displacement Quotient (Bowers & Johnson 2003).
struct DisplacementResult
{
    Figure successMeasure;   ///< A1/C1 - A0/C0: negative when the response area improved relative to control
    Figure bufferMeasure;    ///< B1/C1 - B0/C0
    Figure wdq;              ///< bufferMeasure / successMeasure, only when successMeasure < 0
    DisplacementVerdict verdict = DisplacementVerdict::NotAssessable;
    QString interpretation;  ///< plain-language, translated
};

/// WDQ from the response area A, the surrounding buffer B and a control area C (0 = before, 1 = after):
/// WDQ = (B1/C1 - B0/C0) / (A1/C1 - A0/C0). Below -1 more displaced than prevented; between -1 and 0 some
/// displacement with a net gain; above 0 diffusion of benefits; above 1 the buffer gained more than A.
DisplacementResult weightedDisplacement(const AreaCounts& response, const AreaCounts& buffer,
                                        const AreaCounts& control);

} // namespace proxima::sara
