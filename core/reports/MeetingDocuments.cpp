// The meeting documents of DocumentBuilder: agenda and minutes.
#include "core/reports/DocumentBuilder.h"

#include "core/reports/MatrixLabels.h"

#include <QSet>

namespace proxima::reports {

ReportDocument DocumentBuilder::frame(const WorkspaceData& data, const QString& title, const DocumentOptions& options)
{
    ReportDocument document;
    document.title = title;
    document.workspace = data.workspaceName;
    document.generatedOn = options.generatedOn;
    document.logoPath = options.logoPath;
    document.footerNote = data.workspaceName.isEmpty() ? title : data.workspaceName + QStringLiteral(" \u2013 ") + title;
    return document;
}

QString DocumentBuilder::caseLabel(const ProblemCase& problem)
{
    if (problem.priority > 0)
        return tr("%1 (priority %2, %3)").arg(problem.title).arg(problem.priority).arg(stageLabel(problem.stage));
    return tr("%1 (%2)").arg(problem.title, stageLabel(problem.stage));
}

QString DocumentBuilder::memberLabel(const Member& member)
{
    return member.organisation.isEmpty() ? member.name : tr("%1, %2").arg(member.name, member.organisation);
}

QList<KeyValue> DocumentBuilder::meetingFacts(const Meeting& meeting, const DocumentOptions& options)
{
    QList<KeyValue> facts;
    if (!meeting.title.isEmpty())
        facts << KeyValue{tr("Meeting"), meeting.title};
    facts << KeyValue{tr("Date"), options.longDate(meeting.heldOn)};
    if (meeting.startsAt.isValid())
        facts << KeyValue{tr("Time"), options.time(meeting.startsAt)};
    if (!meeting.place.isEmpty())
        facts << KeyValue{tr("Place"), meeting.place};
    return facts;
}

QStringList DocumentBuilder::attendeeLines(const WorkspaceData& data, const Meeting& meeting)
{
    // Roster order (by name) rather than the order of ticking, so that lists read the same every time.
    const QSet<qint64> present(meeting.attendeeIds.cbegin(), meeting.attendeeIds.cend());
    QStringList lines;
    for (const Member& member : data.members) {
        if (present.contains(member.id))
            lines << memberLabel(member);
    }
    return lines;
}

ReportDocument DocumentBuilder::agenda(const WorkspaceData& data, const Meeting& meeting,
                                       const DocumentOptions& options)
{
    ReportDocument document = frame(data, tr("Agenda"), options);
    document.subtitle = meeting.title.isEmpty() ? tr("CoPmittee meeting") : meeting.title;
    document.period = options.longDate(meeting.heldOn);
    document.blocks << ReportBlock::keyValueList(meetingFacts(meeting, options));

    QStringList invited = attendeeLines(data, meeting);
    if (invited.isEmpty()) {
        // Nobody ticked yet: the agenda goes to every member active on the day.
        for (const Member& member : data.members) {
            if (member.isActiveOn(meeting.heldOn))
                invited << memberLabel(member);
        }
    }
    document.blocks << ReportBlock::heading(tr("Invited"), 2);
    if (invited.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("The roster is empty."));
    else
        document.blocks << ReportBlock::bullets(invited);

    document.blocks << ReportBlock::heading(tr("Items"), 2);
    if (meeting.items.isEmpty()) {
        document.blocks << ReportBlock::paragraph(tr("No items yet."));
        return document;
    }
    QList<QStringList> rows;
    int number = 1;
    for (const MeetingItem& item : meeting.items) {
        const ProblemCase* problem = item.caseId ? data.findCase(item.caseId) : nullptr;
        rows << QStringList{QString::number(number++), item.title, problem ? caseLabel(*problem) : QString(),
                            item.notes};
    }
    document.blocks << ReportBlock::table({tr("No."), tr("Item"), tr("Case"), tr("Notes")}, rows,
                                          {0.5, 3.0, 3.0, 3.5});
    return document;
}

ReportDocument DocumentBuilder::minutes(const WorkspaceData& data, const Meeting& meeting,
                                        const DocumentOptions& options)
{
    ReportDocument document = frame(data, tr("Minutes"), options);
    document.subtitle = meeting.title.isEmpty() ? tr("CoPmittee meeting") : meeting.title;
    document.period = options.longDate(meeting.heldOn);
    document.blocks << ReportBlock::keyValueList(meetingFacts(meeting, options));

    const QStringList present = attendeeLines(data, meeting);
    document.blocks << ReportBlock::heading(tr("Present"), 2);
    if (present.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("No attendance was recorded."));
    else
        document.blocks << ReportBlock::bullets(present);
    QStringList absent;
    const QSet<qint64> presentIds(meeting.attendeeIds.cbegin(), meeting.attendeeIds.cend());
    for (const Member& member : data.members) {
        if (!presentIds.contains(member.id) && member.isActiveOn(meeting.heldOn))
            absent << memberLabel(member);
    }
    if (!present.isEmpty() && !absent.isEmpty()) {
        document.blocks << ReportBlock::heading(tr("Not present"), 2);
        document.blocks << ReportBlock::bullets(absent);
    }

    QList<const ResponseAction*> agreed;
    QHash<qint64, QList<const ResponseAction*>> agreedByItem;
    for (const AgreedAction& link : data.agreed) {
        if (link.meetingId != meeting.id)
            continue;
        if (const ResponseAction* action = data.findAction(link.actionId)) {
            agreed << action;
            agreedByItem[link.itemId] << action;
        }
    }
    auto actionLine = [&](const ResponseAction& action) {
        QStringList parts{action.title};
        if (!action.leadDisplay().isEmpty())
            parts << tr("lead: %1").arg(action.leadDisplay());
        if (action.dueOn.isValid())
            parts << tr("due %1").arg(options.shortDate(action.dueOn));
        return parts.join(QStringLiteral(" \u2013 "));
    };

    document.blocks << ReportBlock::heading(tr("Items"), 2);
    if (meeting.items.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("No items were discussed."));
    int number = 1;
    for (const MeetingItem& item : meeting.items) {
        document.blocks << ReportBlock::heading(tr("%1. %2").arg(number++).arg(item.title), 3);
        QList<KeyValue> facts;
        if (const ProblemCase* problem = item.caseId ? data.findCase(item.caseId) : nullptr)
            facts << KeyValue{tr("Case"), caseLabel(*problem)};
        if (!item.notes.isEmpty())
            facts << KeyValue{tr("Discussion"), item.notes};
        facts << KeyValue{tr("Decision"), item.decision.isEmpty() ? tr("none recorded") : item.decision};
        document.blocks << ReportBlock::keyValueList(facts);
        QStringList lines;
        for (const ResponseAction* action : agreedByItem.value(item.id))
            lines << actionLine(*action);
        if (!lines.isEmpty()) {
            document.blocks << ReportBlock::paragraph(tr("Actions agreed under this item:"));
            document.blocks << ReportBlock::bullets(lines);
        }
    }

    document.blocks << ReportBlock::heading(tr("Actions agreed"), 2);
    if (agreed.isEmpty()) {
        document.blocks << ReportBlock::paragraph(tr("No actions were agreed."));
    } else {
        QList<QStringList> rows;
        for (const ResponseAction* action : agreed) {
            const ProblemCase* problem = data.findCase(action->caseId);
            rows << QStringList{action->title, problem ? problem->title : QString(), action->leadDisplay(),
                                options.shortDate(action->startOn), options.shortDate(action->dueOn),
                                MatrixLabels::status(action->status)};
        }
        document.blocks << ReportBlock::table({tr("Action"), tr("Case"), tr("Lead"), tr("Start"), tr("Due"),
                                               tr("Status")},
                                              rows, {3.0, 2.5, 2.0, 1.1, 1.1, 1.0});
    }

    if (!meeting.minutes.trimmed().isEmpty()) {
        document.blocks << ReportBlock::heading(tr("Notes"), 2);
        const QStringList paragraphs = meeting.minutes.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString& paragraph : paragraphs)
            document.blocks << ReportBlock::paragraph(paragraph.trimmed());
    }
    return document;
}

} // namespace proxima::reports
