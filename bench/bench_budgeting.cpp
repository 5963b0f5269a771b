// Largest pabulib-style instance: 90,000 voters, 160 projects, up to 5 approvals each (seeded, skewed popularity).
#include "BenchSupport.h"

#include "core/budgeting/BudgetRules.h"
#include "core/io/PabulibReader.h"
#include "core/io/PabulibWriter.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

#include <time.h>

using namespace proxima;
using namespace proxima::budgeting;

namespace {

BudgetInstance generate(std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    BudgetInstance instance;
    instance.name = QStringLiteral("bench");
    const int projects = 160;
    mpq_class totalCost = 0;
    std::vector<double> popularity;
    for (int p = 0; p < projects; ++p) {
        const long cost = 10'000 + static_cast<long>(engine() % 490'000);
        instance.projects.push_back({QString::number(1000 + p), QStringLiteral("Project %1").arg(p), {mpq_class(cost)}});
        totalCost += cost;
        popularity.push_back(1.0 + static_cast<double>(engine() % 1000) / 100.0);
    }
    instance.resources.push_back({QStringLiteral("budget"), QStringLiteral("Budget"), QStringLiteral("PLN"),
                                  mpq_class(totalCost / 4)});
    std::discrete_distribution<int> pick(popularity.begin(), popularity.end());
    for (int v = 0; v < 90'000; ++v) {
        Ballot ballot;
        ballot.voterId = QString::number(v + 1);
        const int count = 1 + static_cast<int>(engine() % 5);
        while (static_cast<int>(ballot.projects.size()) < count) {
            const int p = pick(engine);
            if (std::find(ballot.projects.begin(), ballot.projects.end(), p) == ballot.projects.end())
                ballot.projects.push_back(p);
        }
        instance.ballots.push_back(std::move(ballot));
    }
    return instance;
}

// CPU time of this process: on a shared machine the wall time also counts other processes' turns.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BudgetInstance instance = generate(20240611);
    bench::report(QStringLiteral("ballots"), static_cast<double>(instance.ballots.size()), QStringLiteral(""));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pb"));
    if (!io::PabulibWriter::writeFile(io::PabulibWriter::fromInstance(instance), path))
        return 1;
    bench::report(QStringLiteral("load .pb (90k votes)"), bench::medianMs(3, [&] {
        const auto loaded = io::PabulibReader::load(path);
        if (!loaded)
            out << loaded.error().toString() << "\n";
    }), QStringLiteral("ms"));

    BudgetOptions options;
    options.timeLimitSeconds = 2;
    for (BudgetRule rule : {BudgetRule::Greedy, BudgetRule::GreedyRatio, BudgetRule::EqualShares,
                            BudgetRule::EqualSharesAdd1, BudgetRule::EqualSharesAdd1Utilitarian, BudgetRule::Exact}) {
        int runs = 0;
        size_t funded = 0;
        const int repeats = rule == BudgetRule::Exact ? 1 : 3;
        std::vector<double> cpu;
        const double ms = bench::medianMs(repeats, [&] {
            const double start = cpuMs();
            const auto result = runBudgetRule(instance, rule, options);
            cpu.push_back(cpuMs() - start);
            runs = result ? result->mesRuns : -1;
            funded = result ? result->funded.size() : 0;
        });
        std::sort(cpu.begin(), cpu.end());
        bench::report(budgetRuleName(rule), ms, QStringLiteral("ms wall, %1 ms CPU (%2 funded%3)")
                          .arg(cpu[cpu.size() / 2], 0, 'f', 1).arg(funded)
                          .arg(runs > 0 ? QStringLiteral(", %1 MES runs").arg(runs) : QString()));
    }
    bench::report(QStringLiteral("peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"));
    return 0;
}
