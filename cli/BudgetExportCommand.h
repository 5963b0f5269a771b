#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// proxima-cli budget-export WORKSPACE --round N OUT.pb: writes a budgeting round as a pabulib file.
class BudgetExportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
