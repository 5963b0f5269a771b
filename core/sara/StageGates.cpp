#include "core/sara/StageGates.h"

#include <QCoreApplication>

#include <algorithm>

namespace proxima::sara {

namespace {


} // namespace

QList<GateItem> GateCheck::unmet() const
{
    QList<GateItem> list;
    for (const GateItem& item : items) {
        if (!item.satisfied)
            list << item;
    }
    return list;
}

QList<GateItem> stageChecklist(const CaseSnapshot& s, SaraStage target)
{
    QList<GateItem> items;
    if (target >= SaraStage::Analyse) {
        items << GateItem{QStringLiteral("evidence"), QCoreApplication::translate("StageGates", "At least one concern or incident is linked to the problem"),
                          s.concernsLinked + s.incidentsLinked > 0};
    }
    if (target >= SaraStage::Respond) {
        items << GateItem{QStringLiteral("triangle"),
                          QCoreApplication::translate("StageGates", "At least one side of the problem triangle (offender, victim, location) is described"),
                          s.offenderSideDescribed || s.victimSideDescribed || s.locationSideDescribed};
        items << GateItem{QStringLiteral("hypothesis"), QCoreApplication::translate("StageGates", "At least one hypothesis is recorded"), s.hypotheses > 0};
    }
    if (target >= SaraStage::Assess) {
        const bool started = std::any_of(s.actions.begin(), s.actions.end(), [](ActionStatus status) {
            return status == ActionStatus::Done || status == ActionStatus::InProgress;
        });
        items << GateItem{QStringLiteral("action"), QCoreApplication::translate("StageGates", "At least one action is in progress or done"), started};
    }
    if (target >= SaraStage::Closed) {
        items << GateItem{QStringLiteral("outcome"), QCoreApplication::translate("StageGates", "An outcome is chosen"), s.outcome.has_value()};
        items << GateItem{QStringLiteral("lesson"), QCoreApplication::translate("StageGates", "A lesson learned is written"),
                          !s.lessonLearned.trimmed().isEmpty()};
        items << GateItem{QStringLiteral("measure"),
                          QCoreApplication::translate("StageGates", "A measure has a baseline and a follow-up value, or a reason for not measuring is given"),
                          s.measuresWithBaselineAndFollowUp > 0 || !s.noMeasureReason.trimmed().isEmpty()};
    }
    return items;
}

GateCheck canMove(const CaseSnapshot& snapshot, SaraStage from, SaraStage to)
{
    GateCheck check;
    if (to <= from) {
        check.backwards = true;   // going back to redo work never needs permission
        return check;
    }
    check.items = stageChecklist(snapshot, to);
    return check;
}

Status authoriseMove(const GateCheck& check, const QString& overrideReason)
{
    const QList<GateItem> unmet = check.unmet();
    if (unmet.isEmpty() || !overrideReason.trimmed().isEmpty())
        return {};
    QStringList texts;
    for (const GateItem& item : unmet)
        texts << item.text;
    return Error{QCoreApplication::translate("StageGates", "not ready for this stage (give a reason to override): %1").arg(texts.join(QStringLiteral("; "))),
                 {}, 0, {}};
}

} // namespace proxima::sara
