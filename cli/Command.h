#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace proxima::cli {

/// Where a command writes: normal output (stdout) and diagnostics (stderr).
struct Io
{
    QTextStream& out;
    QTextStream& err;
};

/// Exit codes shared by every subcommand of proxima-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< the work failed or found problems (rejected rows, failed check, ...)
    ExitUsage = 2,     ///< the command line itself is wrong
};

/// One subcommand of proxima-cli ("info", "tally", ...). Register new ones in app/cli/main.cpp.
class Command
{
public:
    virtual ~Command() = default;
    /// The word that selects the command on the command line.
    virtual QString name() const = 0;
    /// One line for the command overview.
    virtual QString summary() const = 0;
    /// Full usage text: synopsis, options, conventions.
    virtual QString help() const = 0;
    /// Runs with the arguments that follow the command word. Returns an ExitCode.
    virtual int run(const QStringList& arguments, Io& io) = 0;
};

} // namespace proxima::cli
