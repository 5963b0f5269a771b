#pragma once

#include "core/budgeting/BudgetInstance.h"
#include "core/budgeting/BudgetRules.h"
#include "cli/Command.h"
#include "core/common/Result.h"

namespace proxima::cli {

/// proxima-cli budget FILE.pb|WORKSPACE --rule greedy|greedy-ratio|mes|mes-add1|mes-add1u|exact [--round N] [--json]
/// Loading (from .pb) is separate from running and printing, so a workspace instance can use runAndPrint.
class BudgetCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

    /// Runs the rule on an instance and prints the outcome (human text or one JSON object). Returns an ExitCode.
    static int runAndPrint(const budgeting::BudgetInstance& instance, budgeting::BudgetRule rule,
                           const budgeting::BudgetOptions& options, bool json, Io& io);
    /// The instance of a workspace round (roundId 0 = the latest); prints the reason on failure.
    static Result<budgeting::BudgetInstance> loadRound(const QString& path, qint64 roundId, Io& io);
};

} // namespace proxima::cli
