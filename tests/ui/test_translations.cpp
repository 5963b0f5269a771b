// The embedded FR/NL catalogues reach strings from every layer, including core's free functions (whose
// translation context lupdate derives from the code, so a mismatch would silently leave them in English).
#include "TestSupport.h"

#include "core/model/SaraStage.h"
#include "core/sara/StageGates.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

using namespace proxima;

TEST_CASE("ui: the Dutch and French catalogues translate core strings too", "[ui][i18n]")
{
    for (const char* language : {"nl", "fr"}) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/proxima_%1.qm").arg(QString::fromLatin1(language))));
        QCoreApplication::installTranslator(&translator);
        INFO(language);
        CHECK(stageLabel(SaraStage::Scan) != QStringLiteral("Scan"));
        const QList<sara::GateItem> items = sara::stageChecklist(sara::CaseSnapshot{}, SaraStage::Analyse);
        REQUIRE_FALSE(items.isEmpty());
        CHECK_FALSE(items.first().text.startsWith(QStringLiteral("At least")));
        CHECK(QCoreApplication::translate("proxima::MainWindow", "&File") != QStringLiteral("&File"));
        QCoreApplication::removeTranslator(&translator);
    }
    CHECK(stageLabel(SaraStage::Scan) == QStringLiteral("Scan"));
}
