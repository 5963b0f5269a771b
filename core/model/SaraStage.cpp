#include "core/model/SaraStage.h"

#include <QCoreApplication>

namespace proxima {

QString stageKey(SaraStage stage)
{
    switch (stage) {
    case SaraStage::Scan: return QStringLiteral("scan");
    case SaraStage::Analyse: return QStringLiteral("analyse");
    case SaraStage::Respond: return QStringLiteral("respond");
    case SaraStage::Assess: return QStringLiteral("assess");
    case SaraStage::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("scan");
}

std::optional<SaraStage> stageFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (SaraStage stage : allStages()) {
        if (t == stageKey(stage) || t == stageLabel(stage).toLower())
            return stage;
    }
    // Common spellings and the FR/NL words, so scripts in any of the three languages work.
    if (t == QStringLiteral("analyze") || t == QStringLiteral("analyser") || t == QStringLiteral("analyseren"))
        return SaraStage::Analyse;
    if (t == QStringLiteral("scanner") || t == QStringLiteral("scannen"))
        return SaraStage::Scan;
    if (t == QStringLiteral("répondre") || t == QStringLiteral("repondre") || t == QStringLiteral("reageren"))
        return SaraStage::Respond;
    if (t == QStringLiteral("évaluer") || t == QStringLiteral("evaluer") || t == QStringLiteral("evalueren"))
        return SaraStage::Assess;
    if (t == QStringLiteral("clos") || t == QStringLiteral("fermé") || t == QStringLiteral("gesloten"))
        return SaraStage::Closed;
    return std::nullopt;
}

QString stageLabel(SaraStage stage)
{
    switch (stage) {
    case SaraStage::Scan: return QCoreApplication::translate("SaraStage", "Scan");
    case SaraStage::Analyse: return QCoreApplication::translate("SaraStage", "Analyse");
    case SaraStage::Respond: return QCoreApplication::translate("SaraStage", "Respond");
    case SaraStage::Assess: return QCoreApplication::translate("SaraStage", "Assess");
    case SaraStage::Closed: return QCoreApplication::translate("SaraStage", "Closed");
    }
    return {};
}

QList<SaraStage> allStages()
{
    return {SaraStage::Scan, SaraStage::Analyse, SaraStage::Respond, SaraStage::Assess, SaraStage::Closed};
}

QStringList stageKeys()
{
    QStringList keys;
    for (SaraStage stage : allStages())
        keys << stageKey(stage);
    return keys;
}

} // namespace proxima
