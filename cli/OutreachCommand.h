#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `outreach add|list`: the outreach and engagement activities.
class OutreachCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("outreach"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int add(const QStringList& arguments, Io& io);
    int list(const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
