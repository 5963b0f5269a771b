#include "cli/WorkspaceCommands.h"

#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"
#include "core/demo/DemoWorkspace.h"

#include <QCoreApplication>

#include <utility>

namespace proxima::cli {

QString InitCommand::summary() const
{
    return QCoreApplication::translate("cli", "create an empty workspace file");
}

QString InitCommand::help() const
{
    return QCoreApplication::translate("cli", "usage: proxima-cli init FILE [--name NAME]\n"
                                              "Creates a new, empty workspace. An existing file is never "
                                              "overwritten.\n");
}

int InitCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addValueOption(QStringLiteral("name"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    auto created = Workspace::create(parser.positional().at(0), parser.value(QStringLiteral("name")));
    if (!created)
        return fail(io, name(), created.error());
    io.out << QCoreApplication::translate("cli", "created %1 (schema %2)\n")
                  .arg(created.value()->path())
                  .arg(Workspace::currentSchemaVersion());
    return ExitOk;
}

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("cli", "write the demo workspace (the Saint-Roch neighbourhood)");
}

QString DemoCommand::help() const
{
    return QCoreApplication::translate("cli", "usage: proxima-cli demo FILE\n"
                                              "Writes the demo workspace: a fictional Belgian neighbourhood with "
                                              "its CoPmittee and problem cases in every SARA stage. An existing "
                                              "file is never overwritten.\n");
}

int DemoCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    int code = 0;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    if (Status s = DemoWorkspace::create(parser.positional().at(0)); !s)
        return fail(io, name(), s.error());
    io.out << QCoreApplication::translate("cli", "wrote the demo workspace to %1\n").arg(parser.positional().at(0));
    return ExitOk;
}

namespace {

// Read-only commands read an older file through an upgraded copy in memory; they say so, and how to upgrade.
QString olderSchemaNote(const Workspace& ws)
{
    return QCoreApplication::translate("cli", "                (older than this Proxima's schema %1: read without "
                                              "changing the file; \"proxima-cli upgrade %2\" upgrades it)\n")
        .arg(Workspace::currentSchemaVersion())
        .arg(ws.path());
}

} // namespace

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("cli", "check a workspace's integrity and schema");
}

QString CheckCommand::help() const
{
    return QCoreApplication::translate("cli", "usage: proxima-cli check FILE\n"
                                              "Runs SQLite's full integrity check and the foreign-key check and "
                                              "verifies the schema version. Exits non-zero on any problem.\n");
}

int CheckCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    int code = ExitOk;
    auto ws = parseAndOpen(parser, arguments, 1, io, name(), &code, OpenMode::ReadOnly);
    if (!ws)
        return code;
    Result<QStringList> problems = ws->integrityCheck();
    if (!problems)
        return fail(io, name(), problems.error());
    for (const QString& problem : problems.value())
        io.err << ws->path() << QStringLiteral(": ") << problem << '\n';
    if (!problems->isEmpty())
        return ExitFailure;
    io.out << QCoreApplication::translate("cli", "%1: ok (schema %2)\n").arg(ws->path()).arg(ws->fileSchemaVersion());
    if (ws->fileSchemaVersion() < Workspace::currentSchemaVersion())
        io.out << olderSchemaNote(*ws);
    return ExitOk;
}

QString InfoCommand::summary() const
{
    return QCoreApplication::translate("cli", "show schema, versions, last writer and record counts");
}

QString InfoCommand::help() const
{
    return QCoreApplication::translate("cli", "usage: proxima-cli info FILE [--json]\n"
                                              "Shows the schema version, the app version that last wrote the file, "
                                              "the last writer and the number of records of each kind.\n"
                                              "--json prints one object: {\"schema_version\": N, "
                                              "\"current_schema_version\": N, \"app_version\": ..., "
                                              "\"last_writer\": ..., \"counts\": {\"cases\": N, ...}}\n"
                                              "Reads only: a file of an older schema is not upgraded (see: "
                                              "proxima-cli help upgrade).\n");
}

int InfoCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    int code = ExitOk;
    auto ws = parseAndOpen(parser, arguments, 1, io, name(), &code, OpenMode::ReadOnly);
    if (!ws)
        return code;
    auto counts = ws->recordCounts();
    if (!counts)
        return fail(io, name(), counts.error());
    const QString appVersion = ws->meta(QStringLiteral("last_app_version"));
    const QString lastWriter = ws->meta(QStringLiteral("last_writer"));
    const QString lastWritten = ws->meta(QStringLiteral("last_written_at"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject countObject;
        for (const auto& [table, n] : counts.value())
            countObject.insert(table, n);
        // The community side's records under the names scripts use (the contract of issue 12), besides their tables.
        for (const auto& [alias, table] : {std::pair{"groups", "community_groups"},
                                           std::pair{"contacts", "group_contacts"},
                                           std::pair{"outreach", "outreach_activities"}})
            countObject.insert(QLatin1String(alias), countObject.value(QLatin1String(table)).toInteger(0));
        printJson(io.out, QJsonObject{{QStringLiteral("path"), ws->path()},
                                      {QStringLiteral("name"), ws->name()},
                                      {QStringLiteral("schema_version"), ws->fileSchemaVersion()},
                                      {QStringLiteral("current_schema_version"), Workspace::currentSchemaVersion()},
                                      {QStringLiteral("app_version"), appVersion},
                                      {QStringLiteral("last_writer"), lastWriter},
                                      {QStringLiteral("last_written_at"), lastWritten},
                                      {QStringLiteral("counts"), countObject}});
        return ExitOk;
    }
    io.out << QCoreApplication::translate("cli", "Workspace:      %1\n").arg(ws->name());
    io.out << QCoreApplication::translate("cli", "File:           %1\n").arg(ws->path());
    io.out << QCoreApplication::translate("cli", "Schema version: %1\n").arg(ws->fileSchemaVersion());
    if (ws->fileSchemaVersion() < Workspace::currentSchemaVersion())
        io.out << olderSchemaNote(*ws);
    io.out << QCoreApplication::translate("cli", "App version:    %1\n").arg(appVersion);
    io.out << QCoreApplication::translate("cli", "Last writer:    %1 (%2)\n").arg(lastWriter, lastWritten);
    io.out << QCoreApplication::translate("cli", "Records:\n");
    for (const auto& [table, n] : counts.value())
        io.out << QStringLiteral("  %1 %2\n").arg(table, -16).arg(n);
    return ExitOk;
}

QString UpgradeCommand::summary() const
{
    return QCoreApplication::translate("cli", "upgrade a workspace of an older schema (keeps a backup copy)");
}

QString UpgradeCommand::help() const
{
    return QCoreApplication::translate("cli", "usage: proxima-cli upgrade FILE\n"
                                              "Brings a workspace written by an older Proxima to this version's schema, "
                                              "after copying the file as it was to FILE.schemaN.bak. Members who still "
                                              "use the older version cannot open the file afterwards: upgrade once "
                                              "everyone has the new version. Commands that change a workspace refuse "
                                              "an older one until it is upgraded; commands that only read never "
                                              "upgrade it.\n");
}

int UpgradeCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    const QString path = parser.positional().at(0);
    const Result<SchemaUpgrade> done = Workspace::upgrade(path);
    if (!done)
        return fail(io, name(), done.error());
    if (done->backup.isEmpty()) {
        io.out << QCoreApplication::translate("cli", "%1 already has schema %2: nothing to upgrade\n")
                      .arg(path)
                      .arg(done->to);
        return ExitOk;
    }
    io.out << QCoreApplication::translate("cli", "upgraded %1 from schema %2 to %3; the file as it was is kept in %4\n")
                  .arg(path)
                  .arg(done->from)
                  .arg(done->to)
                  .arg(done->backup);
    return ExitOk;
}

} // namespace proxima::cli
