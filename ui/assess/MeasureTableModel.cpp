#include "ui/assess/MeasureTableModel.h"

#include <QLocale>

#include <cmath>

namespace proxima {

QString formatMeasureNumber(double value)
{
    const double rounded = std::round(value * 100) / 100;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : (std::abs(rounded * 10 - std::round(rounded * 10)) < 1e-9
                                                             ? 1 : 2));
}

int MeasureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaseMeasure& m = recordAt(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::TextAlignmentRole && index.column() != What)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == What)
        return tr("%1\n%2").arg(m.what, measureSourceLabel(m.source));
    if (role != Qt::DisplayRole)
        return {};
    const sara::MeasureResult r = sara::evaluateMeasure(m.toSara());
    switch (index.column()) {
    case What: return m.what;
    case Baseline: return m.baselineValue ? formatMeasureNumber(*m.baselineValue) : QString();
    case Latest: return r.followUp.has() ? formatMeasureNumber(*r.followUp.value) : QString();
    case Change:
        return r.absoluteChange.has() ? QStringLiteral("%1%2").arg(*r.absoluteChange.value > 0 ? QStringLiteral("+")
                                                                                              : QString(),
                                                                  formatMeasureNumber(*r.absoluteChange.value))
                                      : QString();
    case ChangePercent:
        return r.percentChange.has()
                   ? QStringLiteral("%1%2 %").arg(*r.percentChange.value > 0 ? QStringLiteral("+") : QString(),
                                                  QLocale().toString(*r.percentChange.value, 'f', 1))
                   : QString();
    case Target: return m.targetValue ? formatMeasureNumber(*m.targetValue) : QString();
    case TargetMet:
        if (!r.targetMet)
            return QString();
        return *r.targetMet ? tr("yes") : tr("no");
    }
    return {};
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("What is counted");
    case Baseline: return tr("Before");
    case Latest: return tr("After");
    case Change: return tr("Change");
    case ChangePercent: return tr("Change %");
    case Target: return tr("Target");
    case TargetMet: return tr("Met");
    }
    return {};
}

} // namespace proxima
