// The handover pack of DocumentBuilder.
#include "core/reports/DocumentBuilder.h"

#include "core/reports/MatrixLabels.h"

#include <QHash>
#include <QSet>

namespace proxima::reports {

namespace {

bool isOpen(const ResponseAction& action)
{
    return action.status == ActionStatus::Planned || action.status == ActionStatus::InProgress;
}

// A partner organisation as the pack lists it: the roles it plays and the actions it takes part in.
struct PartnerEntry
{
    QString organisation;
    QStringList roles;
    int actions = 0;
};

} // namespace

Status DocumentBuilder::checkArea(const WorkspaceData& data, const QString& area)
{
    if (area.trimmed().isEmpty() || !data.areaName(area).isEmpty())
        return {};
    QStringList names;
    for (const Area& known : data.areas)
        names << known.name;
    return Error{tr("unknown area '%1' (areas: %2)")
                     .arg(area, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))),
                 {}, 0, QStringLiteral("area"), ErrorCode::NotFound};
}

ReportDocument DocumentBuilder::handover(const WorkspaceData& data, const HandoverOptions& handover,
                                         const DocumentOptions& options)
{
    const QString area = data.areaName(handover.area);
    ReportDocument document = frame(data, tr("Handover pack"), options);
    document.area = area.isEmpty() ? tr("All areas") : area;
    const QString scope = area.isEmpty() ? tr("the whole workspace %1").arg(data.workspaceName) : area;
    document.blocks << ReportBlock::paragraph(
        tr("This pack hands over the community-policing work in %1: the open problem cases with their actions, "
           "the priorities set by the CoPmittee, and the organisations and people to contact.")
            .arg(scope));

    QList<const ProblemCase*> open;
    for (const ProblemCase& problem : data.cases) {
        if (problem.stage != SaraStage::Closed && (area.isEmpty() || problem.areaName == area))
            open << &problem;
    }

    document.blocks << ReportBlock::heading(tr("Priorities"), 2);
    QList<QStringList> ranked;
    for (const ProblemCase* problem : open) {
        if (problem->priority > 0)
            ranked << QStringList{QString::number(problem->priority), problem->title, stageLabel(problem->stage),
                                  problem->leadName};
    }
    if (ranked.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("No open case has been ranked yet."));
    else
        document.blocks << ReportBlock::table({tr("Priority"), tr("Case"), tr("Stage"), tr("Lead officer")}, ranked,
                                              {0.8, 4.0, 1.2, 2.0});

    if (handover.mapImage) {
        const QByteArray map = handover.mapImage(area);
        if (!map.isEmpty()) {
            document.blocks << ReportBlock::heading(tr("Map"), 2);
            document.blocks << ReportBlock::image(map, tr("The open cases on the map of %1.").arg(document.area));
        }
    }

    document.blocks << ReportBlock::heading(tr("Open cases and actions"), 2);
    if (open.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("There are no open cases."));
    QList<PartnerEntry> partners;
    QHash<QString, qsizetype> partnerIndex;
    for (const ProblemCase* problem : open) {
        document.blocks << ReportBlock::heading(problem->title, 3);
        QList<KeyValue> facts{
            {tr("Priority"), problem->priority > 0 ? QString::number(problem->priority) : tr("not ranked")},
            {tr("Stage"), stageLabel(problem->stage)}};
        if (!problem->location.isEmpty())
            facts << KeyValue{tr("Location"), problem->location};
        if (!problem->category.isEmpty())
            facts << KeyValue{tr("Category"), problem->category};
        facts << KeyValue{tr("Lead officer"), problem->leadName.isEmpty() ? tr("none") : problem->leadName};
        if (problem->openedOn.isValid())
            facts << KeyValue{tr("Opened on"), options.shortDate(problem->openedOn)};
        document.blocks << ReportBlock::keyValueList(facts);
        if (!problem->description.isEmpty())
            document.blocks << ReportBlock::paragraph(problem->description);

        QList<QStringList> rows;
        for (const ResponseAction& action : data.actionsOfCase(problem->id)) {
            if (!isOpen(action))
                continue;
            QList<reports::ActionPartner> shown;
            for (const proxima::ActionPartner& partner : action.partners) {
                shown << reports::ActionPartner{partner.organisation, partner.role};
                const QString key = partner.organisation.trimmed().toCaseFolded();
                auto it = partnerIndex.constFind(key);
                if (it == partnerIndex.constEnd()) {
                    it = partnerIndex.insert(key, partners.size());
                    partners << PartnerEntry{partner.organisation.trimmed(), {}, 0};
                }
                PartnerEntry& entry = partners[*it];
                if (!partner.role.isEmpty() && !entry.roles.contains(partner.role))
                    entry.roles << partner.role;
                ++entry.actions;
            }
            rows << QStringList{action.title, action.leadDisplay(), MatrixLabels::partners(shown),
                                options.shortDate(action.dueOn), MatrixLabels::status(action.status)};
        }
        if (rows.isEmpty())
            document.blocks << ReportBlock::paragraph(tr("No open actions."));
        else
            document.blocks << ReportBlock::table({tr("Action"), tr("Lead"), tr("Partners (role)"), tr("Due"),
                                                   tr("Status")},
                                                  rows, {3.2, 2.0, 2.6, 1.1, 1.0});
    }

    document.blocks << ReportBlock::heading(tr("Partner organisations"), 2);
    if (partners.isEmpty()) {
        document.blocks << ReportBlock::paragraph(tr("No partner organisation takes part in the open actions."));
    } else {
        QList<QStringList> rows;
        for (const PartnerEntry& entry : partners) {
            // The member of the CoPmittee who speaks for the organisation is the natural first contact.
            QStringList contacts;
            for (const Member& member : data.members) {
                if (member.organisation.compare(entry.organisation, Qt::CaseInsensitive) == 0)
                    contacts << (member.contact.isEmpty() ? member.name
                                                          : tr("%1 (%2)").arg(member.name, member.contact));
            }
            rows << QStringList{entry.organisation, entry.roles.join(QStringLiteral(", ")),
                                QString::number(entry.actions), contacts.join(QStringLiteral("; "))};
        }
        document.blocks << ReportBlock::table({tr("Organisation"), tr("Role"), tr("Open actions"), tr("Contact")},
                                              rows, {3.0, 2.5, 1.0, 3.0});
    }

    document.blocks << ReportBlock::heading(tr("Contact people"), 2);
    QList<QStringList> people;
    for (const Member& member : data.members) {
        if (!options.generatedOn.isValid() || member.isActiveOn(options.generatedOn))
            people << QStringList{member.name, member.organisation, sectorLabel(member.sector),
                                  roleLabel(member.role), member.contact};
    }
    if (people.isEmpty())
        document.blocks << ReportBlock::paragraph(tr("The roster is empty."));
    else
        document.blocks << ReportBlock::table({tr("Name"), tr("Organisation"), tr("Sector"), tr("Role"),
                                               tr("Contact")},
                                              people, {2.0, 2.6, 1.4, 1.0, 3.2});
    return document;
}

} // namespace proxima::reports
