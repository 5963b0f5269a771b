#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace proxima::cli {

/// Dispatches `proxima-cli COMMAND ...` to the registered commands; handles help and --version.
class CommandLine
{
public:
    /// Adds a command; the order is the order of the overview.
    void add(std::unique_ptr<Command> command);
    /// Runs the arguments after the program name; returns the process exit code.
    int run(const QStringList& arguments, Io& io);

private:
    void printOverview(QTextStream& out) const;
    Command* find(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace proxima::cli
