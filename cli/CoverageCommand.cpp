#include "cli/CoverageCommand.h"

#include "cli/CliSupport.h"
#include "cli/CommunityOptions.h"
#include "cli/JsonOutput.h"
#include "core/services/CommunityCoverage.h"
#include "core/services/CoverageInputLoader.h"

#include <QCoreApplication>

namespace proxima::cli {
namespace {

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject reportJson(const CoverageReport& r, const CoverageInput& input)
{
    QJsonArray needs;
    for (const CoverageReport::OpenNeed& need : r.needsWithoutCase)
        needs.append(QJsonObject{{QStringLiteral("group_id"), need.groupId},
                                 {QStringLiteral("need_id"), need.needId},
                                 {QStringLiteral("text"), need.text}});
    QJsonObject balance;
    for (auto it = r.committeeBalance.constBegin(); it != r.committeeBalance.constEnd(); ++it)
        balance.insert(sectorKey(it.key()), it.value());
    QJsonArray sectors;
    for (Sector sector : r.sectorsWithGroupsButNoMember)
        sectors.append(sectorKey(sector));
    return QJsonObject{{QStringLiteral("today"), input.today.toString(Qt::ISODate)},
                       {QStringLiteral("months"), input.notReachedMonths},
                       {QStringLiteral("groups"), int(input.groups.size())},
                       {QStringLiteral("groups_not_engaged"), idArray(r.groupsNotEngaged)},
                       {QStringLiteral("hard_to_reach_not_involved"), idArray(r.hardToReachNotInvolved)},
                       {QStringLiteral("groups_without_representative"), idArray(r.groupsWithoutRepresentative)},
                       {QStringLiteral("groups_not_reached"), idArray(r.groupsNotReached)},
                       {QStringLiteral("groups_not_reviewed"), idArray(r.groupsNeverReviewed)},
                       {QStringLiteral("needs_without_case"), needs},
                       {QStringLiteral("committee_size"), r.committeeSize},
                       {QStringLiteral("committee_balance"), balance},
                       {QStringLiteral("community_members"), r.communityMembers},
                       {QStringLiteral("institution_members"), r.institutionMembers},
                       {QStringLiteral("sectors_without_member"), sectors},
                       {QStringLiteral("committee_too_large"), r.committeeTooLarge},
                       {QStringLiteral("committee_unbalanced"), r.committeeUnbalanced},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

} // namespace

QString CoverageCommand::summary() const
{
    return QCoreApplication::translate("cli", "check how the community map is covered and the CoPmittee's balance");
}

QString CoverageCommand::help() const
{
    return QCoreApplication::translate(
        "cli",
        "usage: proxima-cli coverage FILE [--json] [--months N] [--today YYYY-MM-DD]\n"
        "Checks the community map: groups not engaged, hard-to-reach groups not yet involved, groups without a\n"
        "representative in the CoPmittee, groups not reached by any activity in the last N months (default 6),\n"
        "groups not reviewed in a year, needs that no case takes up, and the committee's size (at most 12) and\n"
        "balance between institutions and residents. Reads only.\n"
        "--json prints one object with groups_not_engaged, hard_to_reach_not_involved,\n"
        "groups_without_representative, groups_not_reached, groups_not_reviewed (group ids, by name),\n"
        "needs_without_case [{group_id, need_id, text}], committee_size, committee_balance {sector: count},\n"
        "community_members, institution_members, sectors_without_member, committee_too_large,\n"
        "committee_unbalanced, warnings, today, months.\n");
}

int CoverageCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    parser.addValueOption(QStringLiteral("months"));
    parser.addValueOption(QStringLiteral("today"));
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 1, io, name(), &code))
        return code;
    int months = 6;
    QDate today;
    if (Status s = community_options::readCount(parser, QStringLiteral("months"), &months); !s)
        return fail(io, name(), s.error(), ExitUsage);
    if (Status s = community_options::readDate(parser, QStringLiteral("today"), &today); !s)
        return fail(io, name(), s.error(), ExitUsage);
    auto ws = openWorkspace(parser.positional().at(0), io, name(), OpenMode::ReadOnly);
    if (!ws)
        return ExitFailure;
    if (!today.isValid())
        today = ws->clock().today();
    Result<CoverageInput> input = loadCoverageInput(*ws, today, months);
    if (!input)
        return fail(io, name(), input.error());
    const CoverageReport report = checkCoverage(input.value());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io.out, reportJson(report, input.value()));
        return ExitOk;
    }
    io.out << QCoreApplication::translate("cli", "Groups on the community map: %1; active CoPmittee members: "
                                                 "%2 (%3 residents and civil society, %4 institutions)\n")
                  .arg(input->groups.size())
                  .arg(report.committeeSize)
                  .arg(report.communityMembers)
                  .arg(report.institutionMembers);
    if (report.warnings.isEmpty())
        io.out << QCoreApplication::translate("cli", "No gaps found.\n");
    for (const QString& warning : report.warnings)
        io.out << QStringLiteral("- ") << warning << '\n';
    return ExitOk;
}

} // namespace proxima::cli
