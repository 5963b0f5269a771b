#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `import incidents WORKSPACE FILE.csv [--map field=column,...] [--skip-invalid]`: incident data from CSV.
/// Rejected rows are printed as "FILE:LINE: reason" on stderr; exit 1 when any row was rejected.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int incidents(const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
