#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `group add|list`: the groups and communities of the community map.
class GroupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("group"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int add(const QStringList& arguments, Io& io);
    int list(const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
