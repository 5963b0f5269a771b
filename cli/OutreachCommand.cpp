#include "cli/OutreachCommand.h"

#include "cli/CliSupport.h"
#include "cli/CommunityOptions.h"
#include "cli/JsonOutput.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/OutreachRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace proxima::cli {
namespace {

using namespace community_options;

QStringList kindKeys()
{
    QStringList keys;
    for (OutreachKind kind : allOutreachKinds())
        keys << outreachKindKey(kind);
    return keys;
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject activityJson(const OutreachActivity& a, const QHash<qint64, QString>& areaNames)
{
    QJsonArray followUps;
    for (const OutreachFollowUp& f : a.followUps)
        followUps.append(QJsonObject{{QStringLiteral("id"), f.id},
                                     {QStringLiteral("text"), f.text},
                                     {QStringLiteral("due_on"), jsonDate(f.dueOn)},
                                     {QStringLiteral("done"), f.done},
                                     {QStringLiteral("concern_id"), jsonId(f.concernId)},
                                     {QStringLiteral("case_id"), jsonId(f.caseId)}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("held_on"), jsonDate(a.heldOn)},
                       {QStringLiteral("kind"), outreachKindKey(a.kind)},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("people"), a.people},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(a.languages)},
                       {QStringLiteral("area"), a.areaId > 0 ? QJsonValue(areaNames.value(a.areaId)) : QJsonValue()},
                       {QStringLiteral("area_id"), jsonId(a.areaId)},
                       {QStringLiteral("group_ids"), idArray(a.groupIds)},
                       {QStringLiteral("member_ids"), idArray(a.memberIds)},
                       {QStringLiteral("follow_ups"), followUps},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("revision"), a.revision}};
}

Status applyOptions(const ArgumentParser& parser, OutreachActivity& a)
{
    a.title = parser.value(QStringLiteral("title")).trimmed();
    a.notes = parser.value(QStringLiteral("notes"));
    a.languages = splitLanguages(parser.values(QStringLiteral("languages")).join(QLatin1Char(',')));
    for (const QString& text : parser.values(QStringLiteral("follow-up"))) {
        if (text.trimmed().isEmpty())
            return Error{QCoreApplication::translate("cli", "a follow-up needs a text"), {}, 0,
                         QStringLiteral("--follow-up")};
        a.followUps.append({0, text.trimmed(), {}, false, 0, 0});
    }
    if (Status s = readDate(parser, QStringLiteral("date"), &a.heldOn); !s)
        return s;
    if (Status s = readKey(parser, QStringLiteral("kind"), QCoreApplication::translate("cli", "kind"),
                           outreachKindFromKey, kindKeys(), &a.kind);
        !s)
        return s;
    if (Status s = readCount(parser, QStringLiteral("people"), &a.people); !s)
        return s;
    if (Status s = readIds(parser, QStringLiteral("group"), &a.groupIds); !s)
        return s;
    return readIds(parser, QStringLiteral("member"), &a.memberIds);
}

} // namespace

QString OutreachCommand::summary() const
{
    return QCoreApplication::translate("cli", "add and list the outreach and engagement activities");
}

QString OutreachCommand::help() const
{
    return QCoreApplication::translate(
               "cli",
               "usage:\n"
               "  proxima-cli outreach add FILE --date YYYY-MM-DD --kind KIND [--group ID]... [--people N]\n"
               "                              [--title TEXT] [--languages \"fr, nl\"] [--member ID]...\n"
               "                              [--area AREA] [--follow-up TEXT]... [--notes TEXT]\n"
               "      Adds an activity and prints its id. --group: a group reached; --member: who took part.\n"
               "  proxima-cli outreach list FILE [--json]\n"
               "      Lists the activities, newest first. JSON: an array of objects with id, held_on, kind, title,\n"
               "      people, languages, area, area_id, group_ids, member_ids,\n"
               "      follow_ups [{id, text, due_on, done, concern_id, case_id}], notes, revision.\n"
               "Kinds: %1\n")
        .arg(kindKeys().join(QStringLiteral(", ")));
}

int OutreachCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("add"))
        return add(arguments.mid(1), io);
    if (sub == QStringLiteral("list"))
        return list(arguments.mid(1), io);
    return fail(io, name(), QCoreApplication::translate("cli", "unknown action '%1' (add, list)").arg(sub), ExitUsage);
}

int OutreachCommand::add(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option :
         {"date", "kind", "group", "people", "title", "languages", "member", "area", "follow-up", "notes"})
        parser.addValueOption(QString::fromLatin1(option));
    OutreachActivity activity;
    return addCommunityRecord(
        parser, arguments, io, name(), {QStringLiteral("date"), QStringLiteral("kind")},
        [&] { return applyOptions(parser, activity); },
        [&](Workspace& ws) -> Result<qint64> {
            Result<qint64> area = areaOption(parser, ws);
            if (!area)
                return area.error();
            activity.areaId = area.value();
            Result<OutreachActivity> added = OutreachRepository(ws).add(activity);
            if (!added)
                return added.error();
            return added->id;
        });
}

int OutreachCommand::list(const QStringList& arguments, Io& io)
{
    QHash<qint64, QString> areaNames;
    return listRecords<OutreachActivity>(
        arguments, io, name(),
        [&](Workspace& ws) -> Result<QList<OutreachActivity>> {
            auto areas = AreaRepository(ws).list();
            if (!areas)
                return areas.error();
            for (const Area& a : areas.value())
                areaNames.insert(a.id, a.name);
            return OutreachRepository(ws).list();
        },
        [&](const OutreachActivity& a) { return activityJson(a, areaNames); },
        [&](const QList<OutreachActivity>& activities) {
            for (const OutreachActivity& a : activities) {
                int open = 0;
                for (const OutreachFollowUp& f : a.followUps)
                    open += f.done ? 0 : 1;
                io.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                              .arg(a.id, 4)
                              .arg(a.heldOn.toString(Qt::ISODate))
                              .arg(outreachKindKey(a.kind), -19)
                              .arg(a.people, 4)
                              .arg(open > 0 ? QCoreApplication::translate("cli", "%1 open").arg(open) : QString(), -7)
                              .arg(a.title);
            }
        });
}

} // namespace proxima::cli
