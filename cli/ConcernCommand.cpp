#include "cli/ConcernCommand.h"

#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/ConcernRepository.h"

#include <QCoreApplication>

namespace proxima::cli {
namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject concernJson(const Concern& k)
{
    return QJsonObject{{QStringLiteral("id"), k.id},
                       {QStringLiteral("case_id"), k.caseId > 0 ? QJsonValue(k.caseId) : QJsonValue()},
                       {QStringLiteral("text"), k.text},
                       {QStringLiteral("source"), concernSourceKey(k.source)},
                       {QStringLiteral("raised_on"), k.raisedOn.toString(Qt::ISODate)},
                       {QStringLiteral("place"), k.place},
                       {QStringLiteral("category"), k.category},
                       {QStringLiteral("severity"), k.severity > 0 ? QJsonValue(k.severity) : QJsonValue()},
                       {QStringLiteral("frequency"), concernFrequencyKey(k.frequency)},
                       {QStringLiteral("raised_by"), k.raisedBy},
                       {QStringLiteral("area"), k.areaName},
                       {QStringLiteral("lat"), optionalNumber(k.lat)},
                       {QStringLiteral("lon"), optionalNumber(k.lon)},
                       {QStringLiteral("revision"), k.revision}};
}

Error optionError(const QString& message, const char* option)
{
    return Error{message, {}, 0, QString::fromLatin1(option)};
}

Status applyOptions(const ArgumentParser& parser, Workspace& ws, Concern& k)
{
    k.text = parser.value(QStringLiteral("text"));
    k.place = parser.value(QStringLiteral("place"));
    k.category = parser.value(QStringLiteral("category"));
    k.raisedBy = parser.value(QStringLiteral("raised-by"));
    if (parser.isSet(QStringLiteral("case"))) {
        bool ok = false;
        k.caseId = parser.value(QStringLiteral("case")).toLongLong(&ok);
        if (!ok || k.caseId <= 0)
            return optionError(
                QCoreApplication::translate("cli", "'%1' is not a case id").arg(parser.value(QStringLiteral("case"))),
                "--case");
    }
    if (parser.isSet(QStringLiteral("source"))) {
        const auto source = concernSourceFromKey(parser.value(QStringLiteral("source")));
        if (!source)
            return optionError(
                QCoreApplication::translate("cli", "unknown source '%1' (one of: %2)")
                    .arg(parser.value(QStringLiteral("source")), concernSourceKeys().join(QStringLiteral(", "))),
                "--source");
        k.source = *source;
    }
    if (parser.isSet(QStringLiteral("severity"))) {
        bool ok = false;
        k.severity = parser.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || k.severity < 1 || k.severity > 5)
            return optionError(QCoreApplication::translate("cli", "the severity is a whole number from 1 to 5"),
                               "--severity");
    }
    if (parser.isSet(QStringLiteral("frequency"))) {
        const auto frequency = concernFrequencyFromKey(parser.value(QStringLiteral("frequency")));
        if (!frequency)
            return optionError(QCoreApplication::translate("cli", "unknown frequency '%1'")
                                   .arg(parser.value(QStringLiteral("frequency"))),
                               "--frequency");
        k.frequency = *frequency;
    }
    if (parser.isSet(QStringLiteral("area"))) {
        Result<qint64> id = AreaRepository(ws).idForName(parser.value(QStringLiteral("area")), true);
        if (!id)
            return id.error();
        k.areaId = id.value();
    }
    return {};
}

} // namespace

QString ConcernCommand::summary() const
{
    return QCoreApplication::translate("cli", "add and list the concerns raised in the neighbourhood");
}

QString ConcernCommand::help() const
{
    return QCoreApplication::translate(
               "cli",
               "usage:\n"
               "  proxima-cli concern add FILE --text TEXT [--case ID] [--source SOURCE] [--severity 1-5]\n"
               "                             [--place P] [--category C] [--frequency F] [--raised-by WHO]\n"
               "                             [--area AREA]\n"
               "      Adds a concern (raised today) and prints its id.\n"
               "  proxima-cli concern list FILE [--json]\n"
               "      Lists the concerns, newest first. JSON: an array of objects with id, case_id, text, source,\n"
               "      raised_on, place, category, severity, frequency, raised_by, area, lat, lon, revision.\n"
               "Sources: %1\nFrequencies: once, occasionally, monthly, weekly, daily\n")
        .arg(concernSourceKeys().join(QStringLiteral(", ")));
}

int ConcernCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("add"))
        return add(arguments.mid(1), io);
    if (sub == QStringLiteral("list"))
        return list(arguments.mid(1), io);
    return fail(io, name(), QCoreApplication::translate("cli", "unknown action '%1' (add, list)").arg(sub), ExitUsage);
}

int ConcernCommand::add(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option :
         {"text", "case", "source", "severity", "place", "category", "frequency", "raised-by", "area"})
        parser.addValueOption(QString::fromLatin1(option));
    int code = 0;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    if (parser.value(QStringLiteral("text")).trimmed().isEmpty())
        return fail(io, name(), QCoreApplication::translate("cli", "--text is required"), ExitUsage);
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    Concern concern;
    Result<Concern> added = Error{};
    const Status written = ws->write([&]() -> Status {
        if (Status s = applyOptions(parser, *ws, concern); !s)
            return s;
        added = ConcernRepository(*ws).add(concern);
        return added ? Status{} : Status{added.error()};
    });
    if (!written)
        return fail(io, name(), written.error());
    io.out << added->id << '\n';
    return ExitOk;
}

int ConcernCommand::list(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    int code = ExitOk;
    auto ws = parseAndOpen(parser, arguments, 1, io, name(), &code, OpenMode::ReadOnly);
    if (!ws)
        return code;
    Result<QList<Concern>> concerns = ConcernRepository(*ws).listAll();
    if (!concerns)
        return fail(io, name(), concerns.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Concern& k : concerns.value())
            array.append(concernJson(k));
        printJson(io.out, array);
        return ExitOk;
    }
    for (const Concern& k : concerns.value()) {
        io.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(k.id, 4)
                      .arg(k.raisedOn.toString(Qt::ISODate))
                      .arg(k.caseId > 0 ? QString::number(k.caseId) : QStringLiteral("-"), 4)
                      .arg(k.severity > 0 ? QString::number(k.severity) : QStringLiteral("-"))
                      .arg(concernSourceKey(k.source), -17)
                      .arg(k.text);
    }
    return ExitOk;
}

} // namespace proxima::cli
