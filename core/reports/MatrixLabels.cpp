#include "reports/MatrixLabels.h"

#include <QCoreApplication>
#include <QStringList>

namespace proxima::reports {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("proxima::reports::MatrixLabels", text);
}
} // namespace

QString MatrixLabels::column(MatrixColumn column)
{
    switch (column) {
    case MatrixColumn::Problem: return tr("Problem");
    case MatrixColumn::Action: return tr("Action");
    case MatrixColumn::TriangleSide: return tr("Triangle side");
    case MatrixColumn::ChainPhase: return tr("Chain phase");
    case MatrixColumn::Lead: return tr("Lead");
    case MatrixColumn::Partners: return tr("Partners (role)");
    case MatrixColumn::Start: return tr("Start");
    case MatrixColumn::Due: return tr("Due");
    case MatrixColumn::Status: return tr("Status");
    case MatrixColumn::PoliceHours: return tr("Police hours");
    case MatrixColumn::VolunteerHours: return tr("Volunteer hours");
    case MatrixColumn::Euros: return tr("Euros");
    case MatrixColumn::SuccessMeasure: return tr("Success measure");
    case MatrixColumn::Referral: return tr("Referral");
    }
    return {};
}

QString MatrixLabels::side(TriangleSide side)
{
    switch (side) {
    case TriangleSide::None: return {};
    case TriangleSide::Offender: return tr("Offender");
    case TriangleSide::Victim: return tr("Victim");
    case TriangleSide::Place: return tr("Place");
    case TriangleSide::Handler: return tr("Handler");
    case TriangleSide::Guardian: return tr("Guardian");
    case TriangleSide::Manager: return tr("Manager");
    }
    return {};
}

QString MatrixLabels::phase(ChainPhase phase)
{
    switch (phase) {
    case ChainPhase::None: return {};
    case ChainPhase::ProAction: return tr("Pro-action");
    case ChainPhase::Prevention: return tr("Prevention");
    case ChainPhase::Preparation: return tr("Preparation");
    case ChainPhase::Response: return tr("Response");
    case ChainPhase::Aftercare: return tr("Aftercare");
    }
    return {};
}

QString MatrixLabels::status(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return tr("Planned");
    case ActionStatus::InProgress: return tr("In progress");
    case ActionStatus::Done: return tr("Done");
    case ActionStatus::Delayed: return tr("Delayed");
    case ActionStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString MatrixLabels::partners(const QList<ActionPartner>& partners)
{
    QStringList parts;
    for (const ActionPartner& partner : partners) {
        if (partner.role.isEmpty())
            parts << partner.organisation;
        else
            parts << tr("%1 (%2)").arg(partner.organisation, partner.role);
    }
    return parts.join(QStringLiteral("; "));
}

QList<ChainPhase> MatrixLabels::chainPhases()
{
    return {ChainPhase::ProAction, ChainPhase::Prevention, ChainPhase::Preparation, ChainPhase::Response,
            ChainPhase::Aftercare};
}

QList<ActionStatus> MatrixLabels::statuses()
{
    return {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Delayed,
            ActionStatus::Cancelled};
}

} // namespace proxima::reports
