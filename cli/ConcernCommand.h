#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `concern add|list`: concerns raised in the neighbourhood, from the command line.
class ConcernCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("concern"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int add(const QStringList& arguments, Io& io);
    int list(const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
