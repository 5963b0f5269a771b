#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `coverage FILE [--json] [--months N] [--today DATE]`: the coverage check of the community map.
class CoverageCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
