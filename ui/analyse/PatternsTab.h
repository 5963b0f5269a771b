#pragma once

#include "ui/cases/CaseTab.h"
#include "core/io/Incident.h"

#include <QDate>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateEdit;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace proxima {

class HeatGrid;
class WorkspaceSession;

/// Patterns in a case's evidence: when its linked incidents happen (weekday x hour), the monthly trend, the
/// incidents by category and the case's concerns by category, for a chosen period. The incidents are read once
/// per case (one query); changing the period recounts them in memory. The charts are made once and refilled.
class PatternsTab : public CaseTab
{
    Q_OBJECT
public:
    explicit PatternsTab(WorkspaceSession& session, QWidget* parent = nullptr);

    void showCase(qint64 caseId) override;
    /// Limits the patterns to a period (invalid dates leave that end open).
    void setPeriod(QDate from, QDate to);
    /// Back to the whole period of the linked incidents.
    void showWholePeriod();

    /// Linked incidents in the current period.
    int incidentCount() const { return m_shown; }
    HeatGrid* heatGrid() const { return m_heat; }
    QLineSeries* trendSeries() const { return m_trend; }
    QBarSet* categorySet() const { return m_categorySet; }
    QBarCategoryAxis* categoryAxis() const { return m_categoryAxis; }
    QBarSet* concernSet() const { return m_concernSet; }
    QBarCategoryAxis* concernAxis() const { return m_concernAxis; }

private:
    QWidget* buildCharts();
    void load();
    void refresh();
    void fillConcerns();

    WorkspaceSession& m_session;
    qint64 m_caseId = 0;
    QList<io::Incident> m_incidents;   // by date
    int m_shown = 0;
    bool m_settingPeriod = false;
    QLabel* m_summary = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    HeatGrid* m_heat = nullptr;
    QChart* m_trendChart = nullptr;
    QLineSeries* m_trend = nullptr;
    QDateTimeAxis* m_trendX = nullptr;
    QValueAxis* m_trendY = nullptr;
    QBarSet* m_categorySet = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_categoryValues = nullptr;
    QChartView* m_categoryView = nullptr;
    QBarSet* m_concernSet = nullptr;
    QBarCategoryAxis* m_concernAxis = nullptr;
    QValueAxis* m_concernValues = nullptr;
    QChartView* m_concernView = nullptr;
};

} // namespace proxima
