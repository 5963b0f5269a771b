#include "ui/budget/BudgetResultsPanel.h"

#include "ui/budget/BudgetComparisonModel.h"
#include "core/budgeting/BudgetText.h"
#include "core/budgeting/EqualShares.h"
#include "core/budgeting/FlexibleAmounts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace proxima {

using namespace budgeting;

BudgetResultsPanel::BudgetResultsPanel(QWidget* parent)
    : QWidget(parent), m_model(new BudgetComparisonModel(this)), m_table(new QTableView(this)),
      m_explanation(new QTextBrowser(this)), m_charts(new QWidget(this)), m_chartsLayout(new QHBoxLayout(m_charts)),
      m_shares(new QLabel(this)), m_note(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("budgetComparison"));
    m_table->setAccessibleName(tr("Funded proposals per rule"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_explanation->setObjectName(QStringLiteral("budgetExplanation"));
    m_explanation->setAccessibleName(tr("Why each rule funds the selected proposal or not"));
    m_explanation->setPlaceholderText(tr("Select a proposal to see why each rule funds it or not."));
    m_shares->setObjectName(QStringLiteral("budgetShares"));
    m_shares->setWordWrap(true);
    m_shares->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("budgetNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(m_explanation);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    // The comparison and the charts each get the whole height of the panel: side by side on a laptop screen the
    // table showed two rows and the charts elided the rules' names.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("budgetResultViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(top, tr("&Funded per rule"));
    m_views->addTab(m_charts, tr("&Use of each resource"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_shares);
    layout->addWidget(m_note);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BudgetResultsPanel::showExplanation);
}

void BudgetResultsPanel::setOutcomes(const BudgetOutcomes& outcomes)
{
    const int row = m_table->currentIndex().row();
    m_model->setOutcomes(outcomes);
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
    QStringList shares;
    for (const RuleOutcome& outcome : outcomes.rules) {
        const QString name = budgetRuleName(outcome.rule);
        shares << (outcome.result ? QStringLiteral("%1 <b>%2 %</b>").arg(name).arg(
                                        outcome.result->shareOfVotersWithFundedProject * 100, 0, 'f', 0)
                                  : QStringLiteral("%1 n/a").arg(name));
    }
    const QString legend = tr("Charts: <span style=\"color:#2e7d32\">■</span> allocated, "
                              "<span style=\"color:#cfd8dc\">■</span> left.");
    m_shares->setText((outcomes.instance.ballots.empty()
                           ? tr("Support was entered as totals: equal shares and the share of voters need ballots.")
                           : tr("Voters with at least one funded proposal: %1").arg(shares.join(QStringLiteral(" · "))))
                      + QStringLiteral("&nbsp;&nbsp;&nbsp;") + legend);
    QString note = outcomes.instance.resources.empty() ? QString() : equalSharesResourceNote(outcomes.instance);
    if (outcomes.instance.hasBounds())
        note = flexibleAmountsNote() + QLatin1Char(' ') + note;
    m_note->setText(note);
    rebuildCharts();
    showExplanation();
}

QString BudgetResultsPanel::explanationText() const { return m_explanation->toPlainText(); }

QString BudgetResultsPanel::sharesText() const { return m_shares->text(); }

int BudgetResultsPanel::chartCount() const { return m_chartsLayout->count(); }

void BudgetResultsPanel::showExplanation()
{
    const int row = m_table->currentIndex().row();
    const BudgetOutcomes& outcomes = m_model->outcomes();
    if (row < 0 || row >= m_model->rowCount()) {
        m_explanation->clear();
        return;
    }
    const auto& project = outcomes.instance.projects[size_t(row)];
    QString html = QStringLiteral("<h3>%1 %2</h3><p>%3</p>")
                       .arg(project.id.toHtmlEscaped(), project.name.toHtmlEscaped(),
                            formatCost(outcomes.instance, project.cost).toHtmlEscaped());
    for (const RuleOutcome& outcome : outcomes.rules) {
        html += QStringLiteral("<p><b>%1</b>: ").arg(budgetRuleName(outcome.rule));
        if (!outcome.result) {
            html += outcome.error.toHtmlEscaped() + QStringLiteral("</p>");
            continue;
        }
        html += outcome.result->explanations.at(size_t(row)).text.toHtmlEscaped();
        if (const FundedAmount* amount = findFundedAmount(*outcome.result, row))
            html += QStringLiteral("<br/>") + tr("Receives %1.").arg(formatCost(outcomes.instance, amount->amount))
                                                  .toHtmlEscaped();
        if (outcome.rule == BudgetRule::EqualShares) {
            QStringList payers;
            for (const VoterPayment& payment : outcome.result->payments) {
                if (payment.project == row && payment.amount > 0)
                    payers << QStringLiteral("%1 (%2)").arg(outcomes.instance.ballots[size_t(payment.ballot)].voterId,
                                                            formatAmount(payment.amount,
                                                                         outcome.result->accountingUnit));
            }
            if (!payers.isEmpty()) {
                const qsizetype shown = std::min<qsizetype>(payers.size(), 40);
                html += QStringLiteral("<br/>") + tr("Paid by: %1").arg(payers.mid(0, shown).join(QStringLiteral(", ")))
                            .toHtmlEscaped();
                if (payers.size() > shown)
                    html += tr(" and %1 more").arg(payers.size() - shown);
            }
        }
        html += QStringLiteral("</p>");
    }
    m_explanation->setHtml(html);
}

void BudgetResultsPanel::rebuildCharts()
{
    while (QLayoutItem* item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const BudgetOutcomes& outcomes = m_model->outcomes();
    // Horizontal bars are drawn bottom-up: list the rules in reverse so the first rule is on top.
    QStringList categories;
    for (const RuleOutcome& outcome : outcomes.rules)
        categories.prepend(budgetRuleName(outcome.rule));
    for (size_t r = 0; r < outcomes.instance.resources.size(); ++r) {
        const Resource& resource = outcomes.instance.resources[r];
        auto* used = new QBarSet(tr("Allocated"));
        auto* left = new QBarSet(tr("Left"));
        used->setColor(QColor(0x2e, 0x7d, 0x32));
        left->setColor(QColor(0xcf, 0xd8, 0xdc));
        const double capacity = resource.capacity.get_d();
        double most = capacity;
        for (auto it = outcomes.rules.crbegin(); it != outcomes.rules.crend(); ++it) {
            const double spent = it->result ? it->result->totalCost.at(r).get_d() : 0.0;
            used->append(spent);
            left->append(std::max(0.0, capacity - spent));
            most = std::max(most, spent);
        }
        auto* series = new QHorizontalStackedBarSeries;
        series->append(used);
        series->append(left);
        auto* chart = new QChart;
        chart->addSeries(series);
        chart->setTitle(tr("%1 (capacity %2)").arg(resource.name, formatAmount(resource.capacity, resource.unit)));
        auto* axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto* axisX = new QValueAxis;
        axisX->setRange(0, most > 0 ? most : 1);
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        axisX->setTickCount(3);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->setVisible(false);   // one legend for all charts, in the shares line
        chart->setMargins(QMargins(2, 2, 2, 2));
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(tr("Use of %1 per rule").arg(resource.name));
        view->setMinimumWidth(220);
        m_chartsLayout->addWidget(view);
    }
}

} // namespace proxima
