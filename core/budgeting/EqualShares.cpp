#include "core/budgeting/EqualShares.h"

#include "core/budgeting/Allocation.h"
#include "core/budgeting/BudgetText.h"
#include "core/budgeting/MesEngine.h"
#include "core/budgeting/MesEngineSteps.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <thread>

namespace proxima::budgeting {

namespace {

QString mesUnit(const BudgetInstance& instance)
{
    return instance.resources.size() == 1 ? instance.resources[0].unit
                                          : QCoreApplication::translate("Budgeting", "shares of the pool");
}

// Fills funded order, costs, payments and one sentence per project from the engine's last run.
void describe(const BudgetInstance& instance, MesEngine& engine, const MesRun& run, const mpq_class& share,
              BudgetResult& result)
{
    const QString unit = mesUnit(instance);
    result.accountingUnit = unit;
    result.funded = run.funded;
    Allocation allocation(instance);
    for (int p : run.funded)
        allocation.fund(p);
    result.totalCost = allocation.spent();
    result.shareOfVotersWithFundedProject = shareOfVotersWithFundedProject(instance, run.funded);
    result.note = equalSharesResourceNote(instance) + QLatin1Char(' ')
        + QCoreApplication::translate("Budgeting", "Each of the %1 ballots received %2.")
              .arg(instance.ballots.size()).arg(formatAmount(share, unit));

    const std::vector<qint64> support = instance.support();
    result.explanations.assign(instance.projects.size(), {});
    auto payments = engine.lastPayments();
    size_t paymentCount = 0;
    for (const auto& step : payments)
        paymentCount += step.ballots;
    result.payments.reserve(paymentCount);   // grown in place, 200,000 exact amounts are not copied around
    std::vector<int> stepOf(instance.projects.size(), -1);
    size_t stepIndex = 0;
    for (int p : run.funded) {
        if (run.round[static_cast<size_t>(p)] > 0)
            stepOf[static_cast<size_t>(p)] = static_cast<int>(stepIndex++);
    }
    std::vector<bool> mustFund(instance.projects.size(), false);
    for (int p : instance.constraints.mustFund)
        mustFund[static_cast<size_t>(p)] = true;
    for (size_t p = 0; p < instance.projects.size(); ++p) {
        ProjectExplanation& text = result.explanations[p];
        text.project = static_cast<int>(p);
        text.funded = allocation.isFunded(static_cast<int>(p));
        const QString cost = formatAmount(engine.cost(static_cast<int>(p)), unit);
        if (mustFund[p]) {
            text.text = QCoreApplication::translate("Budgeting", "Funded first: the committee requires it (costs %1).")
                            .arg(cost);
        } else if (text.funded && stepOf[p] < 0) {
            text.text = QCoreApplication::translate("Budgeting", "Funded first: it costs nothing and %1 ballots support it.")
                            .arg(support[p]);
        } else if (text.funded) {
            const MesStepPayments& paid = payments[static_cast<size_t>(stepOf[p])];
            mpq_class most = 0;
            for (const mpq_class& amount : paid.amounts) {
                if (amount > most)
                    most = amount;
            }
            for (const auto& [group, index] : paid.groups) {
                const mpq_class& amount = paid.amounts[static_cast<size_t>(index)];
                for (const int ballot : engine.groupBallots(group))
                    result.payments.emplace_back(ballot, static_cast<int>(p), amount);
            }
            text.text = QCoreApplication::translate("Budgeting",
                                                    "Funded in round %1: its %2 supporters paid its %3 from their "
                                                    "shares, at most %4 each.")
                            .arg(run.round[p]).arg(paid.ballots).arg(cost, formatAmount(most, unit));
        } else if (support[p] == 0) {
            text.text = QCoreApplication::translate("Budgeting", "Not funded: nobody supports it.");
        } else if (run.dropped[p]) {
            text.text = QCoreApplication::translate("Budgeting",
                                                    "Not funded: in round %1 its %2 supporters had %3 left of the %4 "
                                                    "it needs.")
                            .arg(run.round[p]).arg(support[p])
                            .arg(formatAmount(run.leftWhenDropped[p], unit), cost);
        } else {
            const QString reason = allocation.blockReason(static_cast<int>(p));
            text.text = QCoreApplication::translate("Budgeting", "Not funded: %1.")
                            .arg(reason.isEmpty() ? QCoreApplication::translate("Budgeting", "its supporters could not pay for it")
                                                  : reason);
        }
    }
}

} // namespace

QString equalSharesResourceNote(const BudgetInstance& instance)
{
    if (instance.resources.size() == 1)
        return QCoreApplication::translate("Budgeting",
                                           "Equal shares: the budget of %1 is split equally between all ballots, empty "
                                           "ones included; each project is paid by its own supporters.")
            .arg(formatAmount(instance.resources[0].capacity, instance.resources[0].unit));
    return QCoreApplication::translate("Budgeting",
                                       "Equal shares with several resources: each resource is counted as a share of "
                                       "its own capacity, so a project's price is the sum of its shares (for example "
                                       "half the euros and a quarter of the officer hours cost 0.75) and the whole "
                                       "pool is worth %1. That pool is split equally between all ballots. A project "
                                       "that would exceed any single resource is not funded.")
        .arg(instance.resources.size());
}

BudgetResult equalShares(const BudgetInstance& instance, const BudgetOptions& options)
{
    const TieBreaker tie(instance, options.tieBreak, options.seed);
    MesEngine engine(instance, tie);
    const mpq_class share = engine.initialShare();
    const MesRun run = engine.run(share);
    BudgetResult result;
    result.rule = QStringLiteral("mes");
    describe(instance, engine, run, share, result);
    return result;
}

BudgetResult equalSharesAdd1(const BudgetInstance& instance, bool greedyCompletion, const BudgetOptions& options)
{
    const TieBreaker tie(instance, options.tieBreak, options.seed);
    // Runs at successive shares are independent of each other: one engine per core (at most four) tries the next
    // shares at once, and the attempts are read in share order, so the answer is the one of a run-by-run loop.
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    std::vector<std::unique_ptr<MesEngine>> engines(static_cast<size_t>(threads));
    {
        std::vector<std::thread> builders;
        for (size_t k = 1; k < engines.size(); ++k)
            builders.emplace_back([&, k] { engines[k] = std::make_unique<MesEngine>(instance, tie); });
        engines[0] = std::make_unique<MesEngine>(instance, tie);
        for (std::thread& builder : builders)
            builder.join();
    }
    MesEngine& engine = *engines[0];
    const mpq_class start = engine.initialShare();
    const mpq_class increment = options.shareIncrement ? *options.shareIncrement
                                : instance.resources.size() == 1 ? mpq_class(1) : mpq_class(start / 100);
    // As pabutools: keep raising the share while the outcome stays within budget; stop at the first exhaustive
    // outcome, or return the previous one when the next overspends.
    struct Attempt
    {
        mpq_class share;
        MesRun run;
        bool feasible = false;
        bool exhaustive = false;
    };
    std::optional<mpq_class> chosenShare;
    std::optional<MesRun> held;   // the chosen run, while its engine still holds it
    int heldEngine = -1;
    int runs = 0;
    long next = 0;                // how many increments above the start the next attempt is
    bool stopped = increment <= 0;
    while (!stopped) {
        std::vector<Attempt> attempts;
        for (int k = 0; k < threads; ++k) {
            mpq_class share = start + increment * (next + k);
            if (share > engine.budget() + increment)
                break;
            attempts.push_back({std::move(share), {}, false, false});
        }
        if (attempts.empty())
            break;
        const auto attempt = [&](size_t k) {
            Attempt& a = attempts[k];
            a.run = engines[k]->run(a.share);
            a.feasible = engines[k]->feasible(a.run.funded);
            a.exhaustive = a.feasible && engines[k]->exhaustive(a.run.funded);
        };
        std::vector<std::thread> workers;
        for (size_t k = 1; k < attempts.size(); ++k)
            workers.emplace_back(attempt, k);
        attempt(0);
        for (std::thread& worker : workers)
            worker.join();
        held.reset();
        heldEngine = -1;
        for (size_t k = 0; k < attempts.size() && !stopped; ++k) {
            ++runs;
            if (!attempts[k].feasible) {
                stopped = true;
                break;
            }
            chosenShare = attempts[k].share;
            held = std::move(attempts[k].run);
            heldEngine = int(k);
            stopped = attempts[k].exhaustive;
        }
        next += long(attempts.size());
    }
    // The engine must hold the chosen run to report its payments: rerun it (not counted) unless one already does.
    const mpq_class used = chosenShare ? *chosenShare : start;
    MesEngine& reporter = heldEngine >= 0 ? *engines[static_cast<size_t>(heldEngine)] : engine;
    MesRun run = held ? std::move(*held) : engine.run(used);
    BudgetResult result;
    result.rule = greedyCompletion ? QStringLiteral("mes-add1u") : QStringLiteral("mes-add1");
    if (!chosenShare) {
        // Even the equal share B/N overspends (possible only with several resources): nothing but free projects.
        run.funded.erase(std::remove_if(run.funded.begin(), run.funded.end(),
                                        [&](int p) { return run.round[static_cast<size_t>(p)] > 0; }),
                         run.funded.end());
    }
    describe(instance, reporter, run, used, result);
    result.finalVoterShare = used;
    result.mesRuns = runs;
    if (greedyCompletion)
        greedyFill(instance, result, options);
    return result;
}

} // namespace proxima::budgeting
