#pragma once

#include "core/common/Result.h"
#include "core/sara/LocalProjection.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace proxima {

class Workspace;

/// What a pin on the neighbourhood map stands for.
enum class PinKind { Case, Concern, Incident };

/// Stable key of a pin kind ("case", "concern", "incident"), also the change-log entity.
QString pinKindKey(PinKind kind);

/// A case, concern or incident as the map shows it: where it is (pixel and/or ground) and what to call it.
struct MapPin
{
    PinKind kind = PinKind::Case;
    qint64 id = 0;
    QString label;
    QString category;
    QDate date;                               ///< opened on / raised on / occurred on
    std::optional<sara::PlanePoint> pixel;    ///< on the map image
    std::optional<sara::GeoPoint> geo;        ///< WGS84
    qint64 caseId = 0;                        ///< concerns: the case they were grouped into (0 = none)
    int revision = 0;                         ///< cases and concerns; 0 for incidents
};

/// Which incidents the map shows: categories (empty = all) and a period (invalid dates = open ended).
struct MapIncidentFilter
{
    QStringList categories;
    QDate from;
    QDate to;
};

/// Read-only queries of the records shown on the map, and the one write the map makes: placing a pin.
class MapPinQueries
{
public:
    explicit MapPinQueries(Workspace& ws) : m_ws(ws) {}

    /// Every case, by id.
    Result<QList<MapPin>> cases() const;
    /// Every concern, by id.
    Result<QList<MapPin>> concerns() const;
    /// Incidents matching the filter that have coordinates, by date then id.
    Result<QList<MapPin>> incidents(const MapIncidentFilter& filter = {}) const;
    /// The distinct incident categories, sorted.
    Result<QStringList> incidentCategories() const;
    /// One case or concern.
    Result<MapPin> find(PinKind kind, qint64 id) const;

    /// Sets (or clears, with nullopt) the map position of a case or concern loaded at expectedRevision; bumps its
    /// revision and logs the change. Conflict when the record changed meanwhile. Returns the new revision.
    Result<int> placePin(PinKind kind, qint64 id, std::optional<sara::PlanePoint> pixel,
                         std::optional<sara::GeoPoint> geo, int expectedRevision);

private:
    Result<QList<MapPin>> select(PinKind kind, const QString& where, const QVariantList& bindings) const;

    Workspace& m_ws;
};

} // namespace proxima
