#include "core/reports/MatrixLabels.h"

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
    return triangleSideLabel(side);
}

QString MatrixLabels::phase(ChainPhase phase)
{
    return chainPhaseLabel(phase);
}

QString MatrixLabels::status(ActionStatus status)
{
    return actionStatusLabel(status);
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
    return proxima::chainPhases();
}

QList<ActionStatus> MatrixLabels::statuses()
{
    return allActionStatuses();
}

} // namespace proxima::reports
