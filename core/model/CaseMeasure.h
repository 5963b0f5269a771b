#pragma once

#include "core/sara/Assessment.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

/// Where the values of a measure come from.
enum class MeasureSource { Manual, Incidents };

/// Stable storage key ("manual", "incidents").
QString measureSourceKey(MeasureSource source);
std::optional<MeasureSource> measureSourceFromKey(const QString& key);
/// Translated label.
QString measureSourceLabel(MeasureSource source);

/// One follow-up period of a measure, with the same count in the comparison and displacement areas.
struct MeasureFollowUp
{
    QDate from;
    QDate to;
    double value = 0;
    std::optional<double> comparisonValue;     ///< comparison (control) area, same period
    std::optional<double> displacementValue;   ///< nearby (buffer) area, same period
    bool operator==(const MeasureFollowUp&) const = default;
};

/// What a case counts to assess its response: a baseline before, follow-ups after, a target, and the same
/// count in a comparison area and in a nearby area (for the displacement check).
struct CaseMeasure
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString what;
    MeasureSource source = MeasureSource::Manual;
    QStringList incidentCategories;            ///< for source Incidents; empty = every category
    qint64 areaId = 0;                         ///< for source Incidents; 0 = the whole neighbourhood
    QString areaName;                          ///< read-only
    bool higherIsBetter = false;
    QDate baselineFrom;
    QDate baselineTo;
    std::optional<double> baselineValue;
    std::optional<double> targetValue;
    qint64 comparisonAreaId = 0;
    QString comparisonAreaName;                ///< read-only
    std::optional<double> comparisonBaseline;
    qint64 displacementAreaId = 0;
    QString displacementAreaName;              ///< read-only
    std::optional<double> displacementBefore;
    QList<MeasureFollowUp> followUps;          ///< chronological
    QDateTime updatedAt;
    int revision = 0;

    /// The measure for the assessment arithmetic (a missing baseline counts as 0; the latest follow-up's
    /// comparison value is the comparison follow-up).
    sara::Measure toSara() const;
    /// Counts of the response area (baseline, latest follow-up); empty without a baseline or a follow-up.
    std::optional<sara::AreaCounts> responseCounts() const;
    /// Counts of the comparison area; empty when either value is missing.
    std::optional<sara::AreaCounts> comparisonCounts() const;
    /// Counts of the displacement area; empty when either value is missing.
    std::optional<sara::AreaCounts> displacementCounts() const;
};

} // namespace proxima
