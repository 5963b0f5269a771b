#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Command.h"
#include "core/common/Result.h"
#include "core/storage/Workspace.h"

#include <memory>

namespace proxima::cli {

/// Prints "proxima-cli <command>: message" on stderr and returns the exit code.
int fail(Io& io, const QString& command, const QString& message, int code = ExitFailure);
/// Prints an Error (file:line: field: message) on stderr and returns the exit code.
int fail(Io& io, const QString& command, const Error& error, int code = ExitFailure);

/// Parses arguments; on a usage error prints it with the command's help hint and returns false.
bool parseOrFail(ArgumentParser& parser, const QStringList& arguments, int positionalCount, Io& io,
                 const QString& command, int* exitCode);

/// Parses the arguments and opens the workspace named by the first positional one; on failure prints why, sets
/// *exitCode (ExitUsage for the command line, ExitFailure for the file) and returns null.
std::unique_ptr<Workspace> parseAndOpen(ArgumentParser& parser, const QStringList& arguments, int positionalCount,
                                        Io& io, const QString& command, int* exitCode,
                                        OpenMode mode = OpenMode::ReadWrite);

/// Opens a workspace for a command, printing the reason on failure. Commands that only read open it read-only, so
/// that they never change the file (an older schema is upgraded in memory, not on the shared drive).
std::unique_ptr<Workspace> openWorkspace(const QString& path, Io& io, const QString& command,
                                         OpenMode mode = OpenMode::ReadWrite);

} // namespace proxima::cli
