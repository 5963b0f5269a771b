#include "cli/BudgetImportCommand.h"

#include "core/budget/RoundPabulib.h"
#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"

#include <QCoreApplication>

namespace proxima::cli {

QString BudgetImportCommand::name() const { return QStringLiteral("budget-import"); }

QString BudgetImportCommand::summary() const { return QCoreApplication::translate("BudgetImportCommand", "import a pabulib (.pb) file as a budgeting round"); }

QString BudgetImportCommand::help() const
{
    return QCoreApplication::translate("BudgetImportCommand", "Usage: proxima-cli budget-import WORKSPACE FILE.pb [--json]\n"
              "\n"
              "Stores the file as a new budgeting round: each project becomes a proposal (its id kept), the budget\n"
              "a euros pool, the votes anonymous ballots. Prints the new round's id (with --json: one object with\n"
              "round, name, proposals, ballots).\n"
              "\n"
              "Exit codes: 0 imported, 1 unreadable file or workspace, 2 wrong command line.\n");
}

int BudgetImportCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    parser.addFlag(QStringLiteral("json"));
    int code = ExitOk;
    const std::unique_ptr<Workspace> ws = parseAndOpen(parser, arguments, 2, io, name(), &code);
    if (!ws)
        return code;
    ws->setActor(QStringLiteral("proxima-cli"));
    const Result<BudgetRound> round = RoundPabulib::importFile(*ws, parser.positional().at(1));
    if (!round)
        return fail(io, name(), round.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        object.insert(QStringLiteral("round"), round->id);
        object.insert(QStringLiteral("name"), round->name);
        object.insert(QStringLiteral("proposals"), round->proposals.size());
        object.insert(QStringLiteral("ballots"), round->ballots.size());
        printJson(io.out, object);
        return ExitOk;
    }
    io.out << QCoreApplication::translate("BudgetImportCommand", "Imported round %1 \"%2\": %3 proposals, %4 ballots.")
                  .arg(round->id).arg(round->name).arg(round->proposals.size()).arg(round->ballots.size())
           << "\n";
    io.out.flush();
    return ExitOk;
}

} // namespace proxima::cli
