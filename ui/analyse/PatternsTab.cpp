#include "ui/analyse/PatternsTab.h"

#include "ui/analyse/HeatGrid.h"
#include "ui/app/WorkspaceSession.h"
#include "core/sara/Patterns.h"
#include "core/storage/repositories/CaseIncidentQueries.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace proxima {
namespace {

constexpr int MaxCategories = 12;   // more bars than this are unreadable in the tab's width

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QChartView* makeView(QChart* chart, const QString& name, const QString& accessible, int height)
{
    auto* view = new QChartView(chart);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

/// Horizontal bars, most frequent at the top (bar categories are laid out bottom-up).
void fillBars(QBarSet* set, QBarCategoryAxis* axis, QValueAxis* values, QList<QPair<QString, int>> rows,
              const QString& emptyName)
{
    if (rows.size() > MaxCategories) {
        int other = 0;
        for (int i = MaxCategories - 1; i < rows.size(); ++i)
            other += rows.at(i).second;
        rows.resize(MaxCategories - 1);
        rows.append({QCoreApplication::translate("PatternsTab", "Other categories"), other});
    }
    set->remove(0, set->count());
    axis->clear();
    QStringList names;
    QList<qreal> counts;
    int max = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        QString name = it->first.isEmpty() ? emptyName : it->first;
        while (names.contains(name))   // the axis needs distinct names
            name += QLatin1Char(' ');
        names << name;
        counts << it->second;
        max = qMax(max, it->second);
    }
    axis->append(names);
    set->append(counts);
    values->setRange(0, qMax(1, max));
    values->setTickCount(qMin(6, qMax(2, max + 1)));
    values->setLabelFormat(QStringLiteral("%d"));
}

} // namespace

PatternsTab::PatternsTab(WorkspaceSession& session, QWidget* parent) : CaseTab(parent), m_session(session)
{
    auto* bar = new QWidget(this);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("patternFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("patternTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* whole = new QPushButton(tr("&Whole period"), bar);
    whole->setObjectName(QStringLiteral("patternWholePeriod"));
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("patternSummary"));
    auto* fromLabel = new QLabel(tr("&From:"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), bar);
    toLabel->setBuddy(m_to);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(fromLabel);
    barLayout->addWidget(m_from);
    barLayout->addWidget(toLabel);
    barLayout->addWidget(m_to);
    barLayout->addWidget(whole);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_summary, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildCharts());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(scroll, 1);

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingPeriod)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingPeriod)
            refresh();
    });
    connect(whole, &QPushButton::clicked, this, &PatternsTab::showWholePeriod);
    connect(&session, &WorkspaceSession::changed, this, [this](ChangeKind kind) {
        static const QSet<ChangeKind> unrelated{ChangeKind::Analysis,      ChangeKind::Hypothesis, ChangeKind::AffectedGroup,
                                                ChangeKind::Member,        ChangeKind::Action,     ChangeKind::Meeting};
        if (!unrelated.contains(kind))
            load();
    });
    showCase(0);
}

