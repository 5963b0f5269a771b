#include "ui/map/PlacePinCommand.h"

#include "ui/app/WorkspaceSession.h"

#include <QCoreApplication>

namespace proxima {

PlacePinCommand::PlacePinCommand(WorkspaceSession& session, const MapPin& before,
                                 std::optional<sara::PlanePoint> pixel, std::optional<sara::GeoPoint> geo,
                                 QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_kind(before.kind), m_id(before.id), m_beforePixel(before.pixel),
      m_beforeGeo(before.geo), m_afterPixel(pixel), m_afterGeo(geo), m_revision(before.revision)
{
    const QString what = before.kind == PinKind::Case
                             ? QCoreApplication::translate("Commands", "case \"%1\"").arg(before.label)
                             : QCoreApplication::translate("Commands", "concern %1").arg(before.id);
    setText(pixel || geo ? QCoreApplication::translate("Commands", "Place %1 on the map").arg(what)
                         : QCoreApplication::translate("Commands", "Remove %1 from the map").arg(what));
}

void PlacePinCommand::redo()
{
    apply(m_afterPixel, m_afterGeo);
}

void PlacePinCommand::undo()
{
    apply(m_beforePixel, m_beforeGeo);
}

void PlacePinCommand::apply(std::optional<sara::PlanePoint> pixel, std::optional<sara::GeoPoint> geo)
{
    // A pin is a field of its record: its revision is the record's, shared with the record's edit commands.
    const QString entity = m_kind == PinKind::Case      ? QStringLiteral("case")
                           : m_kind == PinKind::Concern ? QStringLiteral("concern")
                                                        : QStringLiteral("incident");
    const int revision = qMax(m_revision, m_session.writtenRevision(entity, m_id));
    auto placed = MapPinQueries(m_session.workspace()).placePin(m_kind, m_id, pixel, geo, revision);
    if (!placed) {
        setObsolete(true);
        m_session.reportError(placed.error());
        return;
    }
    m_revision = placed.value();
    m_session.setWrittenRevision(entity, m_id, m_revision);
    switch (m_kind) {
    case PinKind::Case: m_session.notifyChanged(ChangeKind::Case); break;
    case PinKind::Concern: m_session.notifyChanged(ChangeKind::Concern); break;
    case PinKind::Incident: m_session.notifyChanged(ChangeKind::Incident); break;
    }
}

} // namespace proxima
