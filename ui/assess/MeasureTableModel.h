#pragma once

#include "core/model/CaseMeasure.h"
#include "ui/models/RecordListModel.h"

namespace proxima {

/// The measures of one case with their computed figures (values of incident-based measures already counted).
class MeasureTableModel : public RecordListModel<CaseMeasure>
{
    Q_OBJECT
public:
    enum Column { What, Baseline, Latest, Change, ChangePercent, Target, TargetMet, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using RecordListModel::RecordListModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows these measures, values resolved.
    void setMeasures(QList<CaseMeasure> measures) { setRecords(std::move(measures)); }
};

/// A number as shown in the assessment: no decimals for whole numbers, else up to two.
QString formatMeasureNumber(double value);

} // namespace proxima