QWidget* PatternsTab::buildCharts()
{
    auto* content = new QWidget;
    auto* heatBox = new QGroupBox(tr("When: incidents by weekday and hour"), content);
    m_heat = new HeatGrid(heatBox);
    m_heat->setObjectName(QStringLiteral("heatGrid"));
    auto* heatLayout = new QVBoxLayout(heatBox);
    heatLayout->addWidget(m_heat);

    m_trendChart = makeChart(tr("Incidents per month"));
    m_trend = new QLineSeries(m_trendChart);
    m_trend->setPointsVisible(true);
    m_trendChart->addSeries(m_trend);
    m_trendX = new QDateTimeAxis(m_trendChart);
    m_trendX->setFormat(QStringLiteral("MMM yyyy"));
    m_trendY = new QValueAxis(m_trendChart);
    m_trendY->setLabelFormat(QStringLiteral("%d"));
    m_trendChart->addAxis(m_trendX, Qt::AlignBottom);
    m_trendChart->addAxis(m_trendY, Qt::AlignLeft);
    m_trend->attachAxis(m_trendX);
    m_trend->attachAxis(m_trendY);
    auto* trendView = makeView(m_trendChart, QStringLiteral("trendChart"), tr("Monthly trend"), 240);

    auto makeBars = [](const QString& title, QBarSet*& set, QBarCategoryAxis*& axis, QValueAxis*& values,
                       const QColor& colour) {
        QChart* chart = makeChart(title);
        auto* series = new QHorizontalBarSeries(chart);
        set = new QBarSet(title, series);
        set->setColor(colour);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        axis = new QBarCategoryAxis(chart);
        values = new QValueAxis(chart);
        chart->addAxis(axis, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(axis);
        series->attachAxis(values);
        return chart;
    };
    m_categoryView = makeView(makeBars(tr("Incidents by category"), m_categorySet, m_categoryAxis, m_categoryValues,
                                       QColor(0xd7, 0x30, 0x27)),
                              QStringLiteral("categoryChart"), tr("Incidents by category"), 260);
    m_concernView = makeView(makeBars(tr("Concerns by category (all dates)"), m_concernSet, m_concernAxis,
                                      m_concernValues, QColor(0x45, 0x75, 0xb4)),
                             QStringLiteral("concernChart"), tr("Concerns by category"), 260);
    m_categorySet->setLabelColor(Qt::white);
    m_concernSet->setLabelColor(Qt::white);

    auto* grid = new QGridLayout(content);
    grid->addWidget(heatBox, 0, 0, 1, 2);
    grid->addWidget(trendView, 1, 0, 1, 2);
    grid->addWidget(m_categoryView, 2, 0);
    grid->addWidget(m_concernView, 2, 1);
    grid->setRowStretch(3, 1);
    return content;
}

void PatternsTab::showCase(qint64 caseId)
{
    m_caseId = caseId;
    setEnabled(caseId > 0);
    load();
}

void PatternsTab::load()
{
    m_incidents.clear();
    if (m_caseId > 0) {
        auto linked = CaseIncidentQueries(m_session.workspace()).incidents(m_caseId);
        if (!linked) {
            m_session.reportError(linked.error());
        } else {
            m_incidents.reserve(linked->size());
            for (const LinkedIncident& l : linked.value()) {
                io::Incident incident;
                incident.date = l.date;
                incident.time = l.time;
                incident.category = l.category;
                m_incidents.append(std::move(incident));
            }
        }
    }
    fillConcerns();
    showWholePeriod();
}

void PatternsTab::showWholePeriod()
{
    const QDate first = m_incidents.isEmpty() ? QDate() : m_incidents.first().date;
    const QDate last = m_incidents.isEmpty() ? QDate() : m_incidents.last().date;
    setPeriod(first, last);
}

void PatternsTab::setPeriod(QDate from, QDate to)
{
    m_settingPeriod = true;
    m_from->setDate(from.isValid() ? from : m_from->minimumDate());
    m_to->setDate(to.isValid() ? to : m_to->maximumDate());
    m_settingPeriod = false;
    refresh();
}

void PatternsTab::refresh()
{
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->maximumDate() ? QDate() : m_to->date();
    // The incidents are sorted by date: the period is one contiguous slice.
    auto begin = from.isValid() ? std::lower_bound(m_incidents.cbegin(), m_incidents.cend(), from,
                                                   [](const io::Incident& i, QDate d) { return i.date < d; })
                                : m_incidents.cbegin();
    auto end = to.isValid() ? std::upper_bound(begin, m_incidents.cend(), to,
                                               [](QDate d, const io::Incident& i) { return d < i.date; })
                            : m_incidents.cend();
    const QList<io::Incident> shown(begin, end);
    m_shown = int(shown.size());

    const sara::WeekHourCounts grid = sara::weekdayHourCounts(shown);
    m_heat->setCounts(grid);

    const QList<sara::MonthCount> months = sara::monthlyTrend(shown, from, to);
    QList<QPointF> points;
    points.reserve(months.size());
    int maxMonth = 0;
    for (const sara::MonthCount& m : months) {
        points << QPointF(qreal(QDateTime(QDate(m.year, m.month, 1), QTime(0, 0)).toMSecsSinceEpoch()), m.count);
        maxMonth = qMax(maxMonth, m.count);
    }
    m_trend->replace(points);
    if (!months.isEmpty()) {
        const QDateTime firstMonth(QDate(months.first().year, months.first().month, 1), QTime(0, 0));
        const QDateTime lastMonth(QDate(months.last().year, months.last().month, 1), QTime(0, 0));
        m_trendX->setRange(firstMonth, lastMonth > firstMonth ? lastMonth : firstMonth.addMonths(1));
        m_trendX->setTickCount(qBound(2, int(months.size()), 7));
    }
    m_trendY->setRange(0, qMax(1, maxMonth));
    m_trendY->setTickCount(qMin(6, qMax(2, maxMonth + 1)));

    QList<QPair<QString, int>> categories;
    for (const sara::CategoryCount& c : sara::countsByCategory(shown))
        categories.append({c.category, c.count});
    fillBars(m_categorySet, m_categoryAxis, m_categoryValues, categories, tr("(no category)"));
    m_categoryView->chart()->setTitle(categories.isEmpty() ? tr("Incidents by category: none in this period")
                                                           : tr("Incidents by category"));
    m_categoryView->setMinimumHeight(qMax(200, 60 + 22 * int(m_categoryAxis->count())));

    m_summary->setText(m_caseId <= 0 ? tr("No case selected.")
                       : m_incidents.isEmpty()
                           ? tr("No incidents are linked to this case yet.")
                           : tr("%1 of %2 linked incidents in this period").arg(m_shown).arg(m_incidents.size()));
}

void PatternsTab::fillConcerns()
{
    QList<QPair<QString, int>> rows;
    if (m_caseId > 0) {
        auto totals = CaseIncidentQueries(m_session.workspace()).concernsByCategory(m_caseId);
        if (totals) {
            for (const CategoryTotal& t : totals.value())
                rows.append({t.category, t.count});
        } else {
            m_session.reportError(totals.error());
        }
    }
    fillBars(m_concernSet, m_concernAxis, m_concernValues, rows, tr("(no category)"));
    m_concernView->chart()->setTitle(rows.isEmpty() ? tr("Concerns by category: none linked to this case")
                                                    : tr("Concerns by category (all dates)"));
    m_concernView->setMinimumHeight(qMax(200, 60 + 22 * int(m_concernAxis->count())));
}

} // namespace proxima
