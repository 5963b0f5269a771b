#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `init FILE`: creates an empty workspace.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

/// `demo FILE`: writes the demo workspace.
class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

/// `check FILE`: integrity check and schema; non-zero exit on any problem.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

/// `info FILE [--json]`: schema version, app version, last writer, record counts.
class InfoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

/// `upgrade FILE`: brings a workspace of an older schema to this version's, after a backup copy.
class UpgradeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("upgrade"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
