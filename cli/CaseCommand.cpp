#include "cli/CaseCommand.h"

#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/StageRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <QCoreApplication>

namespace proxima::cli {
namespace {

QJsonObject caseJson(const ProblemCase& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("stage"), stageKey(c.stage)},
                       {QStringLiteral("priority"), c.priority},
                       {QStringLiteral("category"), c.category},
                       {QStringLiteral("area"), c.areaName},
                       {QStringLiteral("location"), c.location},
                       {QStringLiteral("description"), c.description},
                       {QStringLiteral("lead"), c.leadName},
                       {QStringLiteral("opened_on"), c.openedOn.toString(Qt::ISODate)},
                       {QStringLiteral("updated_at"), c.updatedAt.toString(Qt::ISODate)},
                       {QStringLiteral("revision"), c.revision}};
}

// Applies --title/--stage/--area/... options to a case; returns an error naming the option.
Status applyOptions(const ArgumentParser& parser, Workspace& ws, ProblemCase& c)
{
    if (parser.isSet(QStringLiteral("title")))
        c.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("description")))
        c.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("category")))
        c.category = parser.value(QStringLiteral("category"));
    if (parser.isSet(QStringLiteral("location")))
        c.location = parser.value(QStringLiteral("location"));
    if (parser.isSet(QStringLiteral("stage"))) {
        const auto stage = stageFromText(parser.value(QStringLiteral("stage")));
        if (!stage)
            return Error{QCoreApplication::translate("cli", "unknown stage '%1' (one of: %2)")
                             .arg(parser.value(QStringLiteral("stage")), stageKeys().join(QStringLiteral(", "))),
                         {}, 0, QStringLiteral("--stage")};
        c.stage = *stage;
    }
    if (parser.isSet(QStringLiteral("priority"))) {
        bool ok = false;
        const int priority = parser.value(QStringLiteral("priority")).toInt(&ok);
        if (!ok || priority < 0)
            return Error{QCoreApplication::translate("cli", "the priority must be a whole number, 0 or more"), {}, 0,
                         QStringLiteral("--priority")};
        c.priority = priority;
    }
    if (parser.isSet(QStringLiteral("area"))) {
        AreaRepository areas(ws);
        Result<qint64> id = areas.idForName(parser.value(QStringLiteral("area")), true);
        if (!id)
            return id.error();
        c.areaId = id.value();
    }
    return {};
}

// `case show|set FILE ID`: the workspace and the case id, or null (and *code set) after saying why.
std::unique_ptr<Workspace> openCase(ArgumentParser& parser, const QStringList& arguments, Io& io,
                                    const QString& command, qint64* id, int* code, OpenMode mode)
{
    return parseIdAndOpen(parser, arguments, io, command,
                          QCoreApplication::translate("cli", "'%1' is not a case id"), id, code, mode);
}

void addCaseOptions(ArgumentParser& parser)
{
    for (const char* option : {"title", "description", "category", "location", "stage", "priority", "area"})
        parser.addValueOption(QString::fromLatin1(option));
}

} // namespace

QString CaseCommand::summary() const
{
    return QCoreApplication::translate("cli", "add, list, show and edit problem cases");
}

QString CaseCommand::help() const
{
    return QCoreApplication::translate(
               "cli",
               "usage:\n"
               "  proxima-cli case add FILE --title TEXT [--stage STAGE] [--area AREA] [--category C]\n"
               "                          [--location L] [--description D] [--priority N]\n"
               "      Adds a case and prints its id. An unknown area is created.\n"
               "  proxima-cli case list FILE [--json]\n"
               "      Lists the cases by priority (1 = highest, 0 = not ranked).\n"
               "      JSON: an array of objects with id, title, stage, priority, category, area, ...\n"
               "  proxima-cli case show FILE ID [--json]\n"
               "  proxima-cli case set FILE ID [--title ...] [--stage ...] [--reason TEXT] [--area ...] ...\n"
               "      Edits a case (recorded in the change log like an edit in the app). Moving it forward checks\n"
               "      the stage's checklist as the app does: with requirements unmet, --reason overrides them and\n"
               "      is recorded in the case's stage history.\n"
               "Stages: %1\n")
        .arg(stageKeys().join(QStringLiteral(", ")));
}

int CaseCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QStringLiteral("add"))
        return add(rest, io);
    if (sub == QStringLiteral("list"))
        return list(rest, io);
    if (sub == QStringLiteral("show"))
        return show(rest, io);
    if (sub == QStringLiteral("set"))
        return set(rest, io);
    return fail(io, name(),
                QCoreApplication::translate("cli", "unknown action '%1' (add, list, show, set)").arg(sub), ExitUsage);
}

int CaseCommand::add(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    addCaseOptions(parser);
    return addRecord(parser, arguments, io, name(), QStringLiteral("title"), [&](Workspace& ws) -> Result<qint64> {
        ProblemCase c;
        if (Status s = applyOptions(parser, ws, c); !s)
            return s.error();
        Result<ProblemCase> added = CaseRepository(ws).add(c);
        if (!added)
            return added.error();
        return added->id;
    });
}

int CaseCommand::list(const QStringList& arguments, Io& io)
{
    return listRecords<ProblemCase>(
        arguments, io, name(), [](Workspace& ws) { return CaseRepository(ws).list(); }, caseJson,
        [&io](const QList<ProblemCase>& cases) {
            io.out << QStringLiteral("%1  %2  %3  %4\n")
                          .arg(QCoreApplication::translate("cli", "ID"), 4)
                          .arg(QCoreApplication::translate("cli", "Prio"), 4)
                          .arg(QCoreApplication::translate("cli", "Stage"), -8)
                          .arg(QCoreApplication::translate("cli", "Title"));
            for (const ProblemCase& c : cases) {
                io.out << QStringLiteral("%1  %2  %3  %4\n")
                              .arg(c.id, 4)
                              .arg(c.priority > 0 ? QString::number(c.priority) : QStringLiteral("-"), 4)
                              .arg(stageKey(c.stage), -8)
                              .arg(c.title);
            }
        });
}

