#pragma once

#include "cli/Command.h"
#include "core/common/Result.h"
#include "core/voting/TallyResult.h"

namespace proxima::cli {

/// Parses "3,1,{2,5}" into places of printed candidate ids (braces group tied candidates); error field "--ranking".
Result<QList<QStringList>> parseRankingArgument(const QString& text);

/// `vote sessions|cast|open|close`: voting sessions of a workspace from the command line (scripting, tests).
class VoteCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vote"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int sessions(const QStringList& arguments, Io& io);
    int cast(const QStringList& arguments, Io& io);
    int changeState(const QString& action, const QStringList& arguments, Io& io);
};

} // namespace proxima::cli
