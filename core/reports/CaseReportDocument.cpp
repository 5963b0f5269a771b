// The SARA case report of DocumentBuilder.
#include "core/reports/DocumentBuilder.h"

#include "core/model/ResponseEnums.h"
#include "core/sara/Assessment.h"
#include "core/sara/Outcome.h"

namespace proxima::reports {
namespace {

// Counts print without trailing zeros ("42", "12.5") in the document's language.
QString number(const QLocale& locale, double value)
{
    return locale.toString(value, 'g', 8);
}

QString period(const DocumentOptions& options, const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    return QStringLiteral("%1 \u2013 %2").arg(options.shortDate(from), options.shortDate(to));
}

} // namespace

ReportDocument DocumentBuilder::caseReport(const CaseReportData& data, const CaseReportOptions& report,
                                           const DocumentOptions& options)
{
    const ProblemCase& problem = data.problem;
    const QLocale& locale = options.locale;
    ReportDocument document;
    document.title = tr("Case report");
    document.subtitle = problem.title;
    document.workspace = data.workspaceName;
    document.area = problem.areaName;
    document.generatedOn = options.generatedOn;
    document.logoPath = options.logoPath;
    document.footerNote = tr("Case %1 \u2013 %2").arg(problem.id).arg(problem.title);

    const QString priority = problem.priority > 0 ? QString::number(problem.priority) : tr("not ranked");
    QList<KeyValue> facts{{tr("Case"), QString::number(problem.id)},
                          {tr("Stage"), stageLabel(problem.stage)},
                          {tr("Priority"), priority}};
    if (!problem.areaName.isEmpty())
        facts << KeyValue{tr("Area"), problem.areaName};
    if (!problem.location.isEmpty())
        facts << KeyValue{tr("Location"), problem.location};
    if (!problem.category.isEmpty())
        facts << KeyValue{tr("Category"), problem.category};
    facts << KeyValue{tr("Lead officer"), problem.leadName.isEmpty() ? tr("none") : problem.leadName};
    if (problem.openedOn.isValid())
        facts << KeyValue{tr("Opened on"), options.shortDate(problem.openedOn)};
    document.blocks << ReportBlock::keyValueList(facts);
    if (!problem.description.isEmpty())
        document.blocks << ReportBlock::paragraph(problem.description);

    document.blocks << ReportBlock::heading(tr("Scan: the concerns"), 2);
    if (data.concerns.isEmpty()) {
        document.blocks << ReportBlock::paragraph(tr("No concern is grouped into this case."));
    } else {
        QList<QStringList> rows;
        for (const Concern& concern : data.concerns)
            rows << QStringList{options.shortDate(concern.raisedOn), concernSourceLabel(concern.source),
                                concern.severity > 0 ? QStringLiteral("%1/5").arg(concern.severity) : QString(),
                                concern.text};
        document.blocks << ReportBlock::table({tr("Date"), tr("Source"), tr("Severity"), tr("Concern")}, rows,
                                              {1.1, 1.6, 0.8, 5.5});
    }

    document.blocks << ReportBlock::heading(tr("Analyse: the problem triangle"), 2);
    QList<QStringList> sides;
    for (TriangleSide side : triangleSides()) {
        const QString text = data.analysis.side(side).trimmed();
        sides << QStringList{triangleSideLabel(side), text.isEmpty() ? tr("not described") : text};
    }
    document.blocks << ReportBlock::table({tr("Side"), tr("What we know")}, sides, {1.4, 7.6});
    if (!data.analysis.notes.trimmed().isEmpty())
        document.blocks << ReportBlock::paragraph(data.analysis.notes.trimmed());
    if (!data.hypotheses.isEmpty()) {
        QStringList items;
        for (const Hypothesis& hypothesis : data.hypotheses) {
            QString item = tr("%1 (%2)").arg(hypothesis.text, hypothesisStatusLabel(hypothesis.status));
            if (!hypothesis.evidence.trimmed().isEmpty())
                item += tr(": %1").arg(hypothesis.evidence.trimmed());
            items << item;
        }
        document.blocks << ReportBlock::heading(tr("Hypotheses"), 3) << ReportBlock::bullets(items);
    }
    if (!data.groups.isEmpty()) {
        QStringList items;
        for (const AffectedGroup& group : data.groups)
            items << (group.how.trimmed().isEmpty() ? group.name : tr("%1: %2").arg(group.name, group.how.trimmed()));
        document.blocks << ReportBlock::heading(tr("Who is affected"), 3) << ReportBlock::bullets(items);
    }

    document.blocks << ReportBlock::heading(tr("Respond: the actions"), 2);
    if (data.actions.isEmpty()) {
        document.blocks << ReportBlock::paragraph(tr("No action is planned yet."));
    } else {
        QList<QStringList> rows;
        for (const ResponseAction& action : data.actions) {
            QStringList resources;
            if (action.policeHours > 0)
                resources << tr("%1 h police").arg(number(locale, action.policeHours));
            if (action.volunteerHours > 0)
                resources << tr("%1 h volunteers").arg(number(locale, action.volunteerHours));
            if (action.euros > 0)
                resources << tr("\u20ac %1").arg(number(locale, action.euros));
            rows << QStringList{action.title, chainPhaseLabel(action.phase), action.leadDisplay(),
                                options.shortDate(action.dueOn), actionStatusLabel(action.status),
                                resources.join(QStringLiteral(", "))};
        }
        document.blocks << ReportBlock::table({tr("Action"), tr("Phase"), tr("Lead"), tr("Due"), tr("Status"),
                                               tr("Resources")},
                                              rows, {3.4, 1.2, 1.9, 1.1, 1.0, 1.9});
    }

    document.blocks << ReportBlock::heading(tr("Assess: the measures"), 2);
    if (data.measures.isEmpty()) {
        document.blocks << ReportBlock::paragraph(
            data.assessment.noMeasureReason.trimmed().isEmpty()
                ? tr("Nothing was measured.")
                : tr("Nothing was measured: %1").arg(data.assessment.noMeasureReason.trimmed()));
    } else {
        QList<QStringList> rows;
        for (const CaseMeasure& measure : data.measures) {
            const sara::MeasureResult result = sara::evaluateMeasure(measure.toSara());
            QString change;
            if (result.absoluteChange.has()) {
                const double delta = *result.absoluteChange.value;
                change = (delta > 0 ? QStringLiteral("+") : QString()) + number(locale, delta);
                if (result.percentChange.has())
                    change += QStringLiteral(" (%1%2 %)")
                                  .arg(*result.percentChange.value > 0 ? QStringLiteral("+") : QString(),
                                       locale.toString(*result.percentChange.value, 'f', 1));
            }
            QString target;
            if (result.targetMet)
                target = *result.targetMet ? tr("yes") : tr("no");
            else if (measure.targetValue)
                target = tr("no follow-up yet");
            else
                target = tr("no target");
            if (measure.targetValue)
                target += tr(" (target %1)").arg(number(locale, *measure.targetValue));
            const QString baseline = measure.baselineValue ? number(locale, *measure.baselineValue) : QString();
            rows << QStringList{measure.what, baseline,
                                result.followUp.has() ? number(locale, *result.followUp.value) : QString(), change,
                                target};
        }
        document.blocks << ReportBlock::table({tr("Measure"), tr("Baseline"), tr("Follow-up"), tr("Change"),
                                               tr("Target met")},
                                              rows, {3.6, 1.0, 1.0, 1.5, 1.9});
        if (report.measureChart) {
            for (const CaseMeasure& measure : data.measures) {
                const QByteArray chart = report.measureChart(measure);
                if (chart.isEmpty())
                    continue;
                const QString baseline = period(options, measure.baselineFrom, measure.baselineTo);
                const QString caption = baseline.isEmpty()
                                            ? tr("%1 before and after the response.").arg(measure.what)
                                            : tr("%1 before (%2) and after the response.").arg(measure.what, baseline);
                document.blocks << ReportBlock::image(chart, caption, 0.6);
            }
        }
    }

    document.blocks << ReportBlock::heading(tr("Outcome"), 2);
    QList<KeyValue> outcome{{tr("Outcome"), data.assessment.outcome ? sara::outcomeLabel(*data.assessment.outcome)
                                                                    : tr("not judged yet")}};
    const QString lesson = data.assessment.lesson.trimmed();
    outcome << KeyValue{tr("Lesson learned"), lesson.isEmpty() ? tr("none recorded") : lesson};
    if (!data.assessment.processNotes.trimmed().isEmpty())
        outcome << KeyValue{tr("How the plan went"), data.assessment.processNotes.trimmed()};
    document.blocks << ReportBlock::keyValueList(outcome);

    if (!data.history.isEmpty()) {
        document.blocks << ReportBlock::heading(tr("Stage history"), 2);
        QList<QStringList> rows;
        for (const StageTransition& move : data.history) {
            QString note;
            if (move.overridden)
                note = tr("moved although not ready: %1").arg(move.reason);
            rows << QStringList{options.shortDate(move.at.toLocalTime().date()),
                                tr("%1 \u2192 %2").arg(stageLabel(move.from), stageLabel(move.to)), move.actor, note};
        }
        document.blocks << ReportBlock::table({tr("Date"), tr("Move"), tr("By"), tr("Note")}, rows,
                                              {1.1, 2.4, 1.8, 3.7});
    }
    return document;
}

} // namespace proxima::reports
