#pragma once

#include "ui/budget/BudgetOutcome.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace proxima {

class BudgetComparisonModel;

/// The outcomes of all rules side by side: funded/unfunded per rule, the selected proposal's explanation under
/// every rule (with who paid under equal shares), one stacked bar chart per resource (allocated and left, per
/// rule), the share of voters with a funded proposal per rule, and the equal-shares resource note.
class BudgetResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetResultsPanel(QWidget* parent = nullptr);

    void setOutcomes(const BudgetOutcomes& outcomes);
    BudgetComparisonModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The text shown for the selected proposal.
    QString explanationText() const;
    /// The share-of-voters line.
    QString sharesText() const;
    /// Number of resource charts shown.
    int chartCount() const;
    /// The tabs: funded per rule (0) and the use of each resource (1).
    QTabWidget* views() const { return m_views; }

private:
    void showExplanation();
    void rebuildCharts();

    BudgetComparisonModel* m_model;
    QTableView* m_table;
    QTabWidget* m_views = nullptr;
    QTextBrowser* m_explanation;
    QWidget* m_charts;
    QHBoxLayout* m_chartsLayout;
    QLabel* m_shares;
    QLabel* m_note;
};

} // namespace proxima
