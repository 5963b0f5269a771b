#include "cli/ImportCommand.h"

#include "cli/CliSupport.h"
#include "core/io/IncidentColumnMapping.h"
#include "core/services/IncidentImportService.h"

#include <QCoreApplication>

#include <optional>

namespace proxima::cli {
namespace {

using io::IncidentField;

std::optional<IncidentField> fieldFromName(const QString& name)
{
    static const QList<QPair<const char*, IncidentField>> names = {
        {"date", IncidentField::Date},
        {"time", IncidentField::Time},
        {"type", IncidentField::Type},
        {"category", IncidentField::Type},
        {"address", IncidentField::Address},
        {"x", IncidentField::X},
        {"y", IncidentField::Y},
        {"lat", IncidentField::Latitude},
        {"latitude", IncidentField::Latitude},
        {"lon", IncidentField::Longitude},
        {"longitude", IncidentField::Longitude},
        {"text", IncidentField::Description},
        {"description", IncidentField::Description},
        {"area", IncidentField::Area},
        {"id", IncidentField::Reference},
        {"reference", IncidentField::Reference},
    };
    const QString wanted = name.trimmed().toLower();
    for (const auto& [key, field] : names) {
        if (wanted == QLatin1String(key))
            return field;
    }
    return std::nullopt;
}

// "date=Datum,type=Fait": each field takes the column with that header.
Result<io::IncidentColumnMapping> parseMapping(const QString& text)
{
    io::IncidentColumnMapping mapping;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const auto field = equals > 0 ? fieldFromName(part.left(equals)) : std::nullopt;
        const QString column = equals > 0 ? part.mid(equals + 1).trimmed() : QString();
        if (!field || column.isEmpty())
            return Error{QCoreApplication::translate("cli", "'%1' is not field=column (fields: date, time, type, "
                                                            "address, x, y, lat, lon, text, id, area)")
                             .arg(part.trimmed()),
                         {},
                         0,
                         QStringLiteral("--map")};
        mapping.setHeader(*field, column);
    }
    return mapping;
}

} // namespace

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("cli", "import incident data (CSV) into a workspace");
}

QString ImportCommand::help() const
{
    return QCoreApplication::translate(
        "cli",
        "usage:\n"
        "  proxima-cli import incidents FILE CSV [--map field=column,...] [--skip-invalid]\n"
        "      Imports incidents (e.g. an export of police records) in one transaction.\n"
        "      Columns are matched by header name; --map names them instead (only the fields given).\n"
        "      Fields: date, time, type (category), address, x, y, lat, lon, text (description), id (reference),\n"
        "      area (matched by name to the workspace's areas; other names are reported, the rows kept).\n"
        "      Without --skip-invalid one rejected row imports nothing. Each rejected row is printed on stderr\n"
        "      as CSV:LINE: reason, and the exit code is 1 when any row was rejected.\n"
        "      Rows already in the workspace (same reference, or same content) are not added again.\n");
}

int ImportCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("incidents"))
        return incidents(arguments.mid(1), io);
    return fail(io, name(), QCoreApplication::translate("cli", "unknown kind '%1' (incidents)").arg(sub), ExitUsage);
}

int ImportCommand::incidents(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addValueOption(QStringLiteral("map"));
    parser.addFlag(QStringLiteral("skip-invalid"));
    int code = 0;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    io::IncidentColumnMapping mapping;
    if (parser.isSet(QStringLiteral("map"))) {
        Result<io::IncidentColumnMapping> parsed = parseMapping(parser.value(QStringLiteral("map")));
        if (!parsed)
            return fail(io, name(), parsed.error(), ExitUsage);
        mapping = parsed.value();
    }
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    const QString csvPath = parser.positional().at(1);
    io::IncidentParseOptions options;
    options.csv.fileName = csvPath;
    options.previewRows = 0;
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    Result<IncidentFileImport> imported = IncidentImportService(*ws).importFile(csvPath, mapping, options, skipInvalid);
    if (!imported)
        return fail(io, name(), imported.error());
    for (const io::RejectedRow& row : std::as_const(imported->parse.rejected))
        io.err << QStringLiteral("%1:%2: %3\n")
                      .arg(csvPath)
                      .arg(row.line)
                      .arg(IncidentImportService::describeReasons(row));
    io.err.flush();
    const IncidentImportSummary& s = imported->summary;
    io.out << QCoreApplication::translate("cli", "read: %1\nimported: %2\nalready present: %3\nrejected: %4\n")
                  .arg(s.rowsRead)
                  .arg(s.imported)
                  .arg(s.alreadyPresent)
                  .arg(s.rejected);
    if (s.rejected > 0 && !skipInvalid)
        io.out << QCoreApplication::translate("cli", "nothing was imported (use --skip-invalid to import the valid "
                                                     "rows)\n");
    else if (!s.unknownAreas.isEmpty())
        io.out << QCoreApplication::translate("cli", "areas not in the workspace (rows kept without an area): %1\n")
                      .arg(describeUnknownAreas(s.unknownAreas));
    io.out.flush();
    return s.rejected > 0 ? ExitFailure : ExitOk;
}

} // namespace proxima::cli
