#include "cli/BudgetExportCommand.h"

#include "core/budget/RoundPabulib.h"
#include "cli/CliSupport.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>

namespace proxima::cli {

QString BudgetExportCommand::name() const { return QStringLiteral("budget-export"); }

QString BudgetExportCommand::summary() const { return QCoreApplication::translate("BudgetExportCommand", "export a budgeting round as a pabulib (.pb) file"); }

QString BudgetExportCommand::help() const
{
    return QCoreApplication::translate("BudgetExportCommand", "Usage: proxima-cli budget-export WORKSPACE --round N [--pool ID] OUT.pb\n"
              "\n"
              "Writes the round's projects (proposal ids, cost in the euros pool, or the first pool when there is\n"
              "no euros pool), its budget and its ballots. A round imported from a .pb file is written back as it\n"
              "was read, with any edits since.\n"
              "\n"
              "  --pool ID   export another pool of a multi-pool round: the budget and the project costs come from\n"
              "              that pool. ID is the pool's id, its name or its kind (police_hours, volunteer_hours,\n"
              "              euros, custom).\n"
              "\n"
              "Exit codes: 0 written, 1 unknown round or unwritable file, 2 wrong command line.\n");
}

int BudgetExportCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addValueOption(QStringLiteral("round"));
    parser.addValueOption(QStringLiteral("pool"));
    int code = ExitOk;
    if (!parseOrFail(parser, arguments, 2, io, name(), &code))
        return code;
    bool ok = false;
    const qint64 roundId = parser.value(QStringLiteral("round")).toLongLong(&ok);
    if (!ok || roundId <= 0)
        return fail(io, name(), QCoreApplication::translate("BudgetExportCommand", "--round N is required (see: proxima-cli help budget-export)"), ExitUsage);
    const std::unique_ptr<Workspace> ws = openWorkspace(parser.positional().at(0), io, name(), OpenMode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const Result<BudgetRound> round = BudgetRepository(*ws).load(roundId);
    if (!round)
        return fail(io, name(), round.error());
    std::optional<qint64> poolId;
    if (parser.isSet(QStringLiteral("pool"))) {
        const QString wanted = parser.value(QStringLiteral("pool"));
        const int pool = RoundPabulib::findPool(*round, wanted);
        if (pool < 0)
            return fail(io, name(), Error{QCoreApplication::translate("BudgetExportCommand", "the round %1 has no "
                                                                      "resource pool \"%2\"").arg(roundId).arg(wanted),
                                          {}, 0, QStringLiteral("pool")});
        poolId = round->pools.at(pool).id;
    }
    if (Status s = RoundPabulib::exportFile(*round, parser.positional().at(1), poolId); !s)
        return fail(io, name(), s.error());
    io.out << QCoreApplication::translate("BudgetExportCommand", "Wrote round %1 to %2.").arg(roundId).arg(parser.positional().at(1)) << "\n";
    io.out.flush();
    return ExitOk;
}

} // namespace proxima::cli
