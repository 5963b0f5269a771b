#include "ui/assess/BeforeAfterChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

namespace proxima {
namespace {

QString periodLabel(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const QLocale locale;
    const QString format = QStringLiteral("MMM yy");
    if (from.year() == to.year() && from.month() == to.month())
        return locale.toString(from, format);
    const QString start = locale.toString(from, from.year() == to.year() ? QStringLiteral("MMM") : format);
    return QStringLiteral("%1–%2").arg(start, locale.toString(to, format));
}

} // namespace

void BeforeAfterChart::replaceChart(QChart* chart)
{
    // The view does not delete the chart it shows when given another one.
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

BeforeAfterChart::BeforeAfterChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("beforeAfterChart"));
    setAccessibleName(tr("Before and after chart of the selected measure"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    setMeasure({});
}

void BeforeAfterChart::setMeasure(const CaseMeasure& m)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_caseSet = m_comparisonSet = nullptr;
    m_target = nullptr;
    m_categories.clear();
    if (m.what.isEmpty()) {
        chart->setTitle(tr("Select a measure to see it before and after the response"));
        replaceChart(chart);
        return;
    }
    chart->setTitle(m.what);

    // Axis labels are rich text: the period goes on a second line.
    m_categories << tr("Before<br>%1").arg(periodLabel(m.baselineFrom, m.baselineTo));
    for (int i = 0; i < m.followUps.size(); ++i)
        m_categories << tr("After %1<br>%2").arg(i + 1).arg(periodLabel(m.followUps.at(i).from, m.followUps.at(i).to));

    auto* bars = new QBarSeries;
    m_caseSet = new QBarSet(m.areaName.isEmpty() ? tr("Case") : m.areaName);
    m_caseSet->setColor(QColor(0x1f, 0x77, 0xb4));
    double top = 0;
    m_caseSet->append(m.baselineValue.value_or(0));
    for (const MeasureFollowUp& f : m.followUps)
        m_caseSet->append(f.value);
    bars->append(m_caseSet);
    bool hasComparison = m.comparisonBaseline.has_value();
    for (const MeasureFollowUp& f : m.followUps)
        hasComparison = hasComparison || f.comparisonValue.has_value();
    if (hasComparison) {
        m_comparisonSet = new QBarSet(m.comparisonAreaName.isEmpty()
                                          ? tr("Comparison area")
                                          : tr("Comparison: %1").arg(m.comparisonAreaName));
        m_comparisonSet->setColor(QColor(0xbd, 0xbd, 0xbd));
        m_comparisonSet->append(m.comparisonBaseline.value_or(0));
        for (const MeasureFollowUp& f : m.followUps)
            m_comparisonSet->append(f.comparisonValue.value_or(0));
        bars->append(m_comparisonSet);
    }
    for (QBarSet* set : {m_caseSet, m_comparisonSet}) {
        for (int i = 0; set && i < set->count(); ++i)
            top = qMax(top, set->at(i));
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);

    auto* x = new QBarCategoryAxis;
    x->append(m_categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (m.targetValue) {
        // Across the whole width: categories sit at 0..n-1 on the bar axis.
        m_target = new QLineSeries;
        m_target->setName(tr("Target: %1").arg(QLocale().toString(*m.targetValue)));
        m_target->append(-0.5, *m.targetValue);
        m_target->append(double(m_categories.size()) - 0.5, *m.targetValue);
        m_target->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
        chart->addSeries(m_target);
        m_target->attachAxis(x);
        m_target->attachAxis(y);
        top = qMax(top, *m.targetValue);
    }
    // Headroom for the labels above the bars.
    y->setRange(0, top <= 0 ? 1 : top * 1.15);
    y->applyNiceNumbers();
    replaceChart(chart);
}

} // namespace proxima

