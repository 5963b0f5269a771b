#include "cli/ContactCommand.h"

#include "cli/CliSupport.h"
#include "cli/CommunityOptions.h"
#include "cli/JsonOutput.h"
#include "core/storage/repositories/ContactRepository.h"

#include <QCoreApplication>

namespace proxima::cli {
namespace {

using namespace community_options;

QJsonObject contactJson(const KeyContact& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("group_id"), c.groupId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("role"), c.role},
                       {QStringLiteral("reach"), c.reach},
                       {QStringLiteral("language"), c.language},
                       {QStringLiteral("ally"), c.ally},
                       {QStringLiteral("key_figure"), c.keyFigure},
                       {QStringLiteral("consent"), c.consent},
                       {QStringLiteral("review_on"), jsonDate(c.reviewOn)},
                       {QStringLiteral("revision"), c.revision}};
}

Status applyOptions(const ArgumentParser& parser, KeyContact& c)
{
    c.name = parser.value(QStringLiteral("name")).trimmed();
    c.role = parser.value(QStringLiteral("role")).trimmed();
    c.reach = parser.value(QStringLiteral("reach")).trimmed();
    c.language = parser.value(QStringLiteral("language")).trimmed();
    c.ally = parser.isSet(QStringLiteral("ally"));
    c.keyFigure = parser.isSet(QStringLiteral("key-figure"));
    c.consent = parser.isSet(QStringLiteral("consent"));
    if (Status s = readId(parser, QStringLiteral("group"), &c.groupId); !s)
        return s;
    return readDate(parser, QStringLiteral("review"), &c.reviewOn);
}

} // namespace

QString ContactCommand::summary() const
{
    return QCoreApplication::translate("cli", "add and list the key people of the groups");
}

QString ContactCommand::help() const
{
    return QCoreApplication::translate(
        "cli",
        "usage:\n"
        "  proxima-cli contact add FILE --group ID --name NAME [--role ROLE] [--ally] [--key-figure]\n"
        "                             [--reach HOW] [--language L] [--consent] [--review YYYY-MM-DD]\n"
        "      Adds a key person of a group and prints their id. --consent: they agreed to be recorded.\n"
        "  proxima-cli contact list FILE [--json]\n"
        "      Lists the key people by group, then name. JSON: an array of objects with id, group_id, name,\n"
        "      role, reach, language, ally, key_figure, consent, review_on, revision.\n"
        "Record only what the work needs: a name or a pseudonym, a role and one way to reach them.\n");
}

int ContactCommand::run(const QStringList& arguments, Io& io)
{
    const QString sub = arguments.value(0);
    if (sub == QStringLiteral("add"))
        return add(arguments.mid(1), io);
    if (sub == QStringLiteral("list"))
        return list(arguments.mid(1), io);
    return fail(io, name(), QCoreApplication::translate("cli", "unknown action '%1' (add, list)").arg(sub), ExitUsage);
}

int ContactCommand::add(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"group", "name", "role", "reach", "language", "review"})
        parser.addValueOption(QString::fromLatin1(option));
    for (const char* flag : {"ally", "key-figure", "consent"})
        parser.addFlag(QString::fromLatin1(flag));
    KeyContact contact;
    return addCommunityRecord(
        parser, arguments, io, name(), {QStringLiteral("group"), QStringLiteral("name")},
        [&] { return applyOptions(parser, contact); },
        [&](Workspace& ws) -> Result<qint64> {
            Result<KeyContact> added = ContactRepository(ws).add(contact);
            if (!added)
                return added.error();
            return added->id;
        });
}

int ContactCommand::list(const QStringList& arguments, Io& io)
{
    return listRecords<KeyContact>(
        arguments, io, name(), [](Workspace& ws) { return ContactRepository(ws).list(); }, contactJson,
        [&io](const QList<KeyContact>& contacts) {
            for (const KeyContact& c : contacts) {
                QStringList marks;
                if (c.ally)
                    marks << QStringLiteral("ally");
                if (c.keyFigure)
                    marks << QStringLiteral("key figure");
                io.out << QStringLiteral("%1  group %2  %3  %4  %5\n")
                              .arg(c.id, 4)
                              .arg(c.groupId, -4)
                              .arg(c.name, -24)
                              .arg(c.role, -16)
                              .arg(marks.join(QStringLiteral(", ")));
            }
        });
}

} // namespace proxima::cli
