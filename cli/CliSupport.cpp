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

std::unique_ptr<Workspace> parseIdAndOpen(ArgumentParser& parser, const QStringList& arguments, Io& io,
                                          const QString& command, const QString& notAnId, qint64* id, int* exitCode,
                                          OpenMode mode)
{
    if (!parseOrFail(parser, arguments, 2, io, command, exitCode))
        return nullptr;
    bool ok = false;
    *id = parser.positional().at(1).toLongLong(&ok);
    if (!ok) {
        *exitCode = fail(io, command, notAnId.arg(parser.positional().at(1)), ExitUsage);
        return nullptr;
    }
    auto ws = openWorkspace(parser.positional().at(0), io, command, mode);
    if (!ws)
        *exitCode = ExitFailure;
    return ws;
}

int addRecord(ArgumentParser& parser, const QStringList& arguments, Io& io, const QString& command,
              const QString& requiredOption, const std::function<Result<qint64>(Workspace&)>& add)
{
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, command, &code))
        return code;
    if (parser.value(requiredOption).trimmed().isEmpty())
        return fail(io, command, QCoreApplication::translate("cli", "--%1 is required").arg(requiredOption), ExitUsage);
    auto ws = openWorkspace(parser.positional().at(0), io, command);
    if (!ws)
        return ExitFailure;
    qint64 id = 0;
    const Status written = ws->write([&]() -> Status {
        Result<qint64> added = add(*ws);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (!written)
        return fail(io, command, written.error());
    io.out << id << '\n';
    return ExitOk;
}

} // namespace proxima::cli
