#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace proxima {

/// How a concern reached the committee (keys as stored in concerns.source).
enum class ConcernSource {
    Survey, FocusGroup, CopmitteeMeeting, StreetBriefing, GuidedWalk, Patrol, OnlineForm, IncidentData, Other
};

/// How often the person says it happens ("" = not said).
enum class ConcernFrequency { Unknown, Once, Occasionally, Monthly, Weekly, Daily };

/// Stable key of a source ("copmittee_meeting", ...).
QString concernSourceKey(ConcernSource source);
/// The source for a key (also accepts '-' for '_' and any case); empty when unknown.
std::optional<ConcernSource> concernSourceFromKey(const QString& key);
/// Translated label of a source.
QString concernSourceLabel(ConcernSource source);
/// Every source, in display order.
QList<ConcernSource> allConcernSources();
/// The keys of every source, for help texts.
QStringList concernSourceKeys();

/// Stable key of a frequency ("" for Unknown, "weekly", ...).
QString concernFrequencyKey(ConcernFrequency frequency);
/// The frequency for a key; empty when unknown.
std::optional<ConcernFrequency> concernFrequencyFromKey(const QString& key);
/// Translated label of a frequency.
QString concernFrequencyLabel(ConcernFrequency frequency);
/// Every frequency, Unknown first.
QList<ConcernFrequency> allConcernFrequencies();

/// Something a resident, partner or officer raised: the raw material of the Scan stage.
struct Concern
{
    qint64 id = 0;
    qint64 caseId = 0;                 ///< the problem case it is grouped into, 0 = none yet
    QString caseTitle;                 ///< read-only, filled by the repository
    QString text;
    ConcernSource source = ConcernSource::CopmitteeMeeting;
    QDate raisedOn;
    QString place;                     ///< where, as said
    QString category;
    int severity = 0;                  ///< 1-5 as rated by the person, 0 = not rated
    ConcernFrequency frequency = ConcernFrequency::Unknown;
    QString raisedBy;                  ///< optional; "anonymous" allowed
    qint64 areaId = 0;                 ///< 0 = no area
    QString areaName;                  ///< read-only, filled by the repository
    std::optional<double> mapX;        ///< pin on the neighbourhood plan (pixels), set together with mapY
    std::optional<double> mapY;
    std::optional<double> lat;         ///< WGS84, set together with lon
    std::optional<double> lon;
    QDateTime updatedAt;               ///< UTC, set by the repository
    int revision = 0;

    /// True when the editable fields are equal (ignores id, revision and derived fields).
    bool sameContent(const Concern& other) const;
};

} // namespace proxima
