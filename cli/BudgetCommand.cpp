#include "cli/BudgetCommand.h"

#include "core/budgeting/BudgetText.h"
#include "core/budgeting/FlexibleAmounts.h"
#include "core/budget/RoundInstance.h"
#include "cli/ArgumentParser.h"
#include "cli/CliSupport.h"
#include "cli/JsonOutput.h"
#include "core/io/PabulibReader.h"
#include "core/storage/repositories/BudgetRepository.h"

#include <QCoreApplication>

namespace proxima::cli {

using namespace budgeting;

namespace {


QJsonValue number(const mpq_class& value)
{
    if (value.get_den() == 1 && value.get_num().fits_slong_p())
        return QJsonValue(static_cast<qint64>(value.get_num().get_si()));
    return QJsonValue(value.get_d());
}

int usage(Io& io, const QString& message)
{
    io.err << "budget: " << message << "\n" << QCoreApplication::translate("BudgetCommand", "Try: proxima-cli budget --help") << "\n";
    io.err.flush();
    return ExitUsage;
}

} // namespace

QString BudgetCommand::name() const { return QStringLiteral("budget"); }

QString BudgetCommand::summary() const
{
    return QCoreApplication::translate("BudgetCommand", "allocate a participatory budget (.pb) with greedy, equal shares or exact rules");
}

QString BudgetCommand::help() const
{
    return QCoreApplication::translate("BudgetCommand", "Usage: proxima-cli budget FILE.pb --rule RULE [options]\n"
              "       proxima-cli budget WORKSPACE --rule RULE [--round N] [options]\n"
              "\n"
              "A workspace is allocated round by round: --round N picks a round by id (default: the round with the\n"
              "latest period). Project ids are the proposals' ids, costs are per resource pool name.\n"
              "See also: budget-import WORKSPACE FILE.pb, budget-export WORKSPACE --round N OUT.pb.\n"
              "\n"
              "Rules:\n"
              "  greedy        most support first, skipping what no longer fits\n"
              "  greedy-ratio  most support per unit of cost first\n"
              "  mes           Method of Equal Shares (cost utilities)\n"
              "  mes-add1      equal shares, per-voter share raised by 1 until exhaustive or over budget\n"
              "  mes-add1u     mes-add1, then filled greedily by support\n"
              "  exact         maximum total support (branch and bound)\n"
              "\n"
              "Options:\n"
              "  --tie-break id|cost|votes|lottery   tie-breaking order (default id, as pabutools)\n"
              "  --seed N                            seed of the lottery\n"
              "  --time-limit SECONDS                time limit of the exact rule (default 10)\n"
              "  --round N                           workspace round id\n"
              "  --json                              one JSON object: rule, funded, cost, budget, explanations...\n"
              "\n"
              "Exit codes: 0 done, 1 unreadable or malformed file, 2 wrong command line.\n");
}

int BudgetCommand::run(const QStringList& arguments, Io& io)
{
    ArgumentParser parser;
    for (const char* option : {"rule", "tie-break", "seed", "time-limit", "round"})
        parser.addValueOption(QString::fromLatin1(option));
    parser.addFlag(QStringLiteral("json"));
    if (Status status = parser.parse(arguments); !status)
        return usage(io, status.error().toString());
    if (parser.positional().size() != 1)
        return usage(io, QCoreApplication::translate("BudgetCommand", "expected exactly one .pb file or workspace"));
    const std::optional<BudgetRule> rule = parseBudgetRule(parser.value(QStringLiteral("rule")));
    if (!rule)
        return usage(io, parser.isSet(QStringLiteral("rule"))
                             ? QCoreApplication::translate("BudgetCommand", "unknown rule \"%1\"").arg(parser.value(QStringLiteral("rule")))
                             : QCoreApplication::translate("BudgetCommand", "--rule is required"));
    BudgetOptions options;
    if (parser.isSet(QStringLiteral("tie-break"))) {
        const auto order = parseTieBreakOrder(parser.value(QStringLiteral("tie-break")));
        if (!order)
            return usage(io, QCoreApplication::translate("BudgetCommand", "unknown tie-break \"%1\" (id, cost, votes or lottery)")
                                 .arg(parser.value(QStringLiteral("tie-break"))));
        options.tieBreak = *order;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(io, QCoreApplication::translate("BudgetCommand", "--seed needs a whole number"));
    }
    if (parser.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        options.timeLimitSeconds = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
        if (!ok || options.timeLimitSeconds <= 0)
            return usage(io, QCoreApplication::translate("BudgetCommand", "--time-limit needs a positive number of seconds"));
    }
    const QString path = parser.positional().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!path.endsWith(QLatin1String(".pb"), Qt::CaseInsensitive)) {
        qint64 roundId = 0;
        if (parser.isSet(QStringLiteral("round"))) {
            bool ok = false;
            roundId = parser.value(QStringLiteral("round")).toLongLong(&ok);
            if (!ok || roundId <= 0)
                return usage(io, QCoreApplication::translate("BudgetCommand", "--round needs a round id"));
        }
        const Result<BudgetInstance> instance = loadRound(path, roundId, io);
        if (!instance)
            return ExitFailure;
        return runAndPrint(*instance, *rule, options, json, io);
    }
    if (parser.isSet(QStringLiteral("round")))
        return usage(io, QCoreApplication::translate("BudgetCommand", "--round applies to a workspace, not to a .pb file"));
    const Result<BudgetInstance> instance = io::PabulibReader::load(path);
    if (!instance) {
        io.err << instance.error().toString() << "\n";
        io.err.flush();
        return ExitFailure;
    }
    return runAndPrint(*instance, *rule, options, json, io);
}

