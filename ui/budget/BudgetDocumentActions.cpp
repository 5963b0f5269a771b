#include "ui/budget/BudgetDocumentActions.h"

#include "ui/app/WorkspaceSession.h"
#include "core/budget/AllocationSheet.h"
#include "core/budget/RoundPabulib.h"
#include "documents/ReportRenderer.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace proxima {

using namespace budgeting;

BudgetDocumentActions::BudgetDocumentActions(WorkspaceSession& session, QWidget* dialogs)
    : QObject(dialogs), m_session(session), m_dialogs(dialogs)
{
}

std::optional<reports::ReportDocument> BudgetDocumentActions::sheet(const BudgetRound& round,
                                                                    const BudgetOutcomes& outcomes, BudgetRule rule)
{
    for (const RuleOutcome& outcome : outcomes.rules) {
        if (outcome.rule == rule && outcome.result)
            return AllocationSheet::build(round, outcomes.instance, *outcome.result, m_session.workspace().name(),
                                          m_session.workspace().clock().now().date());
    }
    return std::nullopt;
}

Status BudgetDocumentActions::exportSheet(const BudgetRound& round, const BudgetOutcomes& outcomes, BudgetRule rule,
                                          const QString& path)
{
    const std::optional<reports::ReportDocument> document = sheet(round, outcomes, rule);
    if (!document)
        return Error{tr("the rule %1 has no allocation").arg(budgetRuleName(rule)), path, 0, {}};
    Result<int> pages = documents::ReportRenderer::writePdf(path, *document, documents::PageSetup{});
    return pages ? Status{} : Status{pages.error()};
}

Status BudgetDocumentActions::exportPabulib(const BudgetRound& round, const QString& path,
                                            std::optional<qint64> poolId)
{
    return RoundPabulib::exportFile(round, path, poolId);
}

void BudgetDocumentActions::chooseSheetPath(const BudgetRound& round, const BudgetOutcomes& outcomes,
                                            BudgetRule rule)
{
    const QString path = QFileDialog::getSaveFileName(m_dialogs, tr("Save the allocation sheet"),
                                                      tr("Allocation %1.pdf").arg(round.name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportSheet(round, outcomes, rule, path); !s)
        m_session.reportError(s.error());
}

void BudgetDocumentActions::printPreview(const BudgetRound& round, const BudgetOutcomes& outcomes, BudgetRule rule)
{
    const std::optional<reports::ReportDocument> document = sheet(round, outcomes, rule);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(documents::PageSetup{}.pageLayout());
    QPrintPreviewDialog dialog(&printer, m_dialogs);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        Result<int> pages = documents::ReportRenderer::render(target, *document, documents::PageSetup{});
        if (!pages)
            m_session.reportError(pages.error());
    });
    dialog.exec();
}

void BudgetDocumentActions::choosePabulibExport(const BudgetRound& round)
{
    if (round.id <= 0)
        return;
    // Pabulib knows one budget: with several pools the user picks the one whose capacity and costs are written.
    const int preferred = std::max(0, RoundPabulib::budgetPool(round));
    std::optional<qint64> poolId;
    if (!round.pools.isEmpty())
        poolId = round.pools.at(preferred).id;
    QString suffix;
    if (round.pools.size() > 1) {
        QStringList names;
        for (const BudgetPool& pool : round.pools)
            names << pool.name;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(m_dialogs, tr("Export as pabulib"),
                                                     tr("Resource pool exported as the budget and the costs:"), names,
                                                     preferred, false, &ok);
        if (!ok)
            return;
        poolId = round.pools.at(int(names.indexOf(chosen))).id;
        suffix = QStringLiteral(" - ") + chosen;
    }
    const QString path = QFileDialog::getSaveFileName(m_dialogs, tr("Export as pabulib"),
                                                      round.name + suffix + QStringLiteral(".pb"),
                                                      tr("Pabulib (*.pb)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPabulib(round, path, poolId); !s)
        m_session.reportError(s.error());
}

} // namespace proxima
