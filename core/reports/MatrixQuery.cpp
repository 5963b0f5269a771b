#include "core/reports/MatrixQuery.h"

#include "core/reports/MatrixFilter.h"

#include <QSet>

namespace proxima::reports {

Status MatrixQuery::validate(const WorkspaceData& data, const MatrixSelection& selection)
{
    if (!selection.area.trimmed().isEmpty() && data.areaName(selection.area).isEmpty()) {
        QStringList names;
        for (const Area& area : data.areas)
            names << area.name;
        return Error{tr("unknown area '%1' (areas: %2)")
                         .arg(selection.area, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))),
                     {}, 0, QStringLiteral("area"), ErrorCode::NotFound};
    }
    if (selection.caseId != 0 && !data.findCase(selection.caseId))
        return Error{tr("there is no case %1").arg(selection.caseId), {}, 0, QStringLiteral("case"),
                     ErrorCode::NotFound};
    if (selection.from.isValid() && selection.to.isValid() && selection.to < selection.from)
        return Error{tr("the period ends before it starts"), {}, 0, QStringLiteral("to")};
    return {};
}

QString MatrixQuery::referralText(const ResponseAction& action, const DocumentOptions& options)
{
    if (!action.isReferral)
        return {};
    QString text = action.referralService.isEmpty() ? tr("referred") : action.referralService;
    if (action.referredOn.isValid())
        text += QLatin1Char(' ') + tr("(referred on %1)").arg(options.shortDate(action.referredOn));
    if (!action.referralAnswer.isEmpty())
        text += QStringLiteral(": ") + action.referralAnswer;
    return text;
}

ActionRow MatrixQuery::row(const ResponseAction& action, const DocumentOptions& options)
{
    ActionRow row;
    row.id = QString::number(action.id);
    row.title = action.title;
    row.side = action.side;
    row.phase = action.phase;
    row.lead = action.leadDisplay();
    for (const proxima::ActionPartner& partner : action.partners)
        row.partners << ActionPartner{partner.organisation, partner.role};
    row.start = action.startOn;
    row.due = action.dueOn;
    row.status = action.status;
    row.policeHours = action.policeHours;
    row.volunteerHours = action.volunteerHours;
    row.euros = action.euros;
    row.successMeasure = action.successMeasure;
    row.referral = referralText(action, options);
    return row;
}

QString MatrixQuery::periodText(const MatrixSelection& selection, const DocumentOptions& options)
{
    if (selection.from.isValid() && selection.to.isValid())
        return tr("%1 to %2").arg(options.shortDate(selection.from), options.shortDate(selection.to));
    if (selection.from.isValid())
        return tr("from %1").arg(options.shortDate(selection.from));
    if (selection.to.isValid())
        return tr("until %1").arg(options.shortDate(selection.to));
    return {};
}

ActionMatrix MatrixQuery::build(const WorkspaceData& data, const MatrixSelection& selection,
                                const DocumentOptions& options)
{
    ActionMatrix matrix;
    matrix.title = tr("Action matrix");
    matrix.workspace = data.workspaceName;
    const QString area = data.areaName(selection.area);
    matrix.area = area.isEmpty() ? tr("All areas") : area;
    matrix.period = periodText(selection, options);
    matrix.generatedOn = options.generatedOn;
    matrix.logoPath = options.logoPath;
    matrix.columns = ActionMatrix::allColumns();
    matrix.columns.removeAll(MatrixColumn::Problem);

    // One pass to bucket the actions by case; the cases are already in priority order.
    QHash<qint64, QList<const ResponseAction*>> byCase;
    for (const ResponseAction& action : data.actions)
        byCase[action.caseId] << &action;
    for (const ProblemCase& problem : data.cases) {
        const auto actions = byCase.value(problem.id);
        if (actions.isEmpty() && selection.caseId != problem.id)
            continue;
        ProblemGroup group;
        group.caseId = QString::number(problem.id);
        group.title = problem.title;
        group.area = problem.areaName;
        group.priority = problem.priority;
        group.stage = stageLabel(problem.stage);
        for (const ResponseAction* action : actions)
            group.actions << row(*action, options);
        matrix.groups << group;
    }
    // The repository lists ranked cases first; sorting again keeps the promise whatever order the data came in.
    std::stable_sort(matrix.groups.begin(), matrix.groups.end(), [](const ProblemGroup& a, const ProblemGroup& b) {
        const bool rankedA = a.priority > 0;
        const bool rankedB = b.priority > 0;
        if (rankedA != rankedB)
            return rankedA;
        if (rankedA && a.priority != b.priority)
            return a.priority < b.priority;
        return a.caseId.toLongLong() < b.caseId.toLongLong();
    });

    MatrixFilter filter;
    filter.area = area;
    filter.caseId = selection.caseId ? QString::number(selection.caseId) : QString();
    filter.from = selection.from;
    filter.to = selection.to;
    return filterMatrix(matrix, filter);
}

Result<ActionMatrix> MatrixQuery::fromWorkspace(Workspace& ws, const MatrixSelection& selection,
                                                const DocumentOptions& options)
{
    Result<WorkspaceData> data = WorkspaceData::load(ws);
    if (!data)
        return data.error();
    if (Status s = validate(data.value(), selection); !s)
        return s.error();
    return build(data.value(), selection, options);
}

QStringList MatrixQuery::partnerOrganisations(const ActionMatrix& matrix)
{
    QStringList organisations;
    QSet<QString> seen;
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            for (const ActionPartner& partner : action.partners) {
                const QString key = partner.organisation.trimmed().toCaseFolded();
                if (key.isEmpty() || seen.contains(key))
                    continue;
                seen.insert(key);
                organisations << partner.organisation.trimmed();
            }
        }
    }
    return organisations;
}

QList<SignatureParty> MatrixQuery::partnerSignatories(const ActionMatrix& matrix)
{
    QList<SignatureParty> parties;
    QHash<QString, qsizetype> indexOf;
    for (const ProblemGroup& group : matrix.groups) {
        for (const ActionRow& action : group.actions) {
            for (const ActionPartner& partner : action.partners) {
                const QString key = partner.organisation.trimmed().toCaseFolded();
                if (key.isEmpty())
                    continue;
                if (auto it = indexOf.constFind(key); it != indexOf.constEnd()) {
                    if (parties[*it].role.isEmpty())
                        parties[*it].role = partner.role;
                    continue;
                }
                indexOf.insert(key, parties.size());
                parties << SignatureParty{partner.organisation.trimmed(), partner.role};
            }
        }
    }
    return parties;
}

} // namespace proxima::reports
