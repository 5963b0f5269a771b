#include "cli/GroupCommand.h"

#include "cli/CliSupport.h"
#include "cli/CommunityOptions.h"
#include "cli/JsonOutput.h"
#include "core/storage/repositories/AreaRepository.h"
#include "core/storage/repositories/GroupRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace proxima::cli {
namespace {

using namespace community_options;

QStringList kindKeys()
{
    QStringList keys;
    for (GroupKind kind : allGroupKinds())
        keys << groupKindKey(kind);
    return keys;
}

QStringList engagementKeys()
{
    QStringList keys;
    for (Engagement level : allEngagementLevels())
        keys << engagementKey(level);
    return keys;
}

QStringList basisKeys()
{
    QStringList keys;
    for (CommunityBasis basis : allBases())
        keys << basisKey(basis);
    return keys;
}

QJsonObject groupJson(const CommunityGroup& g, const QHash<qint64, QString>& areaNames)
{
    QJsonArray needs;
    for (const GroupNeed& need : g.needs)
        needs.append(QJsonObject{{QStringLiteral("id"), need.id},
                                 {QStringLiteral("text"), need.text},
                                 {QStringLiteral("case_id"), jsonId(need.caseId)}});
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("kind"), groupKindKey(g.kind)},
                       {QStringLiteral("engagement"), engagementKey(g.engagement)},
                       {QStringLiteral("basis"), basisKey(g.basis)},
                       {QStringLiteral("size"), g.sizeEstimate},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(g.languages)},
                       {QStringLiteral("hard_to_reach"), g.hardToReach},
                       {QStringLiteral("area"), g.areaId > 0 ? QJsonValue(areaNames.value(g.areaId)) : QJsonValue()},
                       {QStringLiteral("area_id"), jsonId(g.areaId)},
                       {QStringLiteral("representative_id"), jsonId(g.representativeId)},
                       {QStringLiteral("reviewed_on"), jsonDate(g.reviewedOn)},
                       {QStringLiteral("needs"), needs},
                       {QStringLiteral("map_x"), jsonNumber(g.mapX)},
                       {QStringLiteral("map_y"), jsonNumber(g.mapY)},
                       {QStringLiteral("map_radius"), jsonNumber(g.mapRadius)},
                       {QStringLiteral("notes"), g.notes},
                       {QStringLiteral("revision"), g.revision}};
}

Status applyOptions(const ArgumentParser& parser, CommunityGroup& g)
{
    g.name = parser.value(QStringLiteral("name")).trimmed();
    g.notes = parser.value(QStringLiteral("notes"));
    g.languages = splitLanguages(parser.values(QStringLiteral("languages")).join(QLatin1Char(',')));
    g.hardToReach = parser.isSet(QStringLiteral("hard-to-reach"));
    for (const QString& text : parser.values(QStringLiteral("need"))) {
        if (text.trimmed().isEmpty())
            return Error{QCoreApplication::translate("cli", "a need needs a text"), {}, 0, QStringLiteral("--need")};
        g.needs.append({0, text.trimmed(), 0});
    }
    if (Status s = readKey(parser, QStringLiteral("kind"), QCoreApplication::translate("cli", "kind"),
                           groupKindFromKey, kindKeys(), &g.kind);
        !s)
        return s;
    if (Status s = readKey(parser, QStringLiteral("engagement"), QCoreApplication::translate("cli", "engagement"),
                           engagementFromKey, engagementKeys(), &g.engagement);
        !s)
        return s;
    if (Status s = readKey(parser, QStringLiteral("basis"), QCoreApplication::translate("cli", "basis"),
                           basisFromKey, basisKeys(), &g.basis);
        !s)
        return s;
    if (Status s = readCount(parser, QStringLiteral("size"), &g.sizeEstimate); !s)
        return s;
    if (Status s = readId(parser, QStringLiteral("representative"), &g.representativeId); !s)
        return s;
    return readDate(parser, QStringLiteral("reviewed"), &g.reviewedOn);
}

} // namespace

QString GroupCommand::summary() const
{
    return QCoreApplication::translate("cli", "add and list the groups and communities of the community map");
}

QString GroupCommand::help() const
{
    return QCoreApplication::translate(
               "cli",
               "usage:\n"
               "  proxima-cli group add FILE --name NAME --kind KIND [--engagement LEVEL] [--area AREA]\n"
               "                           [--basis geographic|interest] [--size N] [--languages \"fr, nl\"]\n"
               "                           [--hard-to-reach] [--need TEXT]... [--representative MEMBER_ID]\n"
               "                           [--reviewed YYYY-MM-DD] [--notes TEXT]\n"
               "      Adds a group and prints its id. An unknown area is created.\n"
               "  proxima-cli group list FILE [--json]\n"
               "      Lists the groups by name. JSON: an array of objects with id, name, kind, engagement, basis,\n"
               "      size, languages, hard_to_reach, area, area_id, representative_id, reviewed_on,\n"
               "      needs [{id, text, case_id}], map_x, map_y, map_radius, notes, revision.\n"
               "Kinds: %1\nEngagement levels: %2\n")
        .arg(kindKeys().join(QStringLiteral(", ")), engagementKeys().join(QStringLiteral(", ")));
}

int GroupCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("add"))
        return add(arguments.mid(1), io);
    if (sub == QStringLiteral("list"))
        return list(arguments.mid(1), io);
    return fail(io, name(), QCoreApplication::translate("cli", "unknown action '%1' (add, list)").arg(sub), ExitUsage);
}

int GroupCommand::add(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"name", "kind", "engagement", "area", "basis", "size", "languages", "need",
                               "representative", "reviewed", "notes"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("hard-to-reach"));
    CommunityGroup group;
    return addCommunityRecord(
        parser, arguments, io, name(), {QStringLiteral("name"), QStringLiteral("kind")},
        [&] { return applyOptions(parser, group); },
        [&](Workspace& ws) -> Result<qint64> {
            Result<qint64> area = areaOption(parser, ws);
            if (!area)
                return area.error();
            group.areaId = area.value();
            Result<CommunityGroup> added = GroupRepository(ws).add(group);
            if (!added)
                return added.error();
            return added->id;
        });
}

int GroupCommand::list(const QStringList& arguments, Io& io)
{
    QHash<qint64, QString> areaNames;
    return listRecords<CommunityGroup>(
        arguments, io, name(),
        [&](Workspace& ws) -> Result<QList<CommunityGroup>> {
            auto areas = AreaRepository(ws).list();
            if (!areas)
                return areas.error();
            for (const Area& a : areas.value())
                areaNames.insert(a.id, a.name);
            return GroupRepository(ws).list();
        },
        [&](const CommunityGroup& g) { return groupJson(g, areaNames); },
        [&](const QList<CommunityGroup>& groups) {
            for (const CommunityGroup& g : groups) {
                io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                              .arg(g.id, 4)
                              .arg(groupKindKey(g.kind), -16)
                              .arg(engagementKey(g.engagement), -11)
                              .arg(g.hardToReach ? QStringLiteral("hard-to-reach") : QString(), -13)
                              .arg(g.name);
            }
        });
}

} // namespace proxima::cli
