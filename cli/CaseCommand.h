#pragma once

#include "cli/Command.h"

namespace proxima::cli {

/// `case add|list|show|set`: problem cases from the command line.
class CaseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int add(const QStringList& arguments, Io& io);
    int list(const QStringList& arguments, Io& io);
    int show(const QStringList& arguments, Io& io);
    int set(const QStringList& arguments, Io& io);
};

/// `member add|list`: the CoPmittee roster from the command line.
class MemberCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("member"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;
};

} // namespace proxima::cli
