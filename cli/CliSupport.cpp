#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace proxima::cli {

int fail(Io& io, const QString& command, const QString& message, int code)
{
    io.err << QStringLiteral("proxima-cli %1: %2\n").arg(command, message);
    io.err.flush();
    return code;
}

int fail(Io& io, const QString& command, const Error& error, int code)
{
    return fail(io, command, error.toString(), code);
}

bool parseOrFail(ArgumentParser& parser, const QStringList& arguments, int positionalCount, Io& io,
                 const QString& command, int* exitCode)
{
    if (Status s = parser.parse(arguments); !s) {
        *exitCode = fail(io, command, s.error().message + QStringLiteral(" (see: proxima-cli help %1)").arg(command),
                         ExitUsage);
        return false;
    }
    if (positionalCount >= 0 && parser.positional().size() != positionalCount) {
        *exitCode = fail(io, command,
                         QCoreApplication::translate("cli", "expected %1 argument(s), got %2 (see: proxima-cli help %3)")
                             .arg(positionalCount)
                             .arg(parser.positional().size())
                             .arg(command),
                         ExitUsage);
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> parseAndOpen(ArgumentParser& parser, const QStringList& arguments, int positionalCount,
                                        Io& io, const QString& command, int* exitCode, OpenMode mode)
{
    if (!parseOrFail(parser, arguments, positionalCount, io, command, exitCode))
        return nullptr;
    auto ws = openWorkspace(parser.positional().at(0), io, command, mode);
    if (!ws)
        *exitCode = ExitFailure;
    return ws;
}

std::unique_ptr<Workspace> openWorkspace(const QString& path, Io& io, const QString& command, OpenMode mode)
{
    auto opened = Workspace::open(path, mode);
    if (!opened) {
        fail(io, command, opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace proxima::cli
