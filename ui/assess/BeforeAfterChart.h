#pragma once

#include "core/model/CaseMeasure.h"

#include <QChartView>

class QBarSet;
class QLineSeries;

namespace proxima {

/// Bars of a measure before (baseline) and after (each follow-up), for the case's area and, when counted, the
/// comparison area, with the target as a line.
class BeforeAfterChart : public QChartView
{
    Q_OBJECT
public:
    explicit BeforeAfterChart(QWidget* parent = nullptr);

    /// Shows a measure whose values are resolved; an empty measure (id 0, no what) clears the chart.
    void setMeasure(const CaseMeasure& measure);

    /// The bar set of the case's area and of the comparison area (null when not shown); for tests.
    QBarSet* caseSet() const { return m_caseSet; }
    QBarSet* comparisonSet() const { return m_comparisonSet; }
    QLineSeries* targetLine() const { return m_target; }
    /// The category labels along the horizontal axis.
    QStringList categories() const { return m_categories; }

private:
    void replaceChart(QChart* chart);

    QBarSet* m_caseSet = nullptr;
    QBarSet* m_comparisonSet = nullptr;
    QLineSeries* m_target = nullptr;
    QStringList m_categories;
};

} // namespace proxima
