#include "cli/CommandLine.h"

#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace proxima::cli {

void CommandLine::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandLine::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CommandLine::printOverview(QTextStream& out) const
{
    out << QCoreApplication::translate("cli", "usage: proxima-cli COMMAND [ARGUMENTS]\n\n"
                                              "Proxima's command-line tool: workspaces, cases, imports, tallies, "
                                              "budgets and exports without the window.\n\nCommands:\n");
    for (const auto& command : m_commands)
        out << QStringLiteral("  %1 %2\n").arg(command->name(), -14).arg(command->summary());
    out << QCoreApplication::translate("cli", "\n'proxima-cli help COMMAND' shows a command's options. "
                                              "Errors go to stderr; the exit code is 0 on success, 1 when the work "
                                              "failed or found problems, 2 for a wrong command line.\n");
    out.flush();
}

int CommandLine::run(const QStringList& arguments, Io& io)
{
    const QString first = arguments.value(0);
    if (first.isEmpty()) {
        printOverview(io.err);
        return ExitUsage;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("version")) {
        io.out << QStringLiteral("proxima-cli %1\n").arg(QStringLiteral(PROXIMA_VERSION));
        return ExitOk;
    }
    if (first == QStringLiteral("help") || first == QStringLiteral("--help") || first == QStringLiteral("-h")) {
        const QString topic = arguments.value(1);
        if (topic.isEmpty()) {
            printOverview(io.out);
            return ExitOk;
        }
        Command* command = find(topic);
        if (!command)
            return fail(io, QStringLiteral("help"),
                        QCoreApplication::translate("cli", "unknown command '%1'").arg(topic), ExitUsage);
        io.out << command->help();
        return ExitOk;
    }
    Command* command = find(first);
    if (!command) {
        fail(io, first, QCoreApplication::translate("cli", "unknown command (see: proxima-cli help)"), ExitUsage);
        return ExitUsage;
    }
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        io.out << command->help();
        return ExitOk;
    }
    const int code = command->run(rest, io);
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace proxima::cli
