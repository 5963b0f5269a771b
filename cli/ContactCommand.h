#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `contact add|list`: the key people of the groups (only what the work needs).
class ContactCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("contact"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int add(const QStringList& arguments, Io& io);
    int list(const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
