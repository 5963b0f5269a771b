#include "core/budget/AllocationSheet.h"

#include "core/budgeting/BudgetText.h"
#include "core/budgeting/EqualShares.h"
#include "core/budgeting/FlexibleAmounts.h"

#include <QCoreApplication>
#include <QLocale>

namespace proxima {

using namespace budgeting;
using reports::ReportBlock;

namespace {
} // namespace

reports::ReportDocument AllocationSheet::build(const BudgetRound& round, const BudgetInstance& instance,
                                               const BudgetResult& result, const QString& workspaceName,
                                               const QDate& generatedOn)
{
    reports::ReportDocument document;
    document.title = QCoreApplication::translate("AllocationSheet", "Allocation sheet: %1").arg(round.name);
    document.subtitle = QCoreApplication::translate("AllocationSheet", "Rule: %1").arg(result.rule);
    document.workspace = workspaceName;
    if (round.from.isValid() || round.to.isValid())
        document.period = QStringLiteral("%1 – %2").arg(round.from.toString(Qt::ISODate), round.to.toString(Qt::ISODate));
    document.generatedOn = generatedOn;
    document.footerNote = QCoreApplication::translate("AllocationSheet", "Participatory budgeting: %1").arg(round.name);

    const std::vector<qint64> support = instance.support();
    document.blocks.append(ReportBlock::keyValueList(
        {{QCoreApplication::translate("AllocationSheet", "Rule"), result.rule},
         {QCoreApplication::translate("AllocationSheet", "Proposals funded"), QCoreApplication::translate("AllocationSheet", "%1 of %2").arg(result.funded.size()).arg(instance.projects.size())},
         {QCoreApplication::translate("AllocationSheet", "Voters with a funded proposal"),
          instance.ballots.empty() ? QCoreApplication::translate("AllocationSheet", "(support entered as totals)")
                                   : QStringLiteral("%1 %").arg(result.shareOfVotersWithFundedProject * 100, 0, 'f', 1)},
         {QCoreApplication::translate("AllocationSheet", "Ballots"), QString::number(instance.ballots.size())}}));

    document.blocks.append(ReportBlock::heading(QCoreApplication::translate("AllocationSheet", "Resources"), 2));
    QList<QStringList> pools;
    for (size_t r = 0; r < instance.resources.size(); ++r) {
        const Resource& resource = instance.resources[r];
        const mpq_class used = r < result.totalCost.size() ? result.totalCost[r] : mpq_class(0);
        pools.append({resource.name, formatAmount(resource.capacity, resource.unit), formatAmount(used, resource.unit),
                      formatAmount(resource.capacity - used, resource.unit)});
    }
    document.blocks.append(ReportBlock::table({QCoreApplication::translate("AllocationSheet", "Resource"), QCoreApplication::translate("AllocationSheet", "Capacity"), QCoreApplication::translate("AllocationSheet", "Allocated"), QCoreApplication::translate("AllocationSheet", "Left")}, pools));

    QStringList columns{QCoreApplication::translate("AllocationSheet", "#"), QCoreApplication::translate("AllocationSheet", "Id"), QCoreApplication::translate("AllocationSheet", "Proposal")};
    QList<double> weights{0.4, 0.6, 3};
    for (const Resource& resource : instance.resources) {
        columns << resource.name;
        weights << 1.2;
    }
    columns << QCoreApplication::translate("AllocationSheet", "Support") << QCoreApplication::translate("AllocationSheet", "Why");
    weights << 0.8 << 4;
    auto rowOf = [&](int p, const QString& position) {
        const BudgetProject& project = instance.projects[static_cast<size_t>(p)];
        QStringList row{position, project.id, project.name};
        // A funded proposal shows what it receives; a flexible amount also shows the cost it replaces.
        const FundedAmount* amount = findFundedAmount(result, p);
        for (size_t r = 0; r < instance.resources.size(); ++r) {
            const QString& unit = instance.resources[r].unit;
            if (amount && r < amount->amount.size() && amount->kind[r] != AmountKind::Nominal)
                row << QCoreApplication::translate("AllocationSheet", "%1 (cost %2)")
                           .arg(formatAmount(amount->amount[r], unit), formatAmount(project.cost[r], unit));
            else
                row << formatAmount(project.cost[r], unit);
        }
        row << QString::number(support[static_cast<size_t>(p)]);
        row << (static_cast<size_t>(p) < result.explanations.size() ? result.explanations[static_cast<size_t>(p)].text
                                                                     : QString());
        return row;
    };
    QList<QStringList> funded, unfunded;
    std::vector<bool> isFunded(instance.projects.size(), false);
    int position = 0;
    for (int p : result.funded) {
        isFunded[static_cast<size_t>(p)] = true;
        funded.append(rowOf(p, QString::number(++position)));
    }
    for (size_t p = 0; p < instance.projects.size(); ++p) {
        if (!isFunded[p])
            unfunded.append(rowOf(static_cast<int>(p), QString()));
    }
    document.blocks.append(ReportBlock::heading(QCoreApplication::translate("AllocationSheet", "Funded, in order of selection"), 2));
    document.blocks.append(funded.isEmpty() ? ReportBlock::paragraph(QCoreApplication::translate("AllocationSheet", "Nothing is funded."))
                                            : ReportBlock::table(columns, funded, weights));
    document.blocks.append(ReportBlock::heading(QCoreApplication::translate("AllocationSheet", "Not funded"), 2));
    document.blocks.append(unfunded.isEmpty() ? ReportBlock::paragraph(QCoreApplication::translate("AllocationSheet", "Every proposal is funded."))
                                              : ReportBlock::table(columns, unfunded, weights));
    if (instance.hasBounds())
        document.blocks.append(ReportBlock::paragraph(flexibleAmountsNote()));
    if (result.rule.startsWith(QLatin1String("mes")))
        document.blocks.append(ReportBlock::paragraph(equalSharesResourceNote(instance)));
    if (!result.note.isEmpty() && !result.rule.startsWith(QLatin1String("mes")))
        document.blocks.append(ReportBlock::paragraph(result.note));
    return document;
}

} // namespace proxima
