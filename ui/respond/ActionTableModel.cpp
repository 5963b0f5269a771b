#include "ui/respond/ActionTableModel.h"

#include "ui/respond/ActionStatusColors.h"

#include <QLocale>

namespace proxima {

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ResponseAction& a = recordAt(index.row());
    if (role == IdRole)
        return a.id;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Order: return a.position + 1;
        case Title: return a.isReferral ? tr("%1 (referral)").arg(a.title) : a.title;
        case Side: return triangleSideLabel(a.side);
        case Phase: return chainPhaseLabel(a.phase);
        case Lead: return a.leadDisplay();
        case Start: return a.startOn.isValid() ? locale.toString(a.startOn, QLocale::ShortFormat) : QString();
        case Due: return a.dueOn.isValid() ? locale.toString(a.dueOn, QLocale::ShortFormat) : QString();
        case Status: return actionStatusLabel(a.status);
        case PoliceHours: return locale.toString(a.policeHours, 'f', a.policeHours == int(a.policeHours) ? 0 : 1);
        case VolunteerHours:
            return locale.toString(a.volunteerHours, 'f', a.volunteerHours == int(a.volunteerHours) ? 0 : 1);
        case Euros: return locale.toCurrencyString(a.euros, QStringLiteral("€"), 0);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Order: return a.position;
        case Side: return int(a.side);
        case Phase: return int(a.phase);
        case Start: return a.startOn;
        case Due: return a.dueOn;
        case Status: return int(a.status);
        case PoliceHours: return a.policeHours;
        case VolunteerHours: return a.volunteerHours;
        case Euros: return a.euros;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return actionStatusColor(a.status);
    if (role == Qt::TextAlignmentRole && (index.column() == Order || index.column() >= PoliceHours))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = a.rationale.isEmpty() ? a.title : tr("%1\nWhy: %2").arg(a.title, a.rationale);
        if (!a.successMeasure.isEmpty())
            tip += tr("\nSuccess: %1").arg(a.successMeasure);
        if (a.isReferral) {
            tip += tr("\nReferred to %1").arg(a.referralService);
            if (a.referredOn.isValid())
                tip += tr(" on %1").arg(locale.toString(a.referredOn, QLocale::ShortFormat));
            tip += a.referralAnswer.isEmpty() ? tr("; no answer yet") : tr("; answer: %1").arg(a.referralAnswer);
        }
        return tip;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order: return tr("#");
    case Title: return tr("Action");
    case Side: return tr("Side");
    case Phase: return tr("Phase");
    case Lead: return tr("Lead");
    case Start: return tr("Start");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case PoliceHours: return tr("Police h");
    case VolunteerHours: return tr("Volunteer h");
    case Euros: return tr("€");
    }
    return {};
}

ActionTableModel::Totals ActionTableModel::totals() const
{
    Totals t;
    for (const ResponseAction& a : records()) {
        if (a.status == ActionStatus::Dropped)
            continue;
        t.policeHours += a.policeHours;
        t.volunteerHours += a.volunteerHours;
        t.euros += a.euros;
    }
    return t;
}

} // namespace proxima