Result<BudgetInstance> BudgetCommand::loadRound(const QString& path, qint64 roundId, Io& io)
{
    const std::unique_ptr<Workspace> ws = openWorkspace(path, io, QStringLiteral("budget"), OpenMode::ReadOnly);
    if (!ws)
        return Error{QCoreApplication::translate("BudgetCommand", "cannot open the workspace"), path, 0, {}};
    BudgetRepository repository(*ws);
    if (roundId == 0) {
        const Result<QList<BudgetRound>> rounds = repository.listRounds();
        if (!rounds || rounds->isEmpty()) {
            const Error error = rounds ? Error{QCoreApplication::translate("BudgetCommand", "the workspace has no budgeting round"), path, 0, QStringLiteral("round")}
                                       : rounds.error();
            fail(io, QStringLiteral("budget"), error);
            return error;
        }
        roundId = rounds->first().id;
    }
    const Result<BudgetRound> round = repository.load(roundId);
    if (!round) {
        fail(io, QStringLiteral("budget"), round.error());
        return round.error();
    }
    Result<BudgetInstance> instance = RoundInstance::toInstance(*round);
    if (!instance)
        fail(io, QStringLiteral("budget"), instance.error());
    return instance;
}

int BudgetCommand::runAndPrint(const BudgetInstance& instance, BudgetRule rule, const BudgetOptions& options,
                               bool json, Io& io)
{
    const Result<BudgetResult> result = runBudgetRule(instance, rule, options);
    if (!result) {
        io.err << result.error().toString() << "\n";
        io.err.flush();
        return ExitFailure;
    }
    const auto& projects = instance.projects;
    if (json) {
        QJsonObject object;
        object.insert(QStringLiteral("rule"), result->rule);
        QJsonArray funded, unfunded;
        for (int p : result->funded)
            funded.append(projects[static_cast<size_t>(p)].id);
        QJsonObject cost, budget, explanations;
        for (size_t r = 0; r < instance.resources.size(); ++r) {
            cost.insert(instance.resources[r].id, number(result->totalCost.at(r)));
            budget.insert(instance.resources[r].id, number(instance.resources[r].capacity));
        }
        for (const ProjectExplanation& e : result->explanations) {
            explanations.insert(projects[static_cast<size_t>(e.project)].id, e.text);
            if (!e.funded)
                unfunded.append(projects[static_cast<size_t>(e.project)].id);
        }
        object.insert(QStringLiteral("funded"), funded);
        object.insert(QStringLiteral("unfunded"), unfunded);
        object.insert(QStringLiteral("cost"), cost);
        object.insert(QStringLiteral("budget"), budget);
        object.insert(QStringLiteral("explanations"), explanations);
        object.insert(QStringLiteral("share_of_voters_with_funded_project"), result->shareOfVotersWithFundedProject);
        object.insert(QStringLiteral("tie_break"), tieBreakOrderName(options.tieBreak));
        if (result->finalVoterShare) {
            object.insert(QStringLiteral("final_voter_share"), result->finalVoterShare->get_d());
            object.insert(QStringLiteral("mes_runs"), result->mesRuns);
        }
        if (result->optimal) {
            object.insert(QStringLiteral("optimal"), *result->optimal);
            object.insert(QStringLiteral("gap"), result->gap.value_or(0));
            object.insert(QStringLiteral("objective"), result->objective.value_or(0));
        }
        if (!result->note.isEmpty())
            object.insert(QStringLiteral("note"), result->note);
        if (instance.hasBounds()) {   // flexible amounts: what each funded project receives per resource
            QJsonObject amounts;
            for (const FundedAmount& amount : result->amounts) {
                QJsonObject perResource;
                for (size_t r = 0; r < instance.resources.size() && r < amount.amount.size(); ++r)
                    perResource.insert(instance.resources[r].id, number(amount.amount[r]));
                amounts.insert(projects[static_cast<size_t>(amount.project)].id, perResource);
            }
            object.insert(QStringLiteral("amounts"), amounts);
        }
        printJson(io.out, object);
        return ExitOk;
    }
    io.out << QCoreApplication::translate("BudgetCommand", "Rule: %1 (ties: %2)").arg(result->rule, tieBreakOrderName(options.tieBreak)) << "\n";
    if (!result->note.isEmpty())
        io.out << result->note << "\n";
    io.out << QCoreApplication::translate("BudgetCommand", "Funded, in order of selection:") << "\n";
    int position = 0;
    for (int p : result->funded) {
        const auto& project = projects[static_cast<size_t>(p)];
        io.out << QStringLiteral("  %1. %2  %3  (%4)").arg(++position).arg(project.id, project.name,
                                                                           formatCost(instance, fundedAmount(instance, *result, p)))
               << "\n";
    }
    for (size_t r = 0; r < instance.resources.size(); ++r) {
        const Resource& resource = instance.resources[r];
        io.out << QCoreApplication::translate("BudgetCommand", "Total %1: %2 of %3").arg(resource.name, formatAmount(result->totalCost.at(r), resource.unit),
                                               formatAmount(resource.capacity, resource.unit))
               << "\n";
    }
    io.out << QCoreApplication::translate("BudgetCommand", "Voters with at least one funded project: %1%")
                  .arg(result->shareOfVotersWithFundedProject * 100, 0, 'f', 1)
           << "\n";
    if (result->finalVoterShare)
        io.out << QCoreApplication::translate("BudgetCommand", "Per-voter share: %1 after %2 runs of equal shares")
                      .arg(formatAmount(*result->finalVoterShare, result->accountingUnit)).arg(result->mesRuns)
               << "\n";
    io.out << QCoreApplication::translate("BudgetCommand", "Why:") << "\n";
    for (const ProjectExplanation& e : result->explanations)
        io.out << QStringLiteral("  %1: %2").arg(projects[static_cast<size_t>(e.project)].id, e.text) << "\n";
    io.out.flush();
    return ExitOk;
}

} // namespace proxima::cli
