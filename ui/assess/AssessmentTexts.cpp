#include "ui/assess/AssessmentTexts.h"

#include "ui/assess/MeasureTableModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace proxima {
namespace {


QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + formatMeasureNumber(v);
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

QString measureFiguresHtml(const CaseMeasure& m)
{
    if (m.what.isEmpty())
        return QCoreApplication::translate("AssessTab", "Select a measure to see its figures.");
    const sara::MeasureResult r = sara::evaluateMeasure(m.toSara());
    QStringList lines;
    lines << QCoreApplication::translate("AssessTab", "<b>Before:</b> %1").arg(m.baselineValue ? formatMeasureNumber(*m.baselineValue) : QCoreApplication::translate("AssessTab", "not counted"));
    if (!r.followUp.has()) {
        lines << QCoreApplication::translate("AssessTab", "<b>After:</b> %1").arg(r.followUp.reason.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    lines << QCoreApplication::translate("AssessTab", "<b>After:</b> %1 (latest follow-up)").arg(formatMeasureNumber(*r.followUp.value));
    QString change = QCoreApplication::translate("AssessTab", "<b>Change:</b> %1").arg(signedNumber(*r.absoluteChange.value));
    change += r.percentChange.has()
                  ? QStringLiteral(" (%1 %)").arg((*r.percentChange.value > 0 ? QStringLiteral("+") : QString()) +
                                                  QLocale().toString(*r.percentChange.value, 'f', 1))
                  : QStringLiteral(" (%1)").arg(r.percentChange.reason.toHtmlEscaped());
    if (r.improved)
        change += *r.improved ? QCoreApplication::translate("AssessTab", ", an improvement") : QCoreApplication::translate("AssessTab", ", no improvement");
    lines << change;
    if (m.targetValue)
        lines << QCoreApplication::translate("AssessTab", "<b>Target %1:</b> %2")
                     .arg(formatMeasureNumber(*m.targetValue),
                          r.targetMet && *r.targetMet ? QCoreApplication::translate("AssessTab", "met") : QCoreApplication::translate("AssessTab", "not met"));
    else
        lines << QCoreApplication::translate("AssessTab", "<b>Target:</b> none set");
    if (r.relativeToComparison.has()) {
        const double v = *r.relativeToComparison.value;
        const QString reading = v < 1 ? QCoreApplication::translate("AssessTab", "the count fell relatively more (or rose less) in the case area than in "
                                           "the comparison area")
                                      : (v > 1 ? QCoreApplication::translate("AssessTab", "the count rose relatively more (or fell less) in the case area "
                                                    "than in the comparison area")
                                               : QCoreApplication::translate("AssessTab", "both areas changed in the same proportion"));
        lines << QCoreApplication::translate("AssessTab", "<b>Relative to the comparison area:</b> %1 — %2").arg(ratio(v), reading);
    } else {
        lines << QCoreApplication::translate("AssessTab", "<b>Relative to the comparison area:</b> %1").arg(r.relativeToComparison.reason.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString displacementHtml(const CaseMeasure& m)
{
    if (m.what.isEmpty())
        return {};
    const auto response = m.responseCounts();
    const auto buffer = m.displacementCounts();
    const auto control = m.comparisonCounts();
    if (!response || !buffer || !control) {
        QStringList missing;
        if (!response)
            missing << QCoreApplication::translate("AssessTab", "a baseline and a follow-up in the case area");
        if (!buffer)
            missing << QCoreApplication::translate("AssessTab", "a nearby area counted before and in the latest follow-up");
        if (!control)
            missing << QCoreApplication::translate("AssessTab", "a comparison area counted before and in the latest follow-up");
        return QCoreApplication::translate("AssessTab", "<b>Displacement check:</b> needs %1.").arg(missing.join(QCoreApplication::translate("AssessTab", "; ")));
    }
    const sara::DisplacementResult d = sara::weightedDisplacement(*response, *buffer, *control);
    QString text = QCoreApplication::translate("AssessTab", "<b>Displacement check</b> (case area %1 → %2, %3 %4 → %5, %6 %7 → %8)")
                       .arg(formatMeasureNumber(response->before), formatMeasureNumber(response->after),
                            m.displacementAreaName.toHtmlEscaped(), formatMeasureNumber(buffer->before),
                            formatMeasureNumber(buffer->after), m.comparisonAreaName.toHtmlEscaped(),
                            formatMeasureNumber(control->before), formatMeasureNumber(control->after));
    if (d.wdq.has())
        text += QCoreApplication::translate("AssessTab", "<br><b>WDQ %1</b> (success measure %2, buffer measure %3)")
                    .arg(ratio(*d.wdq.value), ratio(*d.successMeasure.value), ratio(*d.bufferMeasure.value));
    text += QStringLiteral("<br>") + d.interpretation.toHtmlEscaped();
    return text;
}

QString processHtml(const sara::ProcessSummary& s)
{
    QString text = QCoreApplication::translate("AssessTab", "<b>Process:</b> %1").arg(s.summary.toHtmlEscaped());
    if (s.total > 0) {
        text += QCoreApplication::translate("AssessTab", "<br>%1 planned, %2 in progress, %3 done, %4 dropped")
                    .arg(s.planned)
                    .arg(s.inProgress)
                    .arg(s.done)
                    .arg(s.dropped);
        if (s.shareDone.has())
            text += s.onTrack ? QCoreApplication::translate("AssessTab", "<br>Carried out as planned so far: nothing is overdue.")
                              : QCoreApplication::translate(
                                    "AssessTab", "<br>Not carried out as planned: %n action(s) overdue.", nullptr,
                                    s.overdue);
    }
    return text;
}

} // namespace proxima