int CaseCommand::show(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    qint64 id = 0;
    int code = ExitOk;
    auto ws = openCase(parser, arguments, io, name(), &id, &code, OpenMode::ReadOnly);
    if (!ws)
        return code;
    Result<ProblemCase> c = CaseRepository(*ws).find(id);
    if (!c)
        return fail(io, name(), c.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io.out, caseJson(c.value()));
        return ExitOk;
    }
    const QJsonObject fields = caseJson(c.value());
    for (const char* key : {"id", "title", "stage", "priority", "category", "area", "location", "lead", "opened_on",
                            "updated_at", "revision", "description"}) {
        const QString k = QString::fromLatin1(key);
        io.out << QStringLiteral("%1 %2\n").arg(k + QLatin1Char(':'), -12).arg(fields.value(k).toVariant().toString());
    }
    return ExitOk;
}

int CaseCommand::set(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    addCaseOptions(parser);
    parser.addValueOption(QStringLiteral("reason"));
    qint64 id = 0;
    int code = ExitOk;
    auto ws = openCase(parser, arguments, io, name(), &id, &code, OpenMode::ReadWrite);
    if (!ws)
        return code;
    const Status written = ws->write([&]() -> Status {
        Result<ProblemCase> c = CaseRepository(*ws).find(id);
        if (!c)
            return c.error();
        ProblemCase edited = c.value();
        if (Status s = applyOptions(parser, *ws, edited); !s)
            return s;
        if (edited.stage != c->stage) {
            // The same gates as the app: a forward move with unmet requirements needs a reason, which is recorded.
            Result<StageMove> moved = StageRepository(*ws).move(edited, parser.value(QStringLiteral("reason")));
            if (!moved) {
                Error error = moved.error();
                if (error.field == QStringLiteral("reason"))
                    error.field = QStringLiteral("--reason");
                return error;
            }
            return Status{};
        }
        Result<ProblemCase> saved = CaseRepository(*ws).update(edited);
        return saved ? Status{} : Status{saved.error()};
    });
    if (!written)
        return fail(io, name(), written.error());
    return ExitOk;
}

QString MemberCommand::summary() const
{
    return QCoreApplication::translate("cli", "list and add CoPmittee members");
}

QString MemberCommand::help() const
{
    QStringList sectors;
    for (Sector s : allSectors())
        sectors << sectorKey(s);
    return QCoreApplication::translate("cli",
                                       "usage:\n"
                                       "  proxima-cli member list FILE [--json]\n"
                                       "  proxima-cli member add FILE --name NAME --sector SECTOR [--organisation O]\n"
                                       "                            [--role facilitator|member|observer] [--contact C]\n"
                                       "Sectors: %1\n"
                                       "Keep personal data minimal: only what the committee needs to work together.\n")
        .arg(sectors.join(QStringLiteral(", ")));
}

int MemberCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    for (const char* option : {"name", "sector", "organisation", "role", "contact"})
        parser.addValueOption(QString::fromLatin1(option));
    int code = 0;
    if (sub != QStringLiteral("list") && sub != QStringLiteral("add"))
        return fail(io, name(), QCoreApplication::translate("cli", "unknown action '%1' (list, add)").arg(sub),
                    ExitUsage);
    if (!parseOrFail(parser, arguments.mid(1), 1, io, name(), &code))
        return code;
    auto ws = openWorkspace(parser.positional().at(0), io, name());
    if (!ws)
        return ExitFailure;
    MemberRepository members(*ws);
    if (sub == QStringLiteral("add")) {
        Member m;
        m.name = parser.value(QStringLiteral("name"));
        m.organisation = parser.value(QStringLiteral("organisation"));
        m.contact = parser.value(QStringLiteral("contact"));
        const auto sector = sectorFromKey(parser.value(QStringLiteral("sector")));
        if (!sector)
            return fail(io, name(), QCoreApplication::translate("cli", "--sector: unknown sector '%1'")
                                        .arg(parser.value(QStringLiteral("sector"))), ExitUsage);
        m.sector = *sector;
        const auto role = roleFromKey(parser.value(QStringLiteral("role"), QStringLiteral("member")));
        if (!role)
            return fail(io, name(), QCoreApplication::translate("cli", "--role: unknown role '%1'")
                                        .arg(parser.value(QStringLiteral("role"))), ExitUsage);
        m.role = *role;
        Result<Member> added = members.add(m);
        if (!added)
            return fail(io, name(), added.error());
        io.out << added->id << '\n';
        return ExitOk;
    }
    Result<QList<Member>> list = members.list();
    if (!list)
        return fail(io, name(), list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Member& m : list.value())
            array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("name"), m.name},
                                     {QStringLiteral("organisation"), m.organisation},
                                     {QStringLiteral("sector"), sectorKey(m.sector)},
                                     {QStringLiteral("role"), roleKey(m.role)}});
        printJson(io.out, array);
        return ExitOk;
    }
    for (const Member& m : list.value())
        io.out << QStringLiteral("%1  %2  %3  %4\n").arg(m.id, 4).arg(m.name, -30).arg(sectorKey(m.sector), -20)
                      .arg(m.organisation);
    return ExitOk;
}

} // namespace proxima::cli
