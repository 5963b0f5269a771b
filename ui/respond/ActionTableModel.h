#pragma once

#include "core/model/ResponseAction.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

/// The actions of one case's response plan as a table, in plan order. The tab that owns it loads the actions.
class ActionTableModel : public RecordListModel<ResponseAction>
{
    Q_OBJECT
public:
    enum Column {
        Order, Title, Side, Phase, Lead, Start, Due, Status, PoliceHours, VolunteerHours, Euros, ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    using RecordListModel::RecordListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows these actions (in plan order).
    void setActions(QList<ResponseAction> actions) { setRecords(std::move(actions)); }

    /// Sums of the resources of the shown actions, dropped ones left out.
    struct Totals
    {
        double policeHours = 0;
        double volunteerHours = 0;
        double euros = 0;
    };
    Totals totals() const;
};

} // namespace proxima
