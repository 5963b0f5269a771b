#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// proxima-cli budget-import WORKSPACE FILE.pb [--json]: stores a pabulib file as a new budgeting round.
class BudgetImportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
