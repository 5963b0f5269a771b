#pragma once

#include "cli/ArgumentParser.h"
#include "cli/Command.h"
#include "cli/JsonOutput.h"
#include "core/common/Result.h"
#include "core/storage/Workspace.h"

#include <functional>
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

/// Parses `FILE ID [options]`, reads ID and opens the workspace; on failure prints why (notAnId, with %1 for the
/// text given, when ID is not a number), sets *exitCode and returns null.
std::unique_ptr<Workspace> parseIdAndOpen(ArgumentParser& parser, const QStringList& arguments, Io& io,
                                          const QString& command, const QString& notAnId, qint64* id, int* exitCode,
                                          OpenMode mode = OpenMode::ReadWrite);

/// `add FILE --option TEXT [options]`: parses, requires a non-empty requiredOption, opens the workspace, runs add
/// (which applies the options and stores the record, returning its id) as one transaction and prints the id.
/// Returns the exit code.
int addRecord(ArgumentParser& parser, const QStringList& arguments, Io& io, const QString& command,
              const QString& requiredOption, const std::function<Result<qint64>(Workspace&)>& add);

/// `list FILE [--json]`: opens the workspace, loads the records and prints them as a JSON array of toJson, or as
/// text with print. Returns the exit code.
template <typename Record>
int listRecords(const QStringList& arguments, Io& io, const QString& command,
                const std::function<Result<QList<Record>>(Workspace&)>& load,
                const std::function<QJsonObject(const Record&)>& toJson,
                const std::function<void(const QList<Record>&)>& print)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    int code = ExitOk;
    auto ws = parseAndOpen(parser, arguments, 1, io, command, &code, OpenMode::ReadOnly);
    if (!ws)
        return code;
    Result<QList<Record>> records = load(*ws);
    if (!records)
        return fail(io, command, records.error());
    if (!parser.isSet(QStringLiteral("json"))) {
        print(records.value());
        return ExitOk;
    }
    QJsonArray array;
    for (const Record& record : records.value())
        array.append(toJson(record));
    printJson(io.out, array);
    return ExitOk;
}

} // namespace proxima::cli
