#pragma once

#include "ui/budget/BudgetOutcome.h"
#include "core/common/Result.h"
#include "core/model/BudgetRound.h"
#include "core/reports/ReportDocument.h"

#include <QObject>

#include <optional>

class QWidget;

namespace proxima {

class WorkspaceSession;

/// The documents of the budget page: a rule's allocation sheet (print preview, PDF) and the round as a pabulib
/// file. They write files only, never the workspace; the choose* functions ask for a path (and a pool) first and
/// report a failure through the session.
class BudgetDocumentActions : public QObject
{
    Q_OBJECT
public:
    /// dialogs: the parent of the file, pool and print preview dialogs.
    BudgetDocumentActions(WorkspaceSession& session, QWidget* dialogs);

    /// Writes the allocation sheet of a rule as PDF; an error when the rule has no allocation.
    Status exportSheet(const BudgetRound& round, const BudgetOutcomes& outcomes, budgeting::BudgetRule rule,
                       const QString& path);
    /// Exports the round as .pb; with a pool (by id) that pool's capacity and costs are the budget and the costs,
    /// and an unknown pool is named in the error.
    Status exportPabulib(const BudgetRound& round, const QString& path, std::optional<qint64> poolId = {});

    void printPreview(const BudgetRound& round, const BudgetOutcomes& outcomes, budgeting::BudgetRule rule);
    void chooseSheetPath(const BudgetRound& round, const BudgetOutcomes& outcomes, budgeting::BudgetRule rule);
    void choosePabulibExport(const BudgetRound& round);

private:
    std::optional<reports::ReportDocument> sheet(const BudgetRound& round, const BudgetOutcomes& outcomes,
                                                 budgeting::BudgetRule rule);

    WorkspaceSession& m_session;
    QWidget* m_dialogs;
};

} // namespace proxima
