// proxima-cli: the headless command-line tool. Commands live in cli/; this file only registers them.
#include "cli/BudgetCommand.h"
#include "cli/BudgetExportCommand.h"
#include "cli/BudgetImportCommand.h"
#include "cli/CaseCommand.h"
#include "cli/CommandLine.h"
#include "cli/ConcernCommand.h"
#include "cli/ContactCommand.h"
#include "cli/CoverageCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GroupCommand.h"
#include "cli/ImportCommand.h"
#include "cli/OutreachCommand.h"
#include "cli/TallyCommand.h"
#include "cli/VoteCommand.h"
#include "cli/WorkspaceCommands.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Printed documents (PDF export) need fonts, which need a GUI application object; the CLI never shows a
    // window, so it always runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Our arguments are read before Qt sees them: QGuiApplication would take options such as --session for itself.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proxima-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Proxima"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROXIMA_VERSION));

    using namespace proxima::cli;
    CommandLine commandLine;
    commandLine.add(std::make_unique<InitCommand>());
    commandLine.add(std::make_unique<DemoCommand>());
    commandLine.add(std::make_unique<CheckCommand>());
    commandLine.add(std::make_unique<InfoCommand>());
    commandLine.add(std::make_unique<UpgradeCommand>());
    commandLine.add(std::make_unique<CaseCommand>());
    commandLine.add(std::make_unique<MemberCommand>());
    commandLine.add(std::make_unique<ConcernCommand>());
    commandLine.add(std::make_unique<GroupCommand>());
    commandLine.add(std::make_unique<ContactCommand>());
    commandLine.add(std::make_unique<OutreachCommand>());
    commandLine.add(std::make_unique<CoverageCommand>());
    commandLine.add(std::make_unique<ImportCommand>());
    commandLine.add(std::make_unique<TallyCommand>());
    commandLine.add(std::make_unique<BudgetCommand>());
    commandLine.add(std::make_unique<BudgetImportCommand>());
    commandLine.add(std::make_unique<BudgetExportCommand>());
    commandLine.add(std::make_unique<VoteCommand>());
    commandLine.add(std::make_unique<ExportCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};
    return commandLine.run(arguments, io);
}
