#include "core/model/Concern.h"

#include <QCoreApplication>

namespace proxima {
namespace {

struct SourceInfo
{
    ConcernSource source;
    const char* key;
    const char* label;
};

const SourceInfo Sources[] = {
    {ConcernSource::Survey, "survey", QT_TRANSLATE_NOOP("Concern", "Survey")},
    {ConcernSource::FocusGroup, "focus_group", QT_TRANSLATE_NOOP("Concern", "Focus group")},
    {ConcernSource::CopmitteeMeeting, "copmittee_meeting", QT_TRANSLATE_NOOP("Concern", "CoPmittee meeting")},
    {ConcernSource::StreetBriefing, "street_briefing", QT_TRANSLATE_NOOP("Concern", "Street briefing")},
    {ConcernSource::GuidedWalk, "guided_walk", QT_TRANSLATE_NOOP("Concern", "Guided or environmental walk")},
    {ConcernSource::Patrol, "patrol", QT_TRANSLATE_NOOP("Concern", "Patrol")},
    {ConcernSource::OnlineForm, "online_form", QT_TRANSLATE_NOOP("Concern", "Online form")},
    {ConcernSource::IncidentData, "incident_data", QT_TRANSLATE_NOOP("Concern", "Incident data")},
    {ConcernSource::Other, "other", QT_TRANSLATE_NOOP("Concern", "Other")},
};

struct FrequencyInfo
{
    ConcernFrequency frequency;
    const char* key;
    const char* label;
};

const FrequencyInfo Frequencies[] = {
    {ConcernFrequency::Unknown, "", QT_TRANSLATE_NOOP("Concern", "Not said")},
    {ConcernFrequency::Once, "once", QT_TRANSLATE_NOOP("Concern", "Once")},
    {ConcernFrequency::Occasionally, "occasionally", QT_TRANSLATE_NOOP("Concern", "Occasionally")},
    {ConcernFrequency::Monthly, "monthly", QT_TRANSLATE_NOOP("Concern", "Monthly")},
    {ConcernFrequency::Weekly, "weekly", QT_TRANSLATE_NOOP("Concern", "Weekly")},
    {ConcernFrequency::Daily, "daily", QT_TRANSLATE_NOOP("Concern", "Daily")},
};

} // namespace

QString concernSourceKey(ConcernSource source)
{
    for (const SourceInfo& info : Sources) {
        if (info.source == source)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("other");
}

std::optional<ConcernSource> concernSourceFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const SourceInfo& info : Sources) {
        if (wanted == QLatin1String(info.key))
            return info.source;
    }
    return std::nullopt;
}

QString concernSourceLabel(ConcernSource source)
{
    for (const SourceInfo& info : Sources) {
        if (info.source == source)
            return QCoreApplication::translate("Concern", info.label);
    }
    return {};
}

QList<ConcernSource> allConcernSources()
{
    QList<ConcernSource> all;
    for (const SourceInfo& info : Sources)
        all << info.source;
    return all;
}

QStringList concernSourceKeys()
{
    QStringList keys;
    for (const SourceInfo& info : Sources)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString concernFrequencyKey(ConcernFrequency frequency)
{
    for (const FrequencyInfo& info : Frequencies) {
        if (info.frequency == frequency)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<ConcernFrequency> concernFrequencyFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const FrequencyInfo& info : Frequencies) {
        if (wanted == QLatin1String(info.key))
            return info.frequency;
    }
    return std::nullopt;
}

QString concernFrequencyLabel(ConcernFrequency frequency)
{
    for (const FrequencyInfo& info : Frequencies) {
        if (info.frequency == frequency)
            return QCoreApplication::translate("Concern", info.label);
    }
    return {};
}

QList<ConcernFrequency> allConcernFrequencies()
{
    QList<ConcernFrequency> all;
    for (const FrequencyInfo& info : Frequencies)
        all << info.frequency;
    return all;
}

bool Concern::sameContent(const Concern& o) const
{
    return caseId == o.caseId && text == o.text && source == o.source && raisedOn == o.raisedOn && place == o.place &&
           category == o.category && severity == o.severity && frequency == o.frequency && raisedBy == o.raisedBy &&
           areaId == o.areaId && mapX == o.mapX && mapY == o.mapY && lat == o.lat && lon == o.lon;
}

} // namespace proxima
