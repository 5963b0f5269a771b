#pragma once

#include "core/storage/repositories/MapPinQueries.h"

#include <QUndoCommand>

namespace proxima {

class WorkspaceSession;

/// Places a case or concern on the map (pixel, and lat/lon when the plan is georeferenced); undo puts it back
/// where it was (or off the map). A change another member made meanwhile is reported and the command dropped.
class PlacePinCommand : public QUndoCommand
{
public:
    /// before: the record as loaded (its revision is the one the placing is based on).
    PlacePinCommand(WorkspaceSession& session, const MapPin& before, std::optional<sara::PlanePoint> pixel,
                    std::optional<sara::GeoPoint> geo, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(std::optional<sara::PlanePoint> pixel, std::optional<sara::GeoPoint> geo);

    WorkspaceSession& m_session;
    PinKind m_kind;
    qint64 m_id;
    std::optional<sara::PlanePoint> m_beforePixel;
    std::optional<sara::GeoPoint> m_beforeGeo;
    std::optional<sara::PlanePoint> m_afterPixel;
    std::optional<sara::GeoPoint> m_afterGeo;
    int m_revision;
};

} // namespace proxima
